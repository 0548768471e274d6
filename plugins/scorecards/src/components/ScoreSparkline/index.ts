export { ScoreSparkline } from './ScoreSparkline';
export type { ScoreSparklineProps } from './ScoreSparkline';
