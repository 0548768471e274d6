/**
 * Cairn ownership: who owns and supports any entity, and how to reach them.
 *
 * @packageDocumentation
 */

export { ownershipPlugin, OwnershipPage, EntityOwnershipCard } from './plugin';
export { ownershipApiRef } from './api';
export { rootRouteRef as ownershipRouteRef } from './routes';
export type { EntityOwnershipCardProps } from './components/EntityOwnershipCard';
