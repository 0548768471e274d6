import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import {
  CheckResultChange,
  CheckResultState,
  EvaluatedCheck,
} from '@cairn/plugin-scorecards-common';
import { Knex } from 'knex';
import { bulkUpsert } from './bulkUpsert';
import {
  EntityRecord,
  ExemptionRecord,
  FactRecord,
  LevelAggregate,
  ResultRecord,
  RollupFilter,
  RollupRow,
  StoredResult,
} from './types';

const migrationsDir = resolvePackagePath(
  '@cairn/plugin-scorecards-backend',
  'migrations',
);

// Rows per statement. Knex writes a multi-row insert for SQLite as a
// compound SELECT, limited to 500 terms, so plain inserts stay below that;
// VALUES-list upserts and reads only need to stay below the bound-variable
// limits (SQLite 32766, PostgreSQL 65535). Results are chunked per entity,
// so their chunk leaves room for one more entity's scorecards.
const CHUNK = 450;
const BULK_CHUNK = 1000;
const RESULT_CHUNK = 1500;

const T = {
  entities: 'scorecards_entities',
  results: 'scorecards_results',
  history: 'scorecards_history',
  snapshots: 'scorecards_snapshots',
  facts: 'scorecards_facts',
  exemptions: 'scorecards_exemptions',
  state: 'scorecards_state',
};

/**
 * Outcome of {@link DatabaseScorecardsStore.writeResults}.
 *
 * @public
 */
export interface WriteResultsOutcome {
  /** Results inserted or changed by this call. */
  changed: number;
  /** History rows written. */
  historyRows: number;
}

/**
 * Options for listing the entities of a roll-up.
 *
 * @public
 */
export interface RollupEntitiesOptions {
  scorecardId: string;
  /** Level id, or `none` for no level. */
  level?: string;
  q?: string;
  orderBy: 'score' | 'name';
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
  /**
   * Entities to leave out before counting and paging: those the caller may
   * not read, so that neither the page nor the total mentions them.
   */
  hiddenRefs?: string[];
}

/**
 * Stores scorecard results, history, snapshots, facts and exemptions through
 * the Backstage database service, on SQLite and PostgreSQL.
 *
 * @public
 */
export class DatabaseScorecardsStore {
  static async create(options: {
    database: DatabaseService;
    skipMigrations?: boolean;
  }): Promise<DatabaseScorecardsStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip && !options.skipMigrations) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseScorecardsStore(client);
  }

  private constructor(private readonly db: Knex) {}

  // TODO(cairn): a page still reads facts, previous results and entity rows in
  // separate round trips; one statement per page would cut the remaining wait.
  /**
   * Writes results, each exactly once: a row is only written when it differs
   * from the stored one, and the database decides that under its own row
   * lock, so concurrent writers of the same result write one row and one
   * history entry between them. First results write no history.
   */
  async writeResults(
    records: ResultRecord[],
    now: Date,
    options: { touchUnchanged?: boolean } = {},
  ): Promise<WriteResultsOutcome> {
    let changed = 0;
    let historyRows = 0;
    const touch = options.touchUnchanged ?? true;
    for (const chunk of chunksByEntity(records, RESULT_CHUNK)) {
      const outcome = await this.writeResultChunk(chunk, now.getTime(), touch);
      changed += outcome.changed;
      historyRows += outcome.historyRows;
    }
    return { changed, historyRows };
  }

  private async writeResultChunk(
    records: ResultRecord[],
    now: number,
    touch: boolean,
  ): Promise<WriteResultsOutcome> {
    const refs = [...new Set(records.map(r => r.entityRef))];
    const previous = new Map<
      string,
      { checks: string; score: number; level: number }
    >();
    const rows = await this.db(T.results)
      .whereIn('entity_ref', refs)
      .select('entity_ref', 'scorecard_id', 'checks', 'score', 'level_index');
    for (const row of rows) {
      previous.set(key(row.entity_ref, row.scorecard_id), {
        checks: row.checks,
        score: Number(row.score),
        level: Number(row.level_index),
      });
    }

    const toWrite: Array<Record<string, unknown>> = [];
    const serialized = new Map<string, string>();
    for (const record of records) {
      const checks = JSON.stringify(record.checks);
      const k = key(record.entityRef, record.scorecardId);
      serialized.set(k, checks);
      const old = previous.get(k);
      if (
        old &&
        old.checks === checks &&
        old.score === record.score &&
        old.level === record.levelIndex
      ) {
        continue;
      }
      toWrite.push({
        entity_ref: record.entityRef,
        scorecard_id: record.scorecardId,
        score: record.score,
        level_index: record.levelIndex,
        level_id: record.levelId ?? null,
        checks,
        failing: JSON.stringify(
          record.checks.filter(c => c.state === 'fail').map(c => c.checkId),
        ),
        evaluated_at: now,
        changed_at: now,
      });
    }

    const evaluated = new Set(serialized.keys());
    const stale = rows.filter(
      row => !evaluated.has(key(row.entity_ref, row.scorecard_id)),
    );
    if (toWrite.length === 0 && stale.length === 0 && !touch) {
      // The common case of a full run: nothing changed, nothing to write.
      return { changed: 0, historyRows: 0 };
    }

    return this.db.transaction(async tx => {
      const history = await this.upsertChanged(
        tx,
        toWrite,
        previous,
        serialized,
        now,
      );
      // Unchanged results were evaluated too. A full run skips this and
      // records its own time instead, so it does not rewrite every row.
      if (touch) {
        await tx(T.results)
          .whereIn('entity_ref', refs)
          .update({ evaluated_at: now });
      }
      // Results of scorecards that no longer apply to these entities go.
      for (const row of stale) {
        await tx(T.results)
          .where({ entity_ref: row.entity_ref, scorecard_id: row.scorecard_id })
          .delete();
      }

      return { changed: toWrite.length, historyRows: history.length };
    });
  }

  /** Upserts changed results and writes history for those really changed. */
  private async upsertChanged(
    tx: Knex.Transaction,
    toWrite: Array<Record<string, unknown>>,
    previous: Map<string, { checks: string; score: number; level: number }>,
    serialized: Map<string, string>,
    now: number,
  ): Promise<Array<Record<string, unknown>>> {
    const history: Array<Record<string, unknown>> = [];
    if (toWrite.length === 0) {
      return history;
    }
    const written = await bulkUpsert<{
      entity_ref: string;
      scorecard_id: string;
    }>(tx, {
      table: T.results,
      rows: toWrite,
      conflict: ['entity_ref', 'scorecard_id'],
      where:
        't.checks <> excluded.checks OR t.score <> excluded.score OR t.level_index <> excluded.level_index',
      returning: ['entity_ref', 'scorecard_id'],
    });

    for (const row of written) {
      const k = key(row.entity_ref, row.scorecard_id);
      const old = previous.get(k);
      if (!old) {
        continue;
      }
      history.push(
        ...diffChecks(
          JSON.parse(old.checks),
          JSON.parse(serialized.get(k)!),
        ).map(change => ({
          entity_ref: row.entity_ref,
          scorecard_id: row.scorecard_id,
          check_id: change.checkId,
          state: change.state,
          previous_state: change.previousState ?? null,
          message: change.message ?? null,
          changed_at: now,
        })),
      );
    }
    for (const part of chunks(history, CHUNK)) {
      await tx(T.history).insert(part);
    }

    return history;
  }

  /** Drops all results of entities that no scorecard applies to any more. */
  async deleteResultsForEntities(entityRefs: string[]): Promise<void> {
    for (const chunk of chunks(entityRefs, BULK_CHUNK)) {
      await this.db(T.results).whereIn('entity_ref', chunk).delete();
    }
  }

  /** Writes what roll-ups group entities by, skipping unchanged rows. */
  async upsertEntities(records: EntityRecord[], seenAt: Date): Promise<void> {
    for (const chunk of chunks(records, BULK_CHUNK)) {
      const existing = new Map<string, string>();
      const rows = await this.db(T.entities)
        .whereIn(
          'entity_ref',
          chunk.map(r => r.entityRef),
        )
        .select(
          'entity_ref',
          'kind',
          'title',
          'owner_ref',
          'system_ref',
          'domain_ref',
        );
      for (const row of rows) {
        existing.set(row.entity_ref, entityKey(row));
      }
      const changed = chunk
        .map(r => ({
          entity_ref: r.entityRef,
          kind: r.kind,
          title: r.title ?? null,
          owner_ref: r.ownerRef ?? null,
          system_ref: r.systemRef ?? null,
          domain_ref: r.domainRef ?? null,
          seen_at: seenAt.getTime(),
        }))
        .filter(row => existing.get(row.entity_ref) !== entityKey(row));
      await bulkUpsert(this.db, {
        table: T.entities,
        rows: changed,
        conflict: ['entity_ref'],
      });
    }
  }

  async getState(name: string): Promise<string | undefined> {
    const row = await this.db(T.state).where({ key: name }).first();
    return row?.value;
  }

  async setState(name: string, value: string): Promise<void> {
    await this.db(T.state)
      .insert({ key: name, value })
      .onConflict('key')
      .merge();
  }

  async getEntityResults(entityRef: string): Promise<StoredResult[]> {
    const rows = await this.db(T.results).where({ entity_ref: entityRef });
    return rows.map(row => ({
      entityRef: row.entity_ref,
      scorecardId: row.scorecard_id,
      score: Number(row.score),
      levelIndex: Number(row.level_index),
      levelId: row.level_id ?? undefined,
      checks: JSON.parse(row.checks) as EvaluatedCheck[],
      evaluatedAt: new Date(Number(row.evaluated_at)),
      changedAt: new Date(Number(row.changed_at)),
    }));
  }

  async getEntityTrend(
    entityRef: string,
    sinceDay: string,
  ): Promise<Array<{ scorecardId: string; day: string; score: number }>> {
    const rows = await this.db(T.snapshots)
      .where({ entity_ref: entityRef })
      .andWhere('day', '>=', sinceDay)
      .orderBy('day', 'asc');
    return rows.map(row => ({
      scorecardId: row.scorecard_id,
      day: row.day,
      score: Number(row.score),
    }));
  }

  async getEntityHistory(
    entityRef: string,
    options: { scorecardId?: string; limit: number },
  ): Promise<CheckResultChange[]> {
    const query = this.db(T.history)
      .where({ entity_ref: entityRef })
      .orderBy([
        { column: 'changed_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(options.limit);
    if (options.scorecardId) {
      query.andWhere({ scorecard_id: options.scorecardId });
    }
    const rows = await query;
    return rows.map(row => ({
      scorecardId: row.scorecard_id,
      checkId: row.check_id,
      state: row.state as CheckResultState,
      previousState: (row.previous_state ?? undefined) as
        | CheckResultState
        | undefined,
      message: row.message ?? undefined,
      changedAt: new Date(Number(row.changed_at)).toISOString(),
    }));
  }

  /** Records today's score of every current result (one row per day). */
  async snapshot(day: string): Promise<void> {
    await this.db.raw(
      `INSERT INTO ${T.snapshots} (entity_ref, scorecard_id, day, score, level_id)
       SELECT entity_ref, scorecard_id, ?, score, level_id FROM ${T.results} WHERE 1 = 1
       ON CONFLICT (entity_ref, scorecard_id, day)
       DO UPDATE SET score = excluded.score, level_id = excluded.level_id`,
      [day],
    );
  }

  async getFacts(
    entityRefs: string[],
  ): Promise<Map<string, Record<string, Record<string, unknown>>>> {
    const result = new Map<string, Record<string, Record<string, unknown>>>();
    for (const chunk of chunks(entityRefs, BULK_CHUNK)) {
      const rows = await this.db(T.facts)
        .whereIn('entity_ref', chunk)
        .whereNotNull('facts')
        .select('entity_ref', 'source', 'facts');
      for (const row of rows) {
        let bySource = result.get(row.entity_ref);
        if (!bySource) {
          // No prototype: sources are user-chosen ids.
          bySource = Object.create(null) as Record<
            string,
            Record<string, unknown>
          >;
          result.set(row.entity_ref, bySource);
        }
        bySource[row.source] = JSON.parse(row.facts);
      }
    }
    return result;
  }

  /**
   * Stores facts from one source. A record with `error` clears the source's
   * facts for that entity, so rules reading them become unknown.
   */
  async writeFacts(records: FactRecord[], now: Date): Promise<void> {
    for (const chunk of chunks(records, BULK_CHUNK)) {
      await bulkUpsert(this.db, {
        table: T.facts,
        rows: chunk.map(r => ({
          entity_ref: r.entityRef,
          source: r.source,
          facts: 'facts' in r ? JSON.stringify(r.facts) : null,
          error: 'error' in r ? r.error.slice(0, 2000) : null,
          collected_at: now.getTime(),
        })),
        conflict: ['entity_ref', 'source'],
      });
    }
  }

  async getRollupRows(
    filter: RollupFilter,
    scorecardId?: string,
  ): Promise<RollupRow[]> {
    const query = this.rollupQuery(filter).select(
      'e.entity_ref',
      'e.kind',
      'e.title',
      'e.owner_ref',
      'r.scorecard_id',
      'r.score',
      'r.level_id',
      'r.failing',
    );
    if (scorecardId) {
      query.andWhere('r.scorecard_id', scorecardId);
    }
    const rows = await query;
    return rows.map(toRollupRow);
  }

  /** The refs of the entities in a roll-up that have a result of one scorecard. */
  async getRollupEntityRefs(
    filter: RollupFilter,
    scorecardId: string,
  ): Promise<string[]> {
    const rows: Array<{ entity_ref: string }> = await this.rollupQuery(filter)
      .andWhere('r.scorecard_id', scorecardId)
      .select('e.entity_ref');
    return rows.map(r => r.entity_ref);
  }

  async listRollupEntities(
    filter: RollupFilter,
    options: RollupEntitiesOptions,
  ): Promise<{ rows: RollupRow[]; totalCount: number }> {
    const query = this.rollupQuery(filter).andWhere(
      'r.scorecard_id',
      options.scorecardId,
    );
    if (options.level === 'none') {
      query.whereNull('r.level_id');
    } else if (options.level) {
      query.andWhere('r.level_id', options.level);
    }
    if (options.q) {
      const like = `%${options.q
        .toLocaleLowerCase('en-US')
        .replace(/[%_\\]/g, c => `\\${c}`)}%`;
      query.andWhere(inner =>
        inner
          .whereRaw(`LOWER(e.entity_ref) LIKE ? ESCAPE '\\'`, [like])
          .orWhereRaw(`LOWER(e.title) LIKE ? ESCAPE '\\'`, [like]),
      );
    }
    // Chunked so that no single IN list grows past what the engines take.
    const hidden = options.hiddenRefs ?? [];
    for (let i = 0; i < hidden.length; i += 1000) {
      query.whereNotIn('e.entity_ref', hidden.slice(i, i + 1000));
    }
    const [{ count }] = await query.clone().count({ count: '*' });
    const rows = await query
      .select(
        'e.entity_ref',
        'e.kind',
        'e.title',
        'e.owner_ref',
        'r.scorecard_id',
        'r.score',
        'r.level_id',
        'r.failing',
      )
      .orderBy(
        options.orderBy === 'score'
          ? [
              { column: 'r.score', order: options.order },
              { column: 'e.entity_ref', order: 'asc' },
            ]
          : [{ column: 'e.entity_ref', order: options.order }],
      )
      .offset(options.offset)
      .limit(options.limit);
    return { rows: rows.map(toRollupRow), totalCount: Number(count) };
  }

  /**
   * Daily average score and level counts of the entities in a roll-up.
   *
   * TODO(cairn): groups entities by today's owner, System and Domain; keep
   * those on the snapshot rows so history follows past ownership.
   */
  async getRollupHistory(
    filter: RollupFilter,
    scorecardId: string,
    sinceDay: string,
  ): Promise<
    Array<{ day: string; levelId?: string; count: number; scoreSum: number }>
  > {
    const query = this.db({ s: T.snapshots })
      .join({ e: T.entities }, 'e.entity_ref', 's.entity_ref')
      .where('s.scorecard_id', scorecardId)
      .andWhere('s.day', '>=', sinceDay)
      .groupBy('s.day', 's.level_id')
      .select('s.day', 's.level_id')
      .count({ count: '*' })
      .sum({ score_sum: 's.score' })
      .orderBy('s.day', 'asc');
    applyRollupFilter(query, filter);
    const rows: Array<Record<string, unknown>> = await query;
    return rows.map(row => ({
      day: String(row.day),
      levelId: (row.level_id as string | null) ?? undefined,
      count: Number(row.count),
      scoreSum: Number(row.score_sum),
    }));
  }

  /** Counts and score sums per owner and level, for the leaderboard. */
  async aggregateByOwner(scorecardId: string): Promise<LevelAggregate[]> {
    const rows = await this.db({ r: T.results })
      .join({ e: T.entities }, 'e.entity_ref', 'r.entity_ref')
      .where('r.scorecard_id', scorecardId)
      .whereNotNull('e.owner_ref')
      .groupBy('e.owner_ref', 'r.level_id')
      .select('e.owner_ref', 'r.level_id')
      .count({ count: '*' })
      .sum({ score_sum: 'r.score' });
    return (rows as Array<Record<string, unknown>>).map(row => ({
      key: String(row.owner_ref),
      levelId: (row.level_id as string | null) ?? undefined,
      count: Number(row.count),
      scoreSum: Number(row.score_sum),
    }));
  }

  async createExemption(record: ExemptionRecord): Promise<void> {
    await this.db(T.exemptions).insert({
      id: record.id,
      entity_ref: record.entityRef,
      scorecard_id: record.scorecardId,
      check_id: record.checkId,
      reason: record.reason,
      expires_at: record.expiresAt.getTime(),
      created_by: record.createdBy,
      created_at: record.createdAt.getTime(),
    });
  }

  async getExemption(id: string): Promise<ExemptionRecord | undefined> {
    const row = await this.db(T.exemptions).where({ id }).first();
    return row ? toExemption(row) : undefined;
  }

  async deleteExemption(id: string): Promise<boolean> {
    return (await this.db(T.exemptions).where({ id }).delete()) > 0;
  }

  /** Whether an exemption of the entity expired after `since`, up to `now`. */
  async hasExemptionExpiredSince(
    entityRef: string,
    since: Date,
    now: Date,
  ): Promise<boolean> {
    const row = await this.db(T.exemptions)
      .where({ entity_ref: entityRef })
      .andWhere('expires_at', '>', since.getTime())
      .andWhere('expires_at', '<=', now.getTime())
      .first('id');
    return Boolean(row);
  }

  /** Exemptions that have not expired, optionally for some entities only. */
  async listActiveExemptions(
    now: Date,
    entityRefs?: string[],
  ): Promise<ExemptionRecord[]> {
    const query = this.db(T.exemptions)
      .where('expires_at', '>', now.getTime())
      .orderBy('created_at', 'desc');
    if (entityRefs) {
      query.whereIn('entity_ref', entityRefs);
    }
    return (await query).map(toExemption);
  }

  /**
   * Removes what retention no longer keeps: entities not in
   * `keepEntityRefs` (with their results, facts and history), and history,
   * snapshots and expired exemptions older than `olderThan`. Also drops
   * results of scorecards no longer defined.
   */
  async cleanUp(options: {
    keepEntityRefs?: ReadonlySet<string>;
    olderThan: Date;
    scorecardIds: string[];
  }): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    const cutoff = options.olderThan.getTime();
    const keep = options.keepEntityRefs;
    if (keep) {
      const gone = (await this.db(T.entities).select('entity_ref'))
        .map(row => row.entity_ref as string)
        .filter(ref => !keep.has(ref));
      for (const chunk of chunks(gone, CHUNK)) {
        for (const table of [T.results, T.facts, T.snapshots, T.history]) {
          await this.db(table).whereIn('entity_ref', chunk).delete();
        }
        await this.db(T.entities).whereIn('entity_ref', chunk).delete();
      }
      counts.entities = gone.length;
    }
    counts.results = await this.db(T.results)
      .whereNotIn(
        'scorecard_id',
        options.scorecardIds.length ? options.scorecardIds : [''],
      )
      .delete();
    counts.history = await this.db(T.history)
      .where('changed_at', '<', cutoff)
      .delete();
    counts.snapshots = await this.db(T.snapshots)
      .where('day', '<', isoDay(options.olderThan))
      .delete();
    counts.exemptions = await this.db(T.exemptions)
      .where('expires_at', '<', cutoff)
      .delete();
    return counts;
  }

  /**
   * Refreshes PostgreSQL's planner statistics after bulk changes. Until
   * autovacuum gets to a freshly filled table the planner believes it is
   * empty and scans it whole for every page's lookups.
   */
  async analyze(): Promise<void> {
    if (this.db.client.config.client !== 'pg') {
      return;
    }
    await this.db.raw(
      `ANALYZE ${[T.results, T.entities, T.facts, T.snapshots].join(', ')}`,
    );
  }

  private rollupQuery(filter: RollupFilter) {
    const query = this.db({ r: T.results }).join(
      { e: T.entities },
      'e.entity_ref',
      'r.entity_ref',
    );
    applyRollupFilter(query, filter);
    return query;
  }
}

function entityKey(row: Record<string, unknown>): string {
  return JSON.stringify([
    row.kind,
    row.title ?? null,
    row.owner_ref ?? null,
    row.system_ref ?? null,
    row.domain_ref ?? null,
  ]);
}

function applyRollupFilter(query: Knex.QueryBuilder, filter: RollupFilter) {
  if ('ownerRefs' in filter) {
    // whereIn with an empty list matches nothing, which is right.
    query.whereIn('e.owner_ref', filter.ownerRefs);
  } else if ('systemRef' in filter) {
    query.where('e.system_ref', filter.systemRef);
  } else {
    query.where('e.domain_ref', filter.domainRef);
  }
}

/**
 * Differences between two check lists, as history entries.
 */
function diffChecks(
  before: EvaluatedCheck[],
  after: EvaluatedCheck[],
): Array<Omit<CheckResultChange, 'scorecardId' | 'changedAt'>> {
  const old = new Map(before.map(c => [c.checkId, c]));
  const changes = [];
  for (const check of after) {
    const previous = old.get(check.checkId);
    if (!previous || previous.state !== check.state) {
      changes.push({
        checkId: check.checkId,
        state: check.state,
        previousState: previous?.state,
        message: check.message,
      });
    }
  }
  return changes;
}

function toRollupRow(row: Record<string, unknown>): RollupRow {
  return {
    entityRef: row.entity_ref as string,
    kind: row.kind as string,
    title: (row.title as string | null) ?? undefined,
    ownerRef: (row.owner_ref as string | null) ?? undefined,
    scorecardId: row.scorecard_id as string,
    score: Number(row.score),
    levelId: (row.level_id as string | null) ?? undefined,
    failing: JSON.parse(row.failing as string),
  };
}

function toExemption(row: Record<string, unknown>): ExemptionRecord {
  return {
    id: row.id as string,
    entityRef: row.entity_ref as string,
    scorecardId: row.scorecard_id as string,
    checkId: row.check_id as string,
    reason: row.reason as string,
    expiresAt: new Date(Number(row.expires_at)),
    createdBy: row.created_by as string,
    createdAt: new Date(Number(row.created_at)),
  };
}

function key(entityRef: string, scorecardId: string): string {
  return `${entityRef}\u0000${scorecardId}`;
}

/** Chunks that keep all results of one entity together. */
function* chunksByEntity(
  records: ResultRecord[],
  size: number,
): Generator<ResultRecord[]> {
  const byEntity = new Map<string, ResultRecord[]>();
  for (const record of records) {
    const list = byEntity.get(record.entityRef);
    if (list) {
      list.push(record);
    } else {
      byEntity.set(record.entityRef, [record]);
    }
  }
  let chunk: ResultRecord[] = [];
  for (const list of byEntity.values()) {
    chunk.push(...list);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) {
    yield chunk;
  }
}

function* chunks<V>(items: V[], size: number): Generator<V[]> {
  for (let i = 0; i < items.length; i += size) {
    yield items.slice(i, i + size);
  }
}

/**
 * The UTC day of a time, as `YYYY-MM-DD`.
 *
 * @public
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
