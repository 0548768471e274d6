import { CheckResultState } from '../api';
import { CompiledScorecard } from './compileScorecards';

/**
 * The document rules are evaluated against.
 *
 * @public
 */
export interface ScorecardDocument {
  /** The entity. */
  entity: unknown;
  /** Facts by source id, then fact name. */
  facts: Record<string, Record<string, unknown> | undefined>;
}

/**
 * One check's evaluated result.
 *
 * @public
 */
export interface EvaluatedCheck {
  /** Id of the check within its scorecard. */
  checkId: string;
  /** The result state. */
  state: CheckResultState;
  /** Why the check has this state, when there is more to say (for example which fact is missing). */
  message?: string;
}

/**
 * A scorecard evaluated for one entity.
 *
 * @public
 */
export interface ScorecardEvaluation {
  /** Id of the scorecard. */
  scorecardId: string;
  /** 0..100, one decimal. */
  score: number;
  /** Index of the highest level reached, -1 when none. */
  levelIndex: number;
  /** The checks. */
  checks: EvaluatedCheck[];
}

/**
 * Evaluates a compiled scorecard for one entity.
 *
 * @remarks
 *
 * The score is the weighted share of passing checks among those that pass,
 * fail or warn; `not_applicable` and `unknown` checks are left out, so an
 * unknown fact never counts as a failure. The level is the highest level
 * whose checks, and those of every lower level, are all passing, warning or
 * not applicable: a level needs evidence, so an `unknown` check holds its
 * level back without lowering the score. Exempt checks count as passing
 * while their state is still reported as evaluated.
 *
 * @public
 * @param scorecard - The compiled scorecard.
 * @param document - The entity and its facts.
 * @param exemptCheckIds - Checks with an active exemption for this entity.
 */
export function evaluateScorecard(
  /** The scorecard. */
  scorecard: CompiledScorecard,
  document: ScorecardDocument,
  exemptCheckIds?: ReadonlySet<string>,
): ScorecardEvaluation {
  let passed = 0;
  let counted = 0;
  let blockedAt = scorecard.levels.length;
  const checks: EvaluatedCheck[] = [];

  for (const check of scorecard.checks) {
    let state: CheckResultState;
    let message: string | undefined;
    if (check.appliesTo && !check.appliesTo(document.entity)) {
      state = 'not_applicable';
    } else {
      const outcome = check.rule.evaluate(document);
      if (outcome === 'true') {
        state = 'pass';
      } else if (outcome === 'unknown') {
        state = 'unknown';
        message = missingFactsMessage(check.rule.factPaths, document);
      } else {
        state = check.severity === 'warn' ? 'warn' : 'fail';
      }
    }
    checks.push(
      message
        ? { checkId: check.id, state, message }
        : { checkId: check.id, state },
    );

    const exempt = exemptCheckIds?.has(check.id) && state !== 'not_applicable';
    if (state === 'pass' || exempt) {
      passed += check.weight;
      counted += check.weight;
    } else if (state === 'fail' || state === 'warn') {
      counted += check.weight;
    }
    if ((state === 'fail' || state === 'unknown') && !exempt) {
      blockedAt = Math.min(blockedAt, check.levelIndex);
    }
  }

  return {
    scorecardId: scorecard.id,
    score: counted === 0 ? 0 : Math.round((passed / counted) * 1000) / 10,
    levelIndex: blockedAt - 1,
    checks,
  };
}

function missingFactsMessage(
  factPaths: readonly string[],
  document: ScorecardDocument,
): string {
  const missing = factPaths.filter(path => {
    const [source, ...rest] = path.split('.');
    const facts = document.facts[source];
    return (
      !facts ||
      facts[rest.join('.')] === undefined ||
      facts[rest.join('.')] === null
    );
  });
  return `Fact not available: ${(missing.length ? missing : factPaths).join(
    ', ',
  )}`;
}
