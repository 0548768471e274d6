/* eslint-disable no-console */
// Benchmark: `yarn bench:scorecards [--sizes=10000,100000] [--databases=sqlite,postgres] [--jre-sample=5000]`
import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  compileScorecards,
  evaluateScorecard,
} from '@cairn/plugin-scorecards-common';
import { Engine } from 'json-rules-engine';
import knexFactory, { Knex } from 'knex';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { DatabaseScorecardsStore, isoDay } from '../src/database';
import { ScorecardEvaluator } from '../src/service/ScorecardEvaluator';
import { benchScorecards, jsonRulesChecks } from './definitions';
import { generateCatalog, SyntheticEntity } from './generate';

const PAGE = 1000;
const REPEATS = 3;

function arg(name: string, fallback: string): string {
  const found = process.argv.find(a => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
}

const noopLogger: LoggerService = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return noopLogger;
  },
};

/** Samples RSS so the peak during a phase can be reported. */
class MemorySampler {
  #peak = 0;
  #timer?: NodeJS.Timeout;
  start() {
    this.#peak = process.memoryUsage().rss;
    this.#timer = setInterval(() => {
      this.#peak = Math.max(this.#peak, process.memoryUsage().rss);
    }, 20);
  }
  stop(): number {
    clearInterval(this.#timer);
    return Math.max(this.#peak, process.memoryUsage().rss);
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000);
const fmt = (n: number) => n.toLocaleString('en-US');

const scorecards = compileScorecards(benchScorecards, 'bench');
const checkCount = scorecards.reduce((n, s) => n + s.checks.length, 0);

function evaluateInMemory(catalog: SyntheticEntity[]): number {
  let passes = 0;
  for (const item of catalog) {
    const document = { entity: item.entity, facts: item.facts };
    for (const scorecard of scorecards) {
      if (scorecard.appliesTo(item.entity)) {
        passes += evaluateScorecard(scorecard, document).levelIndex;
      }
    }
  }
  return passes;
}

/**
 * Drives json-rules-engine the way Tech Insights' jsonfc checker does for
 * one entity: a new Engine per run, one rule per check whose facts are all
 * present, the facts of every retriever merged into one object, one
 * `engine.run`, and the results and failure results mapped to responses.
 */
async function runJsonfcStyle(item: SyntheticEntity) {
  const engine = new Engine();
  const facts: Record<string, Record<string, unknown>> = item.facts;
  for (const check of jsonRulesChecks) {
    if (check.factIds.every(id => facts[id])) {
      engine.addRule({
        ...check.rule,
        name: check.id,
        event: { type: 'noop' },
      } as never);
    }
  }
  const factValues = Object.values(facts).reduce(
    (acc, values) => ({ ...acc, ...values }),
    {},
  );
  const results = await engine.run(factValues);
  return [...results.results, ...results.failureResults].map(result => ({
    id: result.name,
    result: result.result,
  }));
}

async function createKnex(
  kind: string,
): Promise<{ knex: Knex; cleanup: () => Promise<void> } | undefined> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scorecards-bench-'));
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: path.join(dir, 'bench.sqlite') },
      useNullAsDefault: true,
      // A file database in WAL mode, as a tuned single-node install runs it.
      pool: {
        afterCreate(
          connection: { pragma(sql: string): void },
          done: (error: Error | null, connection: unknown) => void,
        ) {
          connection.pragma('journal_mode = WAL');
          connection.pragma('synchronous = NORMAL');
          done(null, connection);
        },
      },
    });
    return {
      knex,
      cleanup: async () => {
        await knex.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url =
    process.env.SCORECARDS_BENCH_PG_CONNECTION ??
    process.env.BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING;
  if (!url) {
    console.log('  postgres: skipped (set SCORECARDS_BENCH_PG_CONNECTION)');
    return undefined;
  }
  const name = `scorecards_bench_${process.pid}`;
  const admin = knexFactory({ client: 'pg', connection: url });
  await admin.raw(`CREATE DATABASE ${name}`);
  const knex = knexFactory({
    client: 'pg',
    connection: `${url.replace(/\/$/, '')}/${name}`,
    pool: { min: 1, max: 5 },
  });
  return {
    knex,
    cleanup: async () => {
      await knex.destroy();
      await admin.raw(`DROP DATABASE ${name}`);
      await admin.destroy();
    },
  };
}

async function fullRun(
  kind: string,
  catalog: SyntheticEntity[],
  lookup: Map<string, Entity>,
) {
  const db = await createKnex(kind);
  if (!db) {
    return;
  }
  try {
    const store = await DatabaseScorecardsStore.create({
      database: { getClient: async () => db.knex },
    });
    const setupStart = Date.now();
    const sources = ['catalog', 'repository', 'ci'] as const;
    const records = catalog.flatMap(item =>
      sources.map(source => ({
        entityRef: item.entityRef,
        source,
        facts: item.facts[source],
      })),
    );
    await store.writeFacts(records, new Date());
    await store.analyze();
    const setupMs = Date.now() - setupStart;

    const evaluator = new ScorecardEvaluator({
      scorecards,
      store,
      logger: noopLogger,
      ownership: {},
    });
    const getEntity = (ref: string) => lookup.get(ref);

    const run = async () => {
      const now = new Date();
      const started = Date.now();
      const cpuStart = process.cpuUsage();
      let changed = 0;
      const exemptions = await store.listActiveExemptions(now);
      let pages = 0;
      for (let i = 0; i < catalog.length; i += PAGE) {
        const page = catalog.slice(i, i + PAGE).map(item => item.entity);
        const counts = await evaluator.evaluatePage(page, getEntity, now, {
          fullRun: true,
          exemptions,
        });
        changed += counts.changed;
        pages++;
        if (pages % 25 === 0) {
          // As the evaluation task does while tables fill up.
          await store.analyze();
        }
      }
      // As the evaluation task does after each run.
      await store.setState('lastFullRunAt', now.toISOString());
      await store.snapshot(isoDay(now));
      await store.analyze();
      const cpu = process.cpuUsage(cpuStart);
      return {
        ms: Date.now() - started,
        cpuMs: Math.round((cpu.user + cpu.system) / 1000),
        changed,
      };
    };

    if (global.gc) global.gc();
    const memory = new MemorySampler();
    const baseline = process.memoryUsage().rss;
    memory.start();
    const first = await run();
    const second = await run();
    const peak = memory.stop();

    const evaluations = catalog.length * checkCount;
    console.log(
      `  ${kind.padEnd(8)} facts load ${fmt(setupMs)} ms | first run ${fmt(
        first.ms,
      )} ms wall, ${fmt(first.cpuMs)} ms CPU (${fmt(
        first.changed,
      )} results written, ${fmt(
        rate(evaluations, first.ms),
      )} checks/s) | unchanged re-run ${fmt(second.ms)} ms wall, ${fmt(
        second.cpuMs,
      )} ms CPU | RSS growth ${mb(peak - baseline)}`,
    );
  } finally {
    await db.cleanup();
  }
}

async function main() {
  const sizes = arg('sizes', '10000,100000').split(',').map(Number);
  const databases = arg('databases', 'sqlite,postgres').split(',');
  const jreSample = Number(arg('jre-sample', '5000'));
  console.log(
    `Scorecards benchmark: ${
      scorecards.length
    } scorecards, ${checkCount} checks; node ${process.version}, ${
      os.cpus().length
    } CPUs`,
  );

  for (const size of sizes) {
    const catalog = generateCatalog(size);
    const lookup = new Map<string, Entity>();
    for (let i = 0; i < 200; i++) {
      lookup.set(`group:default/team-${i}`, {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: `team-${i}`, namespace: 'default' },
        spec: { type: 'team', children: [] },
      });
    }
    console.log(`\n${fmt(size)} entities x ${checkCount} checks`);

    // Best of a few interleaved rounds each, so a busy neighbour on a shared
    // machine distorts the ratio less.
    const sample = catalog.slice(0, Math.min(jreSample, size));
    evaluateInMemory(catalog.slice(0, 1000));
    await runJsonfcStyle(sample[0]);
    // Wall time and this process's CPU time: on a busy machine the CPU time
    // is what the work itself cost.
    const measure = async (fn: () => unknown) => {
      const wall = process.hrtime.bigint();
      const cpu = process.cpuUsage();
      await fn();
      const used = process.cpuUsage(cpu);
      return {
        wallMs: Number(process.hrtime.bigint() - wall) / 1e6,
        cpuMs: (used.user + used.system) / 1000,
      };
    };
    const best = {
      evalWall: Infinity,
      evalCpu: Infinity,
      jreWall: Infinity,
      jreCpu: Infinity,
    };
    for (let round = 0; round < REPEATS; round++) {
      const ourRound = await measure(() => evaluateInMemory(catalog));
      best.evalWall = Math.min(best.evalWall, ourRound.wallMs);
      best.evalCpu = Math.min(best.evalCpu, ourRound.cpuMs);
      const theirRound = await measure(async () => {
        for (const item of sample) {
          await runJsonfcStyle(item);
        }
      });
      best.jreWall = Math.min(best.jreWall, theirRound.wallMs);
      best.jreCpu = Math.min(best.jreCpu, theirRound.cpuMs);
    }
    const perSecond = (evaluations: number, ms: number) =>
      fmt(Math.round(evaluations / (ms / 1000)));
    const ourEvaluations = size * checkCount;
    const theirEvaluations = sample.length * checkCount;

    console.log(
      `  evaluation only: ${fmt(
        Math.round(best.evalWall),
      )} ms wall, ${perSecond(
        ourEvaluations,
        best.evalWall,
      )} check evaluations/s (${perSecond(
        ourEvaluations,
        best.evalCpu,
      )}/s by CPU time)`,
    );
    console.log(
      `  json-rules-engine 7 (jsonfc-style, ${fmt(
        sample.length,
      )} entities): ${perSecond(
        theirEvaluations,
        best.jreWall,
      )} check evaluations/s (${perSecond(
        theirEvaluations,
        best.jreCpu,
      )}/s by CPU time), ${(best.jreWall / sample.length).toFixed(
        3,
      )} ms per entity`,
    );
    const ratio = (ourMs: number, theirMs: number) =>
      (ourEvaluations / ourMs / (theirEvaluations / theirMs)).toFixed(1);
    console.log(
      `  ratio: ${ratio(best.evalWall, best.jreWall)}x by wall time, ${ratio(
        best.evalCpu,
        best.jreCpu,
      )}x by CPU time`,
    );

    for (const kind of databases) {
      await fullRun(kind, catalog, lookup);
    }
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
