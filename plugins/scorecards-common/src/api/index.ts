export * from './types';
export type { ScorecardsApi, ScorecardsEntityRef } from './ScorecardsApi';
export { ScorecardsClient } from './ScorecardsClient';
export type { ScorecardsClientOptions } from './ScorecardsClient';
