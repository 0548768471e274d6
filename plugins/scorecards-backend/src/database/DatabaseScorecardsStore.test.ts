import {
  mockServices,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { DatabaseScorecardsStore } from './DatabaseScorecardsStore';
import { ResultRecord } from './types';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

async function createStore(databaseId: TestDatabaseId) {
  const knex = await databases.init(databaseId);
  const store = await DatabaseScorecardsStore.create({
    database: mockServices.database({ knex, migrations: { skip: false } }),
  });
  return { knex, store };
}

function result(
  entityRef: string,
  states: Array<'pass' | 'fail' | 'unknown'>,
  overrides: Partial<ResultRecord> = {},
): ResultRecord {
  const passed = states.filter(s => s === 'pass').length;
  return {
    entityRef,
    scorecardId: 'docs',
    score: Math.round((passed / states.length) * 1000) / 10,
    levelIndex: states[0] === 'pass' ? 0 : -1,
    levelId: states[0] === 'pass' ? 'bronze' : undefined,
    checks: states.map((state, i) => ({ checkId: `c${i}`, state })),
    ...overrides,
  };
}

describe.each(databases.eachSupportedId())(
  'DatabaseScorecardsStore on %s',
  databaseId => {
    it('writes history only for changed check results', async () => {
      const { knex, store } = await createStore(databaseId);
      const t0 = new Date('2026-12-01T10:00:00Z');

      await expect(
        store.writeResults(
          [result('component:default/a', ['pass', 'fail'])],
          t0,
        ),
      ).resolves.toEqual({ changed: 1, historyRows: 0 });

      // Same results: nothing rewritten, evaluated time moves on.
      const t1 = new Date('2026-12-01T11:00:00Z');
      await expect(
        store.writeResults(
          [result('component:default/a', ['pass', 'fail'])],
          t1,
        ),
      ).resolves.toEqual({ changed: 0, historyRows: 0 });
      const [stored] = await store.getEntityResults('component:default/a');
      expect(stored.evaluatedAt).toEqual(t1);
      expect(stored.changedAt).toEqual(t0);

      const t2 = new Date('2026-12-02T10:00:00Z');
      await expect(
        store.writeResults(
          [result('component:default/a', ['pass', 'pass'])],
          t2,
        ),
      ).resolves.toEqual({ changed: 1, historyRows: 1 });

      const history = await store.getEntityHistory('component:default/a', {
        limit: 10,
      });
      expect(history).toEqual([
        {
          scorecardId: 'docs',
          checkId: 'c1',
          state: 'pass',
          previousState: 'fail',
          message: undefined,
          changedAt: t2.toISOString(),
        },
      ]);
      expect(await knex('scorecards_results').count({ n: '*' })).toEqual([
        { n: databaseId === 'SQLITE_3' ? 1 : '1' },
      ]);
    });

    it('writes each result exactly once under concurrent writers', async () => {
      const { knex, store } = await createStore(databaseId);
      const other = await DatabaseScorecardsStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      const refs = Array.from(
        { length: 300 },
        (_, i) => `component:default/e${i}`,
      );
      const now = new Date('2026-12-01T10:00:00Z');
      await store.writeResults(
        refs.map(r => result(r, ['fail', 'fail'])),
        now,
      );

      const later = new Date('2026-12-01T11:00:00Z');
      const next = refs.map(r => result(r, ['pass', 'fail']));
      const outcomes = await Promise.all([
        store.writeResults(next, later),
        other.writeResults(next, later),
      ]);

      const historyCount = await knex('scorecards_history').count({ n: '*' });
      expect(Number(historyCount[0].n)).toBe(300);
      expect(outcomes[0].historyRows + outcomes[1].historyRows).toBe(300);
    });

    it('writes large batches of results and facts', async () => {
      const { knex, store } = await createStore(databaseId);
      const refs = Array.from(
        { length: 1200 },
        (_, i) => `component:default/big-${i}`,
      );
      const now = new Date();
      await store.writeFacts(
        refs.map(entityRef => ({
          entityRef,
          source: 'ci',
          facts: { coverage: 1 },
        })),
        now,
      );
      await store.upsertEntities(
        refs.map(entityRef => ({ entityRef, kind: 'Component' })),
        now,
      );
      const outcome = await store.writeResults(
        refs.flatMap(r => [
          result(r, ['pass']),
          result(r, ['fail'], { scorecardId: 'other' }),
        ]),
        now,
      );
      expect(outcome.changed).toBe(2400);
      expect(
        Number((await knex('scorecards_facts').count({ n: '*' }))[0].n),
      ).toBe(1200);
      expect((await store.getFacts(refs)).size).toBe(1200);
    });

    it('drops results of scorecards that stopped applying', async () => {
      const { store } = await createStore(databaseId);
      const now = new Date();
      await store.writeResults(
        [
          result('component:default/a', ['pass']),
          result('component:default/a', ['pass'], { scorecardId: 'security' }),
        ],
        now,
      );
      await store.writeResults([result('component:default/a', ['pass'])], now);
      const stored = await store.getEntityResults('component:default/a');
      expect(stored.map(s => s.scorecardId)).toEqual(['docs']);
    });

    it('rolls up by owner, system and domain with paging and search', async () => {
      const { store } = await createStore(databaseId);
      const now = new Date('2026-12-03T10:00:00Z');
      await store.upsertEntities(
        [
          {
            entityRef: 'component:default/a',
            kind: 'Component',
            title: 'Alpha',
            ownerRef: 'group:default/t1',
            systemRef: 'system:default/s',
            domainRef: 'domain:default/d',
          },
          {
            entityRef: 'component:default/b',
            kind: 'Component',
            ownerRef: 'group:default/t2',
            systemRef: 'system:default/s',
          },
          {
            entityRef: 'component:default/c',
            kind: 'Component',
            ownerRef: 'group:default/t3',
          },
        ],
        now,
      );
      await store.writeResults(
        [
          result('component:default/a', ['pass', 'pass']),
          result('component:default/b', ['pass', 'fail']),
          result('component:default/c', ['fail', 'fail']),
        ],
        now,
      );

      const rows = await store.getRollupRows({
        ownerRefs: ['group:default/t1', 'group:default/t2'],
      });
      expect(
        rows.map(r => [r.entityRef, r.score, r.levelId, r.failing]),
      ).toEqual(
        expect.arrayContaining([
          ['component:default/a', 100, 'bronze', []],
          ['component:default/b', 50, 'bronze', ['c1']],
        ]),
      );
      expect(rows).toHaveLength(2);
      expect(
        await store.getRollupRows({ systemRef: 'system:default/s' }),
      ).toHaveLength(2);
      expect(
        await store.getRollupRows({ domainRef: 'domain:default/d' }),
      ).toHaveLength(1);
      expect(await store.getRollupRows({ ownerRefs: [] })).toHaveLength(0);

      const page = await store.listRollupEntities(
        {
          ownerRefs: [
            'group:default/t1',
            'group:default/t2',
            'group:default/t3',
          ],
        },
        {
          scorecardId: 'docs',
          orderBy: 'score',
          order: 'desc',
          offset: 1,
          limit: 1,
        },
      );
      expect(page.totalCount).toBe(3);
      expect(page.rows.map(r => r.entityRef)).toEqual(['component:default/b']);

      const none = await store.listRollupEntities(
        { ownerRefs: ['group:default/t1', 'group:default/t3'] },
        {
          scorecardId: 'docs',
          level: 'none',
          orderBy: 'name',
          order: 'asc',
          offset: 0,
          limit: 10,
        },
      );
      expect(none.rows.map(r => r.entityRef)).toEqual(['component:default/c']);

      const search = await store.listRollupEntities(
        { systemRef: 'system:default/s' },
        {
          scorecardId: 'docs',
          q: 'ALPH',
          orderBy: 'name',
          order: 'asc',
          offset: 0,
          limit: 10,
        },
      );
      expect(search.rows.map(r => r.entityRef)).toEqual([
        'component:default/a',
      ]);
      const literal = await store.listRollupEntities(
        { systemRef: 'system:default/s' },
        {
          scorecardId: 'docs',
          q: '%',
          orderBy: 'name',
          order: 'asc',
          offset: 0,
          limit: 10,
        },
      );
      expect(literal.totalCount).toBe(0);

      const byOwner = await store.aggregateByOwner('docs');
      expect(byOwner).toEqual(
        expect.arrayContaining([
          {
            key: 'group:default/t1',
            levelId: 'bronze',
            count: 1,
            scoreSum: 100,
          },
          {
            key: 'group:default/t3',
            levelId: undefined,
            count: 1,
            scoreSum: 0,
          },
        ]),
      );
    });

    it('keeps one snapshot per day and reports trends and roll-up history', async () => {
      const { store } = await createStore(databaseId);
      const now = new Date('2026-12-03T10:00:00Z');
      await store.upsertEntities(
        [
          {
            entityRef: 'component:default/a',
            kind: 'Component',
            ownerRef: 'group:default/t1',
          },
        ],
        now,
      );
      await store.writeResults(
        [result('component:default/a', ['fail', 'fail'])],
        now,
      );
      await store.snapshot('2026-12-02');
      await store.writeResults(
        [result('component:default/a', ['pass', 'fail'])],
        now,
      );
      await store.snapshot('2026-12-03');
      await store.writeResults(
        [result('component:default/a', ['pass', 'pass'])],
        now,
      );
      await store.snapshot('2026-12-03');

      expect(
        await store.getEntityTrend('component:default/a', '2026-11-01'),
      ).toEqual([
        { scorecardId: 'docs', day: '2026-12-02', score: 0 },
        { scorecardId: 'docs', day: '2026-12-03', score: 100 },
      ]);
      expect(
        await store.getRollupHistory(
          { ownerRefs: ['group:default/t1'] },
          'docs',
          '2026-12-01',
        ),
      ).toEqual([
        { day: '2026-12-02', levelId: undefined, count: 1, scoreSum: 0 },
        { day: '2026-12-03', levelId: 'bronze', count: 1, scoreSum: 100 },
      ]);
    });

    it('stores facts and errors per source', async () => {
      const { store } = await createStore(databaseId);
      const now = new Date();
      await store.writeFacts(
        [
          {
            entityRef: 'component:default/a',
            source: 'ci',
            facts: { coverage: 80 },
          },
          {
            entityRef: 'component:default/a',
            source: 'repository',
            facts: { hasReadme: true },
          },
          {
            entityRef: 'component:default/b',
            source: 'repository',
            error: 'boom',
          },
        ],
        now,
      );
      await store.writeFacts(
        [
          {
            entityRef: 'component:default/a',
            source: 'repository',
            error: 'rate limited',
          },
        ],
        now,
      );
      const facts = await store.getFacts([
        'component:default/a',
        'component:default/b',
      ]);
      expect({ ...facts.get('component:default/a') }).toEqual({
        ci: { coverage: 80 },
      });
      expect(facts.has('component:default/b')).toBe(false);
    });

    it('lists active exemptions and cleans up by retention', async () => {
      const { store } = await createStore(databaseId);
      const now = new Date('2026-12-03T10:00:00Z');
      const base = {
        scorecardId: 'docs',
        checkId: 'c0',
        reason: 'r',
        createdBy: 'user:default/x',
        createdAt: now,
      };
      await store.createExemption({
        ...base,
        id: 'x1',
        entityRef: 'component:default/a',
        expiresAt: new Date('2026-12-10T00:00:00Z'),
      });
      await store.createExemption({
        ...base,
        id: 'x2',
        entityRef: 'component:default/a',
        expiresAt: new Date('2026-01-01T00:00:00Z'),
      });
      expect((await store.listActiveExemptions(now)).map(e => e.id)).toEqual([
        'x1',
      ]);
      expect(
        await store.listActiveExemptions(now, ['component:default/b']),
      ).toEqual([]);

      await store.upsertEntities(
        [{ entityRef: 'component:default/gone', kind: 'Component' }],
        new Date('2026-12-01T00:00:00Z'),
      );
      await store.upsertEntities(
        [{ entityRef: 'component:default/a', kind: 'Component' }],
        now,
      );
      await store.writeResults(
        [
          result('component:default/gone', ['pass']),
          result('component:default/a', ['pass']),
          result('component:default/a', ['pass'], { scorecardId: 'removed' }),
        ],
        now,
      );
      const counts = await store.cleanUp({
        keepEntityRefs: new Set(['component:default/a']),
        olderThan: new Date('2026-06-01T00:00:00Z'),
        scorecardIds: ['docs'],
      });
      expect(counts).toMatchObject({ entities: 1, results: 1, exemptions: 1 });
      expect(await store.getEntityResults('component:default/gone')).toEqual(
        [],
      );
      expect(
        (await store.getEntityResults('component:default/a')).map(
          r => r.scorecardId,
        ),
      ).toEqual(['docs']);
      expect(
        await store.hasExemptionExpiredSince(
          'component:default/a',
          new Date('2026-12-09T00:00:00Z'),
          new Date('2026-12-11T00:00:00Z'),
        ),
      ).toBe(true);
      expect(
        await store.hasExemptionExpiredSince(
          'component:default/a',
          new Date('2026-12-03T00:00:00Z'),
          new Date('2026-12-05T00:00:00Z'),
        ),
      ).toBe(false);
      expect(await store.deleteExemption('x1')).toBe(true);
      expect(await store.deleteExemption('x1')).toBe(false);
    });
  },
);
