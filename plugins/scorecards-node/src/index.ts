/**
 * Extension points and types for Cairn scorecards fact collectors.
 *
 * @packageDocumentation
 */

export * from './extensions';
export * from './types';
export { findInvalidFact, hasFactType } from './validateFacts';
