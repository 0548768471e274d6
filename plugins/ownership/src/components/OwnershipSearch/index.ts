export { OwnershipSearch } from './OwnershipSearch';
