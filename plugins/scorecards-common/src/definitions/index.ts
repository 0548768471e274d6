export type {
  ScorecardDefinition,
  ScorecardCheckDefinition,
  ScorecardLevelDefinition,
} from './types';
export { scorecardDefinitionSchema } from './schema';
export { compileScorecards, compileScorecard } from './compileScorecards';
export type { CompiledCheck, CompiledScorecard } from './compileScorecards';
export { evaluateScorecard } from './evaluateScorecard';
export type {
  EvaluatedCheck,
  ScorecardDocument,
  ScorecardEvaluation,
} from './evaluateScorecard';
