/* eslint-disable no-console */
// The benchmark prints its figures; it is a script, not plugin source.
import { LoggerService } from '@backstage/backend-plugin-api';
import { mockCredentials } from '@backstage/backend-test-utils';
import { collectDescendantGroups } from '@cairn/plugin-ownership-common';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { OwnershipIndex } from '../src/index/OwnershipIndex';
import { OwnershipIndexManager } from '../src/index/OwnershipIndexManager';
import { OwnershipService } from '../src/service/OwnershipService';
import { VisibilityFilter } from '../src/service/VisibilityFilter';
import { BenchCatalog } from './BenchCatalog';
import { generateCatalog } from './generateCatalog';

const SIZES = (process.env.BENCH_SIZES ?? '10000,100000')
  .split(',')
  .map(Number);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 1000);

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

async function time<T>(
  samples: number,
  pick: (i: number) => T,
  run: (x: T) => Promise<unknown>,
) {
  for (let i = 0; i < Math.min(50, samples); i++) await run(pick(i)); // warm
  const took: number[] = [];
  for (let i = 0; i < samples; i++) {
    const x = pick(i);
    const start = performance.now();
    await run(x);
    took.push(performance.now() - start);
  }
  took.sort((a, b) => a - b);
  return { p50: percentile(took, 0.5), p99: percentile(took, 0.99) };
}

function heapMb() {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

const fmt = (n: number) => n.toFixed(2);

const silentLogger: LoggerService = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child: () => silentLogger,
};

async function bench(size: number) {
  const synthetic = generateCatalog(size);
  const catalog = new BenchCatalog(synthetic.entities);

  const heapBefore = heapMb();
  const manager = new OwnershipIndexManager({
    catalog,
    auth: { getOwnServiceCredentials: async () => mockCredentials.service() },
    logger: silentLogger,
    pageSize: 1000,
    maxAgeSeconds: 3600,
    placeholderOwners: ['unknown', 'guest', 'tbd'],
    maxGroupDepth: 32,
  });
  const buildStart = performance.now();
  const index = await manager.getIndex();
  const buildMs = performance.now() - buildStart;
  const heapAfter = heapMb();

  const rows = [];
  for (const policy of ['allow', 'conditional'] as const) {
    rows.push({
      policy,
      ...(await measure(policy, manager, catalog, synthetic, index)),
    });
  }
  return { size: index.size, buildMs, heapMb: heapAfter - heapBefore, rows };
}

async function measure(
  policy: 'allow' | 'conditional',
  manager: OwnershipIndexManager,
  catalog: BenchCatalog,
  synthetic: ReturnType<typeof generateCatalog>,
  index: OwnershipIndex,
) {
  const credentials = mockCredentials.user('user:default/team-0-u1');
  // "allow": the policy allows catalog.entity.read outright (as the
  // allow-all policy does). "conditional": the decision depends on the
  // entity, so every answer is filtered by a getEntitiesByRefs call.
  const permissions = {
    authorizeConditional: async () => [
      policy === 'allow'
        ? { result: AuthorizeResult.ALLOW as const }
        : {
            result: AuthorizeResult.CONDITIONAL as const,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'IS_ENTITY_OWNER',
              resourceType: 'catalog-entity',
              params: {},
            },
          },
    ],
  };
  const service = new OwnershipService(
    manager,
    new VisibilityFilter(catalog, permissions),
    [],
  );

  const lookup = await time(
    SAMPLES,
    i => synthetic.ownable[(i * 7919) % synthetic.ownable.length],
    ref => service.entityOwnership(ref, credentials),
  );
  const search = await time(
    SAMPLES,
    i => synthetic.queries[i % synthetic.queries.length],
    q => service.search(q, 20, credentials),
  );

  const report = await time(
    50,
    i => (i % 2 === 0 ? undefined : 'component'),
    kind => service.report({ kind, offset: 0, limit: 50 }, credentials),
  );

  const groups = synthetic.parentGroups;
  const teamSamples = Math.min(SAMPLES, 200);
  const cairnTeam = await time(
    teamSamples,
    i => groups[i % groups.length],
    g =>
      service.groupOwned(
        g,
        { transitive: true, offset: 0, limit: 50 },
        credentials,
      ),
  );

  // The org plugin's way: walk the hierarchy with one catalog call per
  // group for its children, then one call per group for what it owns.
  const callsBefore = catalog.calls;
  const orgTeam = await time(
    teamSamples,
    i => groups[i % groups.length],
    async g => {
      const refs = [g];
      for (let n = 0; n < refs.length; n++) {
        const { items } = await catalog.getEntities({
          filter: { 'relations.childOf': refs[n] },
        });
        for (const child of items) {
          refs.push(`group:default/${child.metadata.name}`);
        }
      }
      const owned = [];
      for (const ref of refs) {
        owned.push(
          ...(
            await catalog.getEntities({
              filter: { 'relations.ownedBy': ref },
            })
          ).items,
        );
      }
      return owned;
    },
  );
  const orgCalls =
    (catalog.calls - callsBefore) / (teamSamples + Math.min(50, teamSamples));
  const meanGroups =
    groups.reduce(
      (sum, g) =>
        sum + collectDescendantGroups(g, index.childrenOf).refs.length + 1,
      0,
    ) / groups.length;

  return {
    report,
    lookup,
    search,
    cairnTeam,
    orgTeam,
    orgCalls,
    meanGroups,
  };
}

async function main() {
  if (!global.gc) {
    console.log('(run with --expose-gc for heap figures)');
  }
  const results = [];
  for (const size of SIZES) {
    results.push(await bench(size));
  }

  console.log('| entities | index build ms | heap growth MB |');
  console.log('|---|---|---|');
  for (const r of results) {
    console.log(
      `| ${r.size} | ${r.buildMs.toFixed(0)} | ${r.heapMb.toFixed(0)} |`,
    );
  }
  console.log();
  console.log(
    [
      'entities',
      'read policy',
      'lookup p50 / p99 ms',
      'search p50 / p99 ms',
      'team view p50 / p99 ms',
      'org-style team view p50 / p99 ms',
      'org-style calls per view',
      'org-style / Cairn p50',
      'org-style / Cairn p99',
      'report p50 / p99 ms',
    ]
      .join(' | ')
      .replace(/^(.*)$/, '| $1 |'),
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    for (const m of r.rows) {
      const cells = [
        r.size,
        m.policy,
        `${fmt(m.lookup.p50)} / ${fmt(m.lookup.p99)}`,
        `${fmt(m.search.p50)} / ${fmt(m.search.p99)}`,
        `${fmt(m.cairnTeam.p50)} / ${fmt(m.cairnTeam.p99)}`,
        `${fmt(m.orgTeam.p50)} / ${fmt(m.orgTeam.p99)}`,
        `${m.orgCalls.toFixed(0)} (${m.meanGroups.toFixed(0)} groups)`,
        `${(m.orgTeam.p50 / m.cairnTeam.p50).toFixed(1)}x`,
        `${(m.orgTeam.p99 / m.cairnTeam.p99).toFixed(1)}x`,
        `${fmt(m.report.p50)} / ${fmt(m.report.p99)}`,
      ];
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
