import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { Knex } from 'knex';
import request from 'supertest';
import { scorecardsPlugin } from '../plugin';
import { testConfig, testEntities } from '../__fixtures__/catalog';
import { pagedCatalogFactory } from '../__fixtures__/pagedCatalog';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

function components(
  howMany: number,
  described: (i: number) => boolean,
): Entity[] {
  return Array.from({ length: howMany }, (_, i) => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: `svc-${i}`,
      namespace: 'default',
      ...(described(i) ? { description: `Service ${i}` } : {}),
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: i % 2 ? 'team-a' : 'team-b',
    },
  }));
}

async function startInstance(knex: Knex, entities: () => Entity[]) {
  const tasks: SchedulerServiceTaskInvocationDefinition[] = [];
  const scheduler = mockServices.scheduler.mock({
    scheduleTask: jest.fn(async task => {
      tasks.push(task);
    }),
  });
  const { server } = await startTestBackend({
    features: [
      scorecardsPlugin,
      scheduler.factory,
      pagedCatalogFactory(entities),
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          ...testConfig,
          scorecards: { ...testConfig.scorecards, pageSize: 250 },
        },
      }),
    ],
  });
  const task = tasks.find(t => t.id === 'scorecards-evaluate');
  if (!task) {
    throw new Error('evaluation task was not scheduled');
  }
  const run = () => task.fn(new AbortController().signal) as Promise<void>;
  return Object.assign(run, { server });
}

async function count(knex: Knex, table: string): Promise<number> {
  const [row] = await knex(table).count({ n: '*' });
  return Number(row.n);
}

describe.each(databases.eachSupportedId())(
  'evaluation task on %s',
  databaseId => {
    it('evaluates the catalog in pages, snapshots it and forgets entities that left', async () => {
      const knex = await databases.init(databaseId);
      let entities = [...testEntities, ...components(600, () => true)];
      const run = await startInstance(knex, () => entities);

      await run();
      // 600 generated + cart, checkout, legacy, secret.
      expect(await count(knex, 'scorecards_results')).toBe(604);
      expect(await count(knex, 'scorecards_entities')).toBe(604);
      expect(await count(knex, 'scorecards_snapshots')).toBe(604);
      expect(await count(knex, 'scorecards_history')).toBe(0);
      const cart = await knex('scorecards_entities')
        .where({ entity_ref: 'component:default/cart' })
        .first();
      expect(cart).toMatchObject({
        owner_ref: 'group:default/team-a',
        system_ref: 'system:default/shop',
        domain_ref: 'domain:default/commerce',
      });
      const history = await request(run.server).get(
        '/api/scorecards/rollups/group/default/team-a/history?scorecard=basics&days=7',
      );
      expect(history.body.points).toHaveLength(1);
      expect(history.body.points[0].levelDistribution).toEqual([
        { levelId: null, count: 301 },
        { levelId: 'bronze', count: 1 },
        { levelId: 'silver', count: 0 },
      ]);
      const legacy = await knex('scorecards_entities')
        .where({ entity_ref: 'component:default/legacy' })
        .first();
      expect(legacy.owner_ref).toBeNull();

      // 100 lose their description, 50 leave the catalog.
      entities = [...testEntities, ...components(550, i => i >= 100)];
      await run();
      expect(await count(knex, 'scorecards_results')).toBe(554);
      expect(await count(knex, 'scorecards_entities')).toBe(554);
      expect(await count(knex, 'scorecards_history')).toBe(100);
      const changed = await knex('scorecards_history').where({
        entity_ref: 'component:default/svc-7',
      });
      expect(changed).toEqual([
        expect.objectContaining({
          check_id: 'description',
          state: 'fail',
          previous_state: 'pass',
        }),
      ]);
    });
  },
);

describe('two backends against one PostgreSQL', () => {
  const pg = databases
    .eachSupportedId()
    .filter(([id]) => id.startsWith('POSTGRES'));

  it.each(pg)(
    'run the task at the same time and write each result exactly once (%s)',
    async databaseId => {
      const knex = await databases.init(databaseId);
      let entities = [...testEntities, ...components(800, () => true)];
      const runA = await startInstance(knex, () => entities);
      const runB = await startInstance(knex, () => entities);

      await Promise.all([runA(), runB()]);
      expect(await count(knex, 'scorecards_results')).toBe(804);
      expect(await count(knex, 'scorecards_history')).toBe(0);

      entities = [...testEntities, ...components(800, i => i % 4 !== 0)];
      await Promise.all([runA(), runB()]);
      expect(await count(knex, 'scorecards_results')).toBe(804);
      // Exactly one history row per changed check, not one per instance.
      expect(await count(knex, 'scorecards_history')).toBe(200);
      const perEntity = await knex('scorecards_history')
        .select('entity_ref')
        .count({ n: '*' })
        .groupBy('entity_ref')
        .having(knex.raw('count(*) > 1'));
      expect(perEntity).toEqual([]);
      expect(await count(knex, 'scorecards_snapshots')).toBe(804);
    },
  );
});
