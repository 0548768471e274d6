export { ownershipApiRef } from './ownershipApiRef';
