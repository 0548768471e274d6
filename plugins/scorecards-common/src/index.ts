/**
 * Shared types, rule compiler, permissions and API client for Cairn
 * scorecards.
 *
 * @packageDocumentation
 */

export * from './api';
export * from './csv';
export * from './definitions';
export * from './permissions';
export * from './rules';
