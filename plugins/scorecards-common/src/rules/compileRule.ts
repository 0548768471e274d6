import { RuleCompileError } from './RuleCompileError';
import { FORBIDDEN_PATH_SEGMENTS, RULE_LIMITS } from './limits';
import { findUnsafeRegexReason } from './safeRegex';

/**
 * The three-valued outcome of a rule: a rule that reads a missing fact is
 * `unknown` unless the rest of the rule decides it anyway.
 *
 * @public
 */
export type RuleOutcome = 'true' | 'false' | 'unknown';

/**
 * A rule compiled into a function.
 *
 * @public
 */
export interface CompiledRule {
  /** Evaluates the rule over a document. */
  evaluate(document: unknown): RuleOutcome;
  /** The fact paths (below the facts root) the rule reads. */
  readonly factPaths: readonly string[];
}

/**
 * Options for {@link compileRule}.
 *
 * @public
 */
export interface CompileRuleOptions {
  /**
   * Top-level key under which facts live (default `facts`). A missing or
   * null value below it makes the matcher that reads it `unknown`.
   */
  factsRoot?: string;
  /** Prefix for key paths in error messages. */
  pathPrefix?: string;
}

// Kleene logic with small integers keeps the hot path free of allocations.
const F = 0;
const T = 1;
const U = 2;
type Tri = typeof F | typeof T | typeof U;
type TriFn = (value: unknown) => Tri;
type Matcher = (value: unknown) => boolean;

const OUTCOMES: RuleOutcome[] = ['false', 'true', 'unknown'];
const hasOwn = Object.prototype.hasOwnProperty;
const VALUE_OPERATORS = [
  '$exists',
  '$in',
  '$contains',
  '$hasPrefix',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$regex',
];

interface Context {
  nodes: number;
  factsRoot?: string;
  factPaths: Set<string>;
}

/**
 * Compiles a rule in the filter-predicate shape (`$all`, `$any`, `$not`,
 * dot paths, `$exists`, `$in`, `$contains`, `$hasPrefix`) extended with
 * `$gt`, `$gte`, `$lt`, `$lte` and `$regex`, into a function.
 *
 * @remarks
 *
 * Equality is case-insensitive and numbers equal their string form, as in
 * `@backstage/filter-predicates`. Unknown operators, wrong operand types,
 * unsafe regex patterns and anything past {@link RULE_LIMITS} throw a
 * {@link RuleCompileError} naming the key path.
 *
 * @public
 * @param predicate - The rule, typically parsed from YAML or config.
 * @param options - See {@link CompileRuleOptions}.
 */
export function compileRule(
  predicate: unknown,
  options: CompileRuleOptions = {},
): CompiledRule {
  const context: Context = {
    nodes: 0,
    factsRoot: options.factsRoot ?? 'facts',
    factPaths: new Set(),
  };
  const prefix = options.pathPrefix ?? '';
  if (!isPlainObject(predicate)) {
    throw new RuleCompileError(prefix, 'a rule must be an object');
  }
  const fn = compilePredicate(predicate, prefix, 0, context, true);

  return {
    evaluate: document => OUTCOMES[fn(document)],
    factPaths: [...context.factPaths],
  };
}

/**
 * Compiles a filter (such as an applies-to filter) into a boolean function.
 * Same language as {@link compileRule}; an unknown outcome does not match.
 *
 * @public
 * @param predicate - The filter.
 * @param options - Only `pathPrefix` is used.
 */
export function compileFilter(
  predicate: unknown,
  options: { pathPrefix?: string } = {},
): (value: unknown) => boolean {
  const prefix = options.pathPrefix ?? '';
  if (!isPlainObject(predicate)) {
    throw new RuleCompileError(prefix, 'a filter must be an object');
  }
  const context: Context = { nodes: 0, factPaths: new Set() };
  const fn = compilePredicate(predicate, prefix, 0, context, false);
  return value => fn(value) === T;
}

function compilePredicate(
  predicate: unknown,
  path: string,
  depth: number,
  context: Context,
  atRoot: boolean,
): TriFn {
  context.nodes++;
  if (context.nodes > RULE_LIMITS.maxNodes) {
    throw new RuleCompileError(
      path,
      `rule has more than ${RULE_LIMITS.maxNodes} parts`,
    );
  }
  if (depth > RULE_LIMITS.maxDepth) {
    throw new RuleCompileError(
      path,
      `rule is nested deeper than ${RULE_LIMITS.maxDepth} levels`,
    );
  }

  if (!isPlainObject(predicate)) {
    const equals = compileEquals(predicate, path);
    return value => (equals(value) ? T : F);
  }

  const keys = Object.keys(predicate);
  if (keys.length === 0) {
    throw new RuleCompileError(path, 'empty predicate');
  }
  const logical = keys.find(k => k === '$all' || k === '$any' || k === '$not');
  if (logical) {
    if (keys.length !== 1) {
      throw new RuleCompileError(
        path,
        `${logical} must be the only key of its object`,
      );
    }
    return compileLogical(
      logical,
      predicate[logical],
      path,
      depth,
      context,
      atRoot,
    );
  }

  const entries: TriFn[] = [];
  for (const key of keys) {
    const keyPath = join(path, key);
    if (key.startsWith('$')) {
      throw new RuleCompileError(keyPath, `unknown operator "${key}"`);
    }
    const lookup = compilePath(key, keyPath);
    const matcher = compileValue(predicate[key], keyPath, depth + 1, context);
    const isFact =
      atRoot &&
      context.factsRoot !== undefined &&
      (key === context.factsRoot || key.startsWith(`${context.factsRoot}.`));
    if (isFact) {
      context.factPaths.add(key.slice(context.factsRoot!.length + 1));
      entries.push(value => {
        const found = lookup(value);
        if (found === undefined || found === null) {
          return U;
        }
        return matcher(found) ? T : F;
      });
    } else {
      entries.push(value => (matcher(lookup(value)) ? T : F));
    }
  }
  return entries.length === 1 ? entries[0] : allOf(entries);
}

function compileLogical(
  operator: string,
  operand: unknown,
  path: string,
  depth: number,
  context: Context,
  atRoot: boolean,
): TriFn {
  const opPath = join(path, operator);
  if (operator === '$not') {
    if (!isPlainObject(operand)) {
      throw new RuleCompileError(opPath, '$not takes a predicate object');
    }
    const inner = compilePredicate(operand, opPath, depth + 1, context, atRoot);
    return value => {
      const result = inner(value);
      return result === U ? U : ((1 - result) as Tri);
    };
  }

  const items = checkArray(operand, opPath, operator);
  const fns = items.map((item, i) => {
    const itemPath = `${opPath}[${i}]`;
    if (!isPlainObject(item)) {
      throw new RuleCompileError(
        itemPath,
        `${operator} takes predicate objects`,
      );
    }
    return compilePredicate(item, itemPath, depth + 1, context, atRoot);
  });
  return operator === '$all' ? allOf(fns) : anyOf(fns);
}

function allOf(fns: TriFn[]): TriFn {
  return value => {
    let result: Tri = T;
    for (const fn of fns) {
      const r = fn(value);
      if (r === F) {
        return F;
      }
      if (r === U) {
        result = U;
      }
    }
    return result;
  };
}

function anyOf(fns: TriFn[]): TriFn {
  return value => {
    let result: Tri = F;
    for (const fn of fns) {
      const r = fn(value);
      if (r === T) {
        return T;
      }
      if (r === U) {
        result = U;
      }
    }
    return result;
  };
}

function compileValue(
  filter: unknown,
  path: string,
  depth: number,
  context: Context,
): Matcher {
  if (!isPlainObject(filter)) {
    return compileEquals(filter, path);
  }
  const keys = Object.keys(filter);
  if (keys.length !== 1) {
    throw new RuleCompileError(
      path,
      keys.length === 0
        ? 'empty value matcher'
        : `a value matcher takes exactly one operator, got ${keys.length}`,
    );
  }
  const operator = keys[0];
  const operand = filter[operator];
  const opPath = join(path, operator);
  if (!VALUE_OPERATORS.includes(operator)) {
    throw new RuleCompileError(opPath, `unknown operator "${operator}"`);
  }

  switch (operator) {
    case '$exists': {
      if (typeof operand !== 'boolean') {
        throw new RuleCompileError(opPath, '$exists takes true or false');
      }
      return operand ? v => v !== undefined : v => v === undefined;
    }
    case '$in':
      return compileIn(checkArray(operand, opPath, '$in'), opPath);
    case '$contains': {
      const inner = compilePredicate(
        operand,
        opPath,
        depth + 1,
        context,
        false,
      );
      return v => Array.isArray(v) && v.some(item => inner(item) === T);
    }
    case '$hasPrefix': {
      const prefix = upper(checkString(operand, opPath, '$hasPrefix'));
      return v => typeof v === 'string' && upper(v).startsWith(prefix);
    }
    case '$regex':
      return compileRegex(operand, opPath);
    default:
      return compileComparison(operator, operand, opPath);
  }
}

function compileComparison(
  operator: string,
  operand: unknown,
  path: string,
): Matcher {
  if (typeof operand !== 'number' || !Number.isFinite(operand)) {
    throw new RuleCompileError(path, `${operator} takes a finite number`);
  }
  switch (operator) {
    case '$gt':
      return v => typeof v === 'number' && v > operand;
    case '$gte':
      return v => typeof v === 'number' && v >= operand;
    case '$lt':
      return v => typeof v === 'number' && v < operand;
    default:
      return v => typeof v === 'number' && v <= operand;
  }
}

function compileRegex(operand: unknown, path: string): Matcher {
  let pattern: unknown = operand;
  let flags: unknown = '';
  if (isPlainObject(operand)) {
    const extra = Object.keys(operand).filter(
      k => k !== 'pattern' && k !== 'flags',
    );
    if (extra.length > 0) {
      throw new RuleCompileError(
        join(path, extra[0]),
        '$regex takes only pattern and flags',
      );
    }
    pattern = operand.pattern;
    flags = operand.flags ?? '';
  }
  if (typeof pattern !== 'string' || typeof flags !== 'string') {
    throw new RuleCompileError(
      path,
      '$regex takes a pattern string or { pattern, flags }',
    );
  }
  const reason = findUnsafeRegexReason(pattern, flags);
  if (reason) {
    throw new RuleCompileError(path, `unsafe or invalid pattern: ${reason}`);
  }
  const regex = new RegExp(pattern, flags);
  return v =>
    typeof v === 'string' &&
    v.length <= RULE_LIMITS.maxRegexInputLength &&
    regex.test(v);
}

function compileIn(items: unknown[], path: string): Matcher {
  const strings = new Set<string>();
  const exact = new Set<string>();
  const booleans = new Set<boolean>();
  for (const [i, item] of items.entries()) {
    const itemPath = `${path}[${i}]`;
    if (typeof item === 'boolean') {
      booleans.add(item);
    } else if (typeof item === 'number' && Number.isFinite(item)) {
      strings.add(String(item));
    } else if (typeof item === 'string') {
      exact.add(item);
      strings.add(upper(checkString(item, itemPath, '$in')));
    } else {
      throw new RuleCompileError(
        itemPath,
        '$in takes strings, numbers or booleans',
      );
    }
  }
  return v => {
    if (typeof v === 'string') {
      return exact.has(v) || strings.has(upper(v));
    }
    if (typeof v === 'number') {
      return strings.has(String(v));
    }
    return typeof v === 'boolean' && booleans.has(v);
  };
}

function compileEquals(expected: unknown, path: string): Matcher {
  if (typeof expected === 'boolean') {
    return v => v === expected;
  }
  if (typeof expected === 'number') {
    if (!Number.isFinite(expected)) {
      throw new RuleCompileError(path, 'numbers must be finite');
    }
    const asString = String(expected);
    return v =>
      v === expected ||
      ((typeof v === 'string' || typeof v === 'number') &&
        String(v) === asString);
  }
  if (typeof expected === 'string') {
    const expectedUpper = upper(checkString(expected, path, 'a value'));
    return v =>
      v === expected ||
      (typeof v === 'string' && upper(v) === expectedUpper) ||
      (typeof v === 'number' && String(v) === expected);
  }
  throw new RuleCompileError(
    path,
    Array.isArray(expected)
      ? 'arrays cannot be compared; use $in or $contains'
      : `expected a string, number, boolean or operator object, got ${
          expected === null ? 'null' : typeof expected
        }`,
  );
}

/**
 * Compiles a dot path into a lookup. Like `getJsonValueAtPath` from
 * `@backstage/filter-predicates`, keys that themselves contain dots (such as
 * `backstage.io/techdocs-ref`) are found; arrays are not traversed; only own
 * properties are read, so `__proto__` or `constructor` never resolve.
 */
function compilePath(path: string, errorPath: string): (v: unknown) => unknown {
  if (path.length > RULE_LIMITS.maxPathLength) {
    throw new RuleCompileError(
      errorPath,
      `path is longer than ${RULE_LIMITS.maxPathLength} characters`,
    );
  }
  const segments = path.split('.');
  for (const segment of segments) {
    if (segment === '') {
      throw new RuleCompileError(errorPath, 'path has an empty segment');
    }
    if (FORBIDDEN_PATH_SEGMENTS.includes(segment)) {
      throw new RuleCompileError(
        errorPath,
        `path segment "${segment}" is not allowed`,
      );
    }
  }

  const n = segments.length;
  if (n === 1) {
    return v => (isObject(v) && hasOwn.call(v, path) ? v[path] : undefined);
  }
  // keys[i][j] is segments i..j-1 joined, precomputed for the dotted-key search.
  const keys: string[][] = segments.map((_, i) =>
    segments.map((__, j) => segments.slice(i, j + 1).join('.')),
  );
  const lookup = (value: unknown, i: number): unknown => {
    if (i === n) {
      return value;
    }
    if (!isObject(value)) {
      return undefined;
    }
    for (let j = i; j < n; j++) {
      const key = keys[i][j];
      if (hasOwn.call(value, key)) {
        const found = lookup(value[key], j + 1);
        if (found !== undefined) {
          return found;
        }
      }
    }
    return undefined;
  };
  return v => {
    // Fast path: every segment is a key of its own. Keys containing dots and
    // missing values fall back to the full search.
    let current: unknown = v;
    for (const segment of segments) {
      if (!isObject(current) || !hasOwn.call(current, segment)) {
        return lookup(v, 0);
      }
      current = current[segment];
    }
    return current === undefined ? lookup(v, 0) : current;
  };
}

function checkArray(value: unknown, path: string, operator: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new RuleCompileError(path, `${operator} takes a non-empty array`);
  }
  if (value.length > RULE_LIMITS.maxArrayLength) {
    throw new RuleCompileError(
      path,
      `${operator} takes at most ${RULE_LIMITS.maxArrayLength} elements`,
    );
  }
  return value;
}

function checkString(value: unknown, path: string, what: string): string {
  if (typeof value !== 'string') {
    throw new RuleCompileError(path, `${what} takes a string`);
  }
  if (value.length > RULE_LIMITS.maxStringLength) {
    throw new RuleCompileError(
      path,
      `strings are limited to ${RULE_LIMITS.maxStringLength} characters`,
    );
  }
  return value;
}

// Case folding as `@backstage/filter-predicates` does it (en-US upper case);
// plain toUpperCase is the same mapping for en-US and much cheaper.
function upper(value: string): string {
  return value.toUpperCase();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) {
    return false;
  }
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}
