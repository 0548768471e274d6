/**
 * Limits the rule compiler enforces, so that a hostile definition is refused
 * when it loads instead of slowing down every evaluation.
 *
 * @public
 */
export const RULE_LIMITS = {
  /** Deepest nesting of predicates. */
  maxDepth: 32,
  /** Most predicate nodes in one rule. */
  maxNodes: 2000,
  /** Most elements in `$all`, `$any` and `$in`. */
  maxArrayLength: 500,
  /** Longest dot path. */
  maxPathLength: 256,
  /** Longest string operand. */
  maxStringLength: 1024,
  /** Longest string a regex is run against; longer values do not match. */
  maxRegexInputLength: 4096,
} as const;

/**
 * Path segments refused anywhere in a rule.
 *
 * @public
 */
export const FORBIDDEN_PATH_SEGMENTS: readonly string[] = [
  '__proto__',
  'prototype',
  'constructor',
];
