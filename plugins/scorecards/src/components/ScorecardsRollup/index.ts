export { ScorecardsRollup } from './ScorecardsRollup';
export type { ScorecardsRollupProps } from './ScorecardsRollup';
