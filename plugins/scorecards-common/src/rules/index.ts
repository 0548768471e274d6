export { compileRule, compileFilter } from './compileRule';
export type {
  CompiledRule,
  CompileRuleOptions,
  RuleOutcome,
} from './compileRule';
export { RuleCompileError } from './RuleCompileError';
export { findUnsafeRegexReason, MAX_REGEX_PATTERN_LENGTH } from './safeRegex';
export { RULE_LIMITS, FORBIDDEN_PATH_SEGMENTS } from './limits';
