export { scorecardsApiRef } from './scorecardsApiRef';
