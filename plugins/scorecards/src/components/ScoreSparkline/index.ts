export { ScoreSparkline, describeTrend } from './ScoreSparkline';
export type { ScoreSparklineProps } from './ScoreSparkline';
