/**
 * Shared types, rule compiler, permissions and API client for Cairn
 * scorecards.
 *
 * @packageDocumentation
 */

export * from './api';
export * from './permissions';
