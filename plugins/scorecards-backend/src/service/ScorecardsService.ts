import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  CompiledScorecard,
  EntityScorecard,
  EntityScorecardsResponse,
  Exemption,
} from '@cairn/plugin-scorecards-common';
import { DatabaseScorecardsStore, ExemptionRecord, isoDay } from '../database';
import { ScorecardsSettings } from '../config';
import { CatalogAccess } from './CatalogAccess';
import { entityFieldsFor } from './entityFields';
import { ScorecardEvaluator } from './ScorecardEvaluator';
import { refOf } from './refs';

const DAY_MS = 24 * 60 * 60 * 1000;
const LAST_FULL_RUN = 'lastFullRunAt';
const ANALYZE_EVERY_PAGES = 25;

/**
 * Runs evaluations and answers the entity-level questions.
 */
export class ScorecardsService {
  readonly evaluator: ScorecardEvaluator;
  readonly #byId: Map<string, CompiledScorecard>;

  constructor(
    private readonly options: {
      scorecards: CompiledScorecard[];
      store: DatabaseScorecardsStore;
      catalog: CatalogAccess;
      settings: ScorecardsSettings;
      logger: LoggerService;
    },
  ) {
    this.evaluator = new ScorecardEvaluator({
      scorecards: options.scorecards,
      store: options.store,
      logger: options.logger,
      ownership: options.settings.ownership,
    });
    this.#byId = new Map(options.scorecards.map(s => [s.id, s]));
  }

  get scorecards(): CompiledScorecard[] {
    return this.options.scorecards;
  }

  getScorecard(id: string): CompiledScorecard | undefined {
    return this.#byId.get(id);
  }

  /**
   * Evaluates every scorecard for every entity in the catalog, takes the
   * daily snapshot and applies retention.
   */
  async runFullEvaluation(): Promise<void> {
    const { catalog, store, settings, logger } = this.options;
    const started = new Date();
    const lookup = await catalog.loadLookup(settings.pageSize);
    const getEntity = (ref: string) => lookup.get(ref);
    const fields = entityFieldsFor(this.scorecards);

    const totals = {
      pages: 0,
      entities: 0,
      results: 0,
      changed: 0,
      historyRows: 0,
    };
    const seen = new Set<string>();
    const exemptions = await store.listActiveExemptions(started);
    for await (const page of catalog.pages(fields, settings.pageSize)) {
      const counts = await this.evaluator.evaluatePage(
        page,
        getEntity,
        started,
        { fullRun: true, exemptions },
      );
      for (const ref of counts.scoredRefs) {
        seen.add(ref);
      }
      totals.pages++;
      if (totals.pages % ANALYZE_EVERY_PAGES === 0) {
        // Tables filling up during a first run need fresh statistics.
        await store.analyze();
      }
      totals.entities += counts.entities;
      totals.results += counts.results;
      totals.changed += counts.changed;
      totals.historyRows += counts.historyRows;
    }

    await store.setState(LAST_FULL_RUN, started.toISOString());
    await store.snapshot(isoDay(started));
    const removed = await store.cleanUp({
      keepEntityRefs: seen,
      olderThan: new Date(started.getTime() - settings.retentionDays * DAY_MS),
      scorecardIds: this.scorecards.map(s => s.id),
    });
    await store.analyze();
    logger.info(
      `Evaluated ${totals.entities} entities (${totals.results} results, ${
        totals.changed
      } changed, ${totals.historyRows} history rows) in ${
        Date.now() - started.getTime()
      } ms; removed ${JSON.stringify(removed)}`,
    );
  }

  /** Re-evaluates one entity at once. */
  async evaluateEntity(entity: Entity): Promise<void> {
    const lookup = await this.options.catalog.lookupFor(
      entity,
      this.options.settings.ownership.fallbackOwner,
    );
    await this.evaluator.evaluatePage(
      [entity],
      ref => lookup.get(ref),
      new Date(),
    );
  }

  /**
   * Everything the entity tab shows, in one answer. An entity that was
   * never evaluated is evaluated first.
   */
  async getEntityResponse(entity: Entity): Promise<EntityScorecardsResponse> {
    const { store, settings } = this.options;
    const entityRef = refOf(entity);
    let results = await store.getEntityResults(entityRef);
    // Never evaluated, or an exemption ran out since: evaluate now, so an
    // exempt check stops counting as passing the moment it expires.
    const oldest = results.reduce<Date | undefined>(
      (min, r) => (!min || r.evaluatedAt < min ? r.evaluatedAt : min),
      undefined,
    );
    const stale = oldest
      ? await store.hasExemptionExpiredSince(entityRef, oldest, new Date())
      : this.scorecards.some(s => s.appliesTo(entity));
    if (stale) {
      await this.evaluateEntity(entity);
      results = await store.getEntityResults(entityRef);
    }

    const now = new Date();
    const since = isoDay(new Date(now.getTime() - settings.trendDays * DAY_MS));
    const [trend, exemptions, lastFullRun] = await Promise.all([
      store.getEntityTrend(entityRef, since),
      store.listActiveExemptions(now, [entityRef]),
      store.getState(LAST_FULL_RUN),
    ]);
    // A full run leaves unchanged rows alone; it evaluated them all the same.
    const fullRunAt = lastFullRun ? new Date(lastFullRun).getTime() : 0;

    const scorecards: EntityScorecard[] = [];
    for (const scorecard of this.scorecards) {
      const result = results.find(r => r.scorecardId === scorecard.id);
      if (!result) {
        continue;
      }
      const evaluatedAt = new Date(
        Math.max(result.evaluatedAt.getTime(), fullRunAt),
      ).toISOString();
      scorecards.push({
        scorecard: scorecard.summary,
        score: result.score,
        level: scorecard.levels[result.levelIndex],
        evaluatedAt,
        checks: result.checks.map(check => {
          const exemption = exemptions.find(
            e => e.scorecardId === scorecard.id && e.checkId === check.checkId,
          );
          return {
            ...check,
            evaluatedAt,
            ...(exemption ? { exemption: toExemption(exemption) } : {}),
          };
        }),
        trend: trend
          .filter(t => t.scorecardId === scorecard.id)
          .map(t => ({ date: t.day, score: t.score })),
      });
    }
    return { entityRef, scorecards };
  }
}

/** API shape of a stored exemption. */
export function toExemption(record: ExemptionRecord): Exemption {
  return {
    id: record.id,
    entityRef: record.entityRef,
    scorecardId: record.scorecardId,
    checkId: record.checkId,
    reason: record.reason,
    expiresAt: record.expiresAt.toISOString(),
    createdBy: record.createdBy,
    createdAt: record.createdAt.toISOString(),
  };
}
