export { EntityScorecardsRollupContent } from './EntityScorecardsRollupContent';
export type { EntityScorecardsRollupContentProps } from './EntityScorecardsRollupContent';
