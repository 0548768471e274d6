import { Entity } from '@backstage/catalog-model';
import { collectDescendantGroups } from '@cairn/plugin-ownership-common';
import {
  CompiledScorecard,
  LeaderboardEntry,
  LevelCount,
  RollupHistoryPoint,
  RollupResponse,
  RollupScorecard,
  RollupTargetKind,
} from '@cairn/plugin-scorecards-common';
import {
  DatabaseScorecardsStore,
  LevelAggregate,
  RollupFilter,
  RollupRow,
} from '../database';
import { CatalogAccess } from './CatalogAccess';
import { normalizeRef, refOf } from './refs';

const MOST_FAILING = 5;

/**
 * Computes roll-ups on the server: per group (through its child groups),
 * System and Domain.
 */
export class RollupService {
  constructor(
    private readonly options: {
      scorecards: CompiledScorecard[];
      store: DatabaseScorecardsStore;
      catalog: CatalogAccess;
    },
  ) {}

  /** Which entities a roll-up over the target covers. */
  async filterFor(
    kind: RollupTargetKind,
    targetRef: string,
  ): Promise<RollupFilter> {
    if (kind === 'system') {
      return { systemRef: targetRef };
    }
    if (kind === 'domain') {
      return { domainRef: targetRef };
    }
    const childrenOf = childrenIndex(await this.options.catalog.getGroups());
    const { refs } = collectDescendantGroups(
      targetRef,
      ref => childrenOf.get(ref) ?? [],
    );
    return { ownerRefs: [targetRef, ...refs] };
  }

  // TODO(cairn): an exemption that expired since the last run still counts in
  // roll-ups until the next evaluation; the entity view re-evaluates at once.
  async getRollup(
    targetRef: string,
    filter: RollupFilter,
  ): Promise<RollupResponse> {
    const rows = await this.options.store.getRollupRows(filter);
    const entities = new Set(rows.map(r => r.entityRef));
    const scorecards: RollupScorecard[] = [];
    for (const scorecard of this.options.scorecards) {
      const own = rows.filter(r => r.scorecardId === scorecard.id);
      if (own.length === 0) {
        continue;
      }
      scorecards.push(summarize(scorecard, own));
    }
    return { target: targetRef, entityCount: entities.size, scorecards };
  }

  async getHistory(
    scorecard: CompiledScorecard,
    filter: RollupFilter,
    sinceDay: string,
  ): Promise<RollupHistoryPoint[]> {
    const rows = await this.options.store.getRollupHistory(
      filter,
      scorecard.id,
      sinceDay,
    );
    const byDay = new Map<string, LevelAggregate[]>();
    for (const row of rows) {
      const list = byDay.get(row.day) ?? [];
      list.push({ key: row.day, ...row });
      byDay.set(row.day, list);
    }
    return [...byDay.entries()].map(([date, aggregates]) => ({
      date,
      ...averageAndDistribution(scorecard, aggregates),
    }));
  }

  async getLeaderboard(
    scorecard: CompiledScorecard,
    groupType?: string,
  ): Promise<LeaderboardEntry[]> {
    const groups = await this.options.catalog.getGroups();
    const childrenOf = childrenIndex(groups);
    const byOwner = new Map<string, LevelAggregate[]>();
    for (const aggregate of await this.options.store.aggregateByOwner(
      scorecard.id,
    )) {
      const list = byOwner.get(aggregate.key) ?? [];
      list.push(aggregate);
      byOwner.set(aggregate.key, list);
    }

    const entries: LeaderboardEntry[] = [];
    for (const group of groups) {
      if (
        groupType &&
        String(group.spec?.type ?? '').toLocaleLowerCase('en-US') !==
          groupType.toLocaleLowerCase('en-US')
      ) {
        continue;
      }
      const groupRef = refOf(group);
      const { refs } = collectDescendantGroups(
        groupRef,
        ref => childrenOf.get(ref) ?? [],
      );
      const aggregates = [groupRef, ...refs].flatMap(
        ref => byOwner.get(ref) ?? [],
      );
      const summary = averageAndDistribution(scorecard, aggregates);
      const entityCount = aggregates.reduce((sum, a) => sum + a.count, 0);
      if (entityCount === 0) {
        continue;
      }
      entries.push({
        groupRef,
        title: group.metadata.title,
        entityCount,
        ...summary,
      });
    }
    return entries.sort(
      (a, b) =>
        b.averageScore - a.averageScore ||
        b.entityCount - a.entityCount ||
        a.groupRef.localeCompare(b.groupRef),
    );
  }
}

function summarize(
  scorecard: CompiledScorecard,
  rows: RollupRow[],
): RollupScorecard {
  const failing = new Map<string, number>();
  for (const row of rows) {
    for (const checkId of row.failing) {
      failing.set(checkId, (failing.get(checkId) ?? 0) + 1);
    }
  }
  const titles = new Map(scorecard.checks.map(c => [c.id, c.title]));
  const aggregates: LevelAggregate[] = rows.map(r => ({
    key: r.entityRef,
    levelId: r.levelId,
    count: 1,
    scoreSum: r.score,
  }));
  return {
    scorecardId: scorecard.id,
    title: scorecard.summary.title,
    levels: scorecard.levels,
    entityCount: rows.length,
    ...averageAndDistribution(scorecard, aggregates),
    mostFailingChecks: [...failing.entries()]
      .filter(([checkId]) => titles.has(checkId))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, MOST_FAILING)
      .map(([checkId, count]) => ({
        checkId,
        title: titles.get(checkId)!,
        failing: count,
      })),
  };
}

/**
 * Average score and a distribution over "no level" and every level of the
 * scorecard, lowest first, zeros included.
 */
export function averageAndDistribution(
  scorecard: CompiledScorecard,
  aggregates: Array<{ levelId?: string; count: number; scoreSum: number }>,
): { averageScore: number; levelDistribution: LevelCount[] } {
  const counts = new Map<string | null, number>([[null, 0]]);
  for (const level of scorecard.levels) {
    counts.set(level.id, 0);
  }
  let total = 0;
  let sum = 0;
  for (const aggregate of aggregates) {
    const levelId = aggregate.levelId ?? null;
    if (counts.has(levelId)) {
      counts.set(levelId, counts.get(levelId)! + aggregate.count);
    }
    total += aggregate.count;
    sum += aggregate.scoreSum;
  }
  return {
    averageScore: total === 0 ? 0 : Math.round((sum / total) * 10) / 10,
    levelDistribution: [...counts.entries()].map(([levelId, count]) => ({
      levelId,
      count,
    })),
  };
}

function childrenIndex(groups: Entity[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  const add = (parent: string, child: string) => {
    const list = children.get(parent) ?? [];
    if (!list.includes(child)) {
      list.push(child);
    }
    children.set(parent, list);
  };
  for (const group of groups) {
    const ref = refOf(group);
    const parent = normalizeRef(
      group.spec?.parent,
      'group',
      group.metadata.namespace ?? 'default',
    );
    if (parent) {
      add(parent, ref);
    }
    for (const relation of group.relations ?? []) {
      if (relation.type === 'childOf') {
        add(relation.targetRef.toLocaleLowerCase('en-US'), ref);
      }
    }
  }
  return children;
}
