/*
 * yarn bench:golden-paths
 *
 * Times cairn:policy:validate against a 10,000-entity catalog and prints
 * p50/p95/p99. By default the catalog is the real catalog backend on an
 * in-memory SQLite database, reached over HTTP as in a deployed backend;
 * BENCH_CATALOG=memory uses the in-memory catalog mock instead. GitHub is
 * answered by a local HTTP server standing in for its API (404 for every
 * repository), so there is no internet latency in the figures.
 */
import { mockServices } from '@backstage/backend-test-utils';
import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { JsonObject } from '@backstage/types';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createPolicyValidateAction } from '../src/actions/policyValidate';
import { readGoldenPathsConfig } from '../src/config/readGoldenPathsConfig';
import { generateCatalog } from './catalog';
import { startCatalogWith } from './catalogBackend';
import { timedCatalog } from './timedCatalog';

const SIZE = Number(process.env.BENCH_ENTITIES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 300);
const WARMUP = 30;

const silent = {
  error() {},
  warn() {},
  info() {},
  debug() {},
  child() {
    return silent;
  },
};

function percentile(sorted: number[], p: number) {
  return sorted[
    Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  ];
}

async function main() {
  const { entities, teams, usersByTeam, systemsByTeam } = generateCatalog(SIZE);
  // A stand-in for the GitHub API: no repository exists yet.
  const github = createServer((_req, res) => {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"message":"Not Found"}');
  });
  await new Promise<void>(resolve => github.listen(0, '127.0.0.1', resolve));
  const githubApi = `http://127.0.0.1:${
    (github.address() as AddressInfo).port
  }`;

  const config = new ConfigReader({
    integrations: {
      github: [
        { host: 'github.com', apiBaseUrl: githubApi, token: 'bench-token' },
      ],
    },
    goldenPaths: {
      policies: {
        service: {
          naming: { pattern: '^[a-z][a-z0-9-]*$', minLength: 3, maxLength: 40 },
          owners: [
            {
              group: 'group:default/bench-org',
              githubOrganizations: ['bench'],
            },
          ],
          lifecycles: ['experimental', 'production'],
        },
      },
    },
  });
  const started = performance.now();
  let catalog: CatalogService;
  let auth: AuthService;
  let stop = async () => {};
  if (process.env.BENCH_CATALOG === 'memory') {
    catalog = catalogServiceMock({ entities });
    auth = mockServices.auth();
  } else {
    ({ catalog, auth, stop } = await startCatalogWith(entities));
  }
  const ingest = ((performance.now() - started) / 1000).toFixed(1);
  const timing = timedCatalog(catalog);
  const action = createPolicyValidateAction({
    config: readGoldenPathsConfig(config),
    catalog: timing.catalog,
    auth,
    integrations: ScmIntegrations.fromConfig(config),
  });

  const users = new Map<string, Entity | undefined>();
  const serviceCredentials = await auth.getOwnServiceCredentials();
  for (const user of usersByTeam.values()) {
    users.set(
      user,
      await catalog.getEntityByRef(`user:default/${user}`, {
        credentials: serviceCredentials,
      }),
    );
  }

  const scenarios: Array<{ label: string; input: (i: number) => JsonObject }> =
    [
      {
        label: 'catalog checks only',
        input: i => ({ checkRepository: false, ...base(i) }),
      },
      { label: 'catalog + GitHub repository check', input: i => base(i) },
    ];
  function base(i: number) {
    const team = teams[i % teams.length];
    return {
      policy: 'service',
      name: `new-service-${i}`,
      owner: `group:default/${team}`,
      system: `system:default/${systemsByTeam.get(team)}`,
      lifecycle: 'experimental',
      target: { provider: 'github', organization: 'bench' },
    };
  }

  const kind =
    process.env.BENCH_CATALOG === 'memory'
      ? 'in-memory catalog mock'
      : `catalog backend on SQLite, loaded in ${ingest} s`;
  process.stdout.write(
    `cairn:policy:validate, ${entities.length} entities (${kind}), ${RUNS} runs per scenario\n\n`,
  );
  process.stdout.write('| scenario | p50 ms | p95 ms | p99 ms | max ms |\n');
  process.stdout.write('| --- | --- | --- | --- | --- |\n');
  const breakdown: string[] = [];
  for (const scenario of scenarios) {
    const times: number[] = [];
    timing.reset();
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const team = teams[i % teams.length];
      const user = usersByTeam.get(team)!;
      const ctx = {
        input: scenario.input(i),
        logger: silent,
        output() {},
        checkpoint: async (opts: { fn: () => unknown }) => opts.fn(),
        // The scaffolder hands actions the user entity it already read.
        user: { ref: `user:default/${user}`, entity: users.get(user) },
        workspacePath: '/nonexistent',
        task: { id: 'bench' },
        createTemporaryDirectory: async () => '/nonexistent',
        getInitiatorCredentials: async () => {
          throw new Error('not used');
        },
      };
      const start = performance.now();
      await action.handler(ctx as never);
      if (i >= WARMUP) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const fmt = (n: number) => n.toFixed(1);
    process.stdout.write(
      `| ${scenario.label} | ${fmt(percentile(times, 50))} | ${fmt(
        percentile(times, 95),
      )} | ${fmt(percentile(times, 99))} | ${fmt(times[times.length - 1])} |\n`,
    );
    breakdown.push(`${scenario.label}: ${timing.report()}`);
  }
  process.stdout.write(`\nCatalog calls (warm-up included):\n`);
  for (const line of breakdown) process.stdout.write(`- ${line}\n`);
  github.close();
  await stop();
}

// The catalog's processing loop keeps timers alive after stop(), so the
// process ends explicitly once the figures are out.
main().then(
  () => process.exit(0),
  error => {
    process.stderr.write(`${error.stack ?? error}\n`);
    process.exit(1);
  },
);
