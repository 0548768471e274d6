export { DatabaseScorecardsStore, isoDay } from './DatabaseScorecardsStore';
export type {
  RollupEntitiesOptions,
  WriteResultsOutcome,
} from './DatabaseScorecardsStore';
export * from './types';
