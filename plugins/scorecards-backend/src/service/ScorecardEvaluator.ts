import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  OwnerResolutionOptions,
  resolveOwner,
} from '@cairn/plugin-ownership-common';
import {
  CompiledScorecard,
  evaluateScorecard,
} from '@cairn/plugin-scorecards-common';
import {
  DatabaseScorecardsStore,
  EntityRecord,
  ExemptionRecord,
  ResultRecord,
} from '../database';
import { domainRefOf, refOf, systemRefOf } from './refs';

/**
 * Counts from evaluating a page of entities.
 *
 * @public
 */
export interface EvaluationCounts {
  /** Refs of the entities at least one scorecard applies to. */
  scoredRefs: string[];
  entities: number;
  results: number;
  changed: number;
  historyRows: number;
}

/**
 * Evaluates every applicable scorecard for pages of entities and writes the
 * results, entity roll-up keys and history.
 *
 * @public
 */
export class ScorecardEvaluator {
  constructor(
    private readonly options: {
      scorecards: CompiledScorecard[];
      store: DatabaseScorecardsStore;
      logger: LoggerService;
      ownership: OwnerResolutionOptions;
    },
  ) {}

  get scorecards(): CompiledScorecard[] {
    return this.options.scorecards;
  }

  /**
   * Evaluates a page of entities.
   *
   * @param entities - The page.
   * @param getEntity - Looks up owners, Systems and Domains by lower-cased ref.
   * @param now - Evaluation time.
   * @param options - `fullRun` leaves unchanged rows untouched;
   *   `exemptions` are the active exemptions, loaded once for a whole run.
   */
  async evaluatePage(
    entities: Entity[],
    getEntity: (ref: string) => Entity | undefined,
    now: Date,
    options: { fullRun?: boolean; exemptions?: ExemptionRecord[] } = {},
  ): Promise<EvaluationCounts> {
    const { store, scorecards, ownership } = this.options;
    const refs = entities.map(refOf);
    const [facts, exemptions] = await Promise.all([
      store.getFacts(refs),
      options.exemptions ?? store.listActiveExemptions(now, refs),
    ]);

    const exempt = new Map<string, Set<string>>();
    for (const exemption of exemptions) {
      const k = `${exemption.entityRef}\u0000${exemption.scorecardId}`;
      const set = exempt.get(k) ?? new Set<string>();
      set.add(exemption.checkId);
      exempt.set(k, set);
    }

    const results: ResultRecord[] = [];
    const scored: EntityRecord[] = [];
    const unscored: string[] = [];
    for (const [i, entity] of entities.entries()) {
      const entityRef = refs[i];
      const document = { entity, facts: facts.get(entityRef) ?? {} };
      let any = false;
      for (const scorecard of scorecards) {
        if (!scorecard.appliesTo(entity)) {
          continue;
        }
        any = true;
        const evaluation = evaluateScorecard(
          scorecard,
          document,
          exempt.get(`${entityRef}\u0000${scorecard.id}`),
        );
        results.push({
          entityRef,
          scorecardId: scorecard.id,
          score: evaluation.score,
          levelIndex: evaluation.levelIndex,
          levelId: scorecard.levels[evaluation.levelIndex]?.id,
          checks: evaluation.checks,
        });
      }
      if (!any) {
        unscored.push(entityRef);
        continue;
      }
      scored.push({
        entityRef,
        kind: entity.kind,
        title: entity.metadata.title,
        ownerRef: resolveOwner(entity, getEntity, ownership).ownerRef,
        systemRef: systemRefOf(entity),
        domainRef: domainRefOf(entity, getEntity),
      });
    }

    await store.upsertEntities(scored, now);
    const written = await store.writeResults(results, now, {
      touchUnchanged: !options.fullRun,
    });
    if (unscored.length > 0) {
      await store.deleteResultsForEntities(unscored);
    }
    return {
      scoredRefs: scored.map(s => s.entityRef),
      entities: scored.length,
      results: results.length,
      changed: written.changed,
      historyRows: written.historyRows,
    };
  }
}
