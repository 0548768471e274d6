import { InputError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { ZodIssue } from 'zod';
import { LevelSummary, ScorecardSummary } from '../api';
import { compileFilter, compileRule, CompiledRule } from '../rules';
import { RuleCompileError } from '../rules/RuleCompileError';
import { scorecardDefinitionSchema } from './schema';
import { ScorecardDefinition } from './types';

/**
 * A check compiled for evaluation.
 *
 * @public
 */
export interface CompiledCheck {
  /** Unique id. */
  id: string;
  /** Display title. */
  title: string;
  /** Position of the check's level in the scorecard's levels. */
  levelIndex: number;
  /** Relative weight of the check in the score. */
  weight: number;
  /** Whether a failure fails (`error`) or only warns (`warn`). */
  severity: 'error' | 'warn';
  /** Absent when the check applies to every entity of the scorecard. */
  appliesTo?: (entity: unknown) => boolean;
  /** The compiled rule. */
  rule: CompiledRule;
}

/**
 * A scorecard compiled for evaluation.
 *
 * @public
 */
export interface CompiledScorecard {
  /** Unique id. */
  id: string;
  /** The definition as loaded. */
  definition: ScorecardDefinition;
  /** The scorecard as shown to users. */
  summary: ScorecardSummary;
  /** Levels, lowest first. */
  levels: LevelSummary[];
  /** Filter over the entity. */
  appliesTo: (entity: unknown) => boolean;
  /** The checks. */
  checks: CompiledCheck[];
}

const DEFAULT_APPLIES_TO: JsonObject = { kind: 'Component' };

/**
 * Validates and compiles scorecard definitions.
 *
 * @remarks
 *
 * Throws an `InputError` whose message names the source, the scorecard, the
 * check and the key path of the first problem, for example:
 *
 * ```
 * scorecards.yaml: scorecard "docs", check "readme",
 *   rule.$all[0].facts.x: unknown operator "$foo"
 * ```
 *
 * @public
 * @param definitions - Raw definitions, from config or YAML.
 * @param source - Where they came from, for error messages.
 */
export function compileScorecards(
  definitions: unknown[],
  /** Id of the fact source. */
  source: string,
): CompiledScorecard[] {
  const seen = new Set<string>();
  return definitions.map((raw, index) => {
    const compiled = compileScorecard(raw, source, index);
    if (seen.has(compiled.id)) {
      throw new InputError(
        `${source}: scorecard "${compiled.id}" is defined more than once`,
      );
    }
    seen.add(compiled.id);
    return compiled;
  });
}

/**
 * Validates and compiles one scorecard definition.
 *
 * @public
 * @param raw - The raw definition.
 * @param source - Where it came from, for error messages.
 * @param index - Its position in the source, for error messages.
 */
export function compileScorecard(
  raw: unknown,
  /** Id of the fact source. */
  source: string,
  index = 0,
): CompiledScorecard {
  const parsed = scorecardDefinitionSchema.safeParse(raw);
  const rawId = (raw as { id?: unknown } | undefined)?.id;
  const named =
    typeof rawId === 'string'
      ? `${source}: scorecard "${rawId}"`
      : `${source}: scorecards[${index}]`;
  if (!parsed.success) {
    throw new InputError(
      `${named}, ${describeIssue(raw, parsed.error.issues[0])}`,
    );
  }
  const definition = parsed.data as ScorecardDefinition;
  const where = `${source}: scorecard "${definition.id}"`;

  const levelIndex = new Map<string, number>();
  for (const [i, level] of definition.levels.entries()) {
    if (levelIndex.has(level.id)) {
      throw new InputError(
        `${where}, levels[${i}].id: duplicate level "${level.id}"`,
      );
    }
    levelIndex.set(level.id, i);
  }

  const checkIds = new Set<string>();
  const checks = definition.checks.map((check, i): CompiledCheck => {
    const at = `${where}, check "${check.id}"`;
    if (checkIds.has(check.id)) {
      throw new InputError(
        `${where}, checks[${i}].id: duplicate check "${check.id}"`,
      );
    }
    checkIds.add(check.id);
    const checkLevel = levelIndex.get(check.level);
    if (checkLevel === undefined) {
      throw new InputError(`${at}, level: unknown level "${check.level}"`);
    }
    return {
      id: check.id,
      title: check.title,
      levelIndex: checkLevel,
      weight: check.weight ?? 1,
      severity: check.severity ?? 'error',
      appliesTo: check.appliesTo
        ? withLocation(at, () =>
            compileFilter(check.appliesTo, { pathPrefix: 'appliesTo' }),
          )
        : undefined,
      rule: withLocation(at, () =>
        compileRule(check.rule, { pathPrefix: 'rule' }),
      ),
    };
  });

  const appliesTo = withLocation(where, () =>
    compileFilter(definition.appliesTo ?? DEFAULT_APPLIES_TO, {
      pathPrefix: 'appliesTo',
    }),
  );
  const levels = definition.levels.map(l => ({ id: l.id, title: l.title }));

  return {
    id: definition.id,
    definition,
    levels,
    appliesTo,
    checks,
    summary: {
      id: definition.id,
      title: definition.title,
      description: definition.description,
      owner: definition.owner,
      levels,
      checks: definition.checks.map(c => ({
        id: c.id,
        title: c.title,
        description: c.description,
        why: c.why,
        howToFix: c.howToFix,
        level: c.level,
        weight: c.weight ?? 1,
      })),
    },
  };
}

function withLocation<T>(location: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof RuleCompileError) {
      throw new InputError(`${location}, ${error.message}`);
    }
    throw error;
  }
}

function describeIssue(raw: unknown, issue: ZodIssue | undefined): string {
  if (!issue) {
    return 'invalid definition';
  }
  const path = [...issue.path];
  let check = '';
  if (path[0] === 'checks' && typeof path[1] === 'number') {
    const checks = (raw as { checks?: Array<{ id?: unknown }> }).checks;
    const checkId = checks?.[path[1]]?.id;
    if (typeof checkId === 'string') {
      check = `check "${checkId}", `;
      path.splice(0, 2);
    }
  }
  const keyPath = path
    .map(key => (typeof key === 'number' ? `[${key}]` : `.${key}`))
    .join('')
    .replace(/^\./, '');
  if (issue.code === 'unrecognized_keys') {
    return `${check}${keyPath || '(root)'}: unknown key(s) ${issue.keys.join(
      ', ',
    )}`;
  }
  return `${check}${keyPath || '(root)'}: ${issue.message}`;
}
