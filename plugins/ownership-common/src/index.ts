/**
 * Shared types, resolution rules and API client for Cairn ownership.
 *
 * @packageDocumentation
 */

export * from './provenance';
export * from './resolveOwner';
export * from './hierarchy';
export * from './types';
export * from './OwnershipClient';
