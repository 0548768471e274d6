export { TeamOwnership } from './TeamOwnership';
