import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { assertError } from '@backstage/errors';
import { compileFilter } from '@cairn/plugin-scorecards-common';
import {
  CollectedFacts,
  findInvalidFact,
  ScorecardsFactCollector,
} from '@cairn/plugin-scorecards-node';
import { DatabaseScorecardsStore, FactRecord } from '../database';
import { CatalogAccess } from './CatalogAccess';
import { refOf } from './refs';

const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

/**
 * Counts from one collector run.
 *
 * @public
 */
export interface CollectorRunCounts {
  entities: number;
  collected: number;
  failed: number;
}

/**
 * Runs one collector over the catalog in batches. A failure for one entity
 * (or one batch) is stored as an error, so its facts become unknown, and the
 * run goes on.
 */
export async function runCollector(options: {
  collector: ScorecardsFactCollector;
  catalog: CatalogAccess;
  store: DatabaseScorecardsStore;
  logger: LoggerService;
  pageSize: number;
}): Promise<CollectorRunCounts> {
  const { collector, catalog, store, logger, pageSize } = options;
  const started = Date.now();
  const appliesTo = collector.appliesTo
    ? compileFilter(collector.appliesTo)
    : () => true;
  const fields = collector.entityFields
    ? [...new Set([...REF_FIELDS, ...collector.entityFields])]
    : undefined;
  const batchSize = collector.batchSize ?? 100;
  const counts: CollectorRunCounts = { entities: 0, collected: 0, failed: 0 };

  for await (const page of catalog.pages(fields, pageSize)) {
    const entities = page.filter(e => appliesTo(e));
    for (let i = 0; i < entities.length; i += batchSize) {
      const batch = entities.slice(i, i + batchSize);
      const records = await collectBatch(collector, batch, logger);
      counts.entities += batch.length;
      for (const record of records) {
        if ('error' in record) {
          counts.failed++;
        } else {
          counts.collected++;
        }
      }
      await store.writeFacts(records, new Date());
    }
  }

  logger.info(
    `Collector ${collector.id}: ${counts.entities} entities, ${
      counts.collected
    } collected, ${counts.failed} failed, in ${Date.now() - started} ms`,
  );
  return counts;
}

/** Collects one batch and turns every outcome into a fact record. */
export async function collectBatch(
  collector: ScorecardsFactCollector,
  batch: Entity[],
  logger: LoggerService,
): Promise<FactRecord[]> {
  const refs = batch.map(refOf);
  let results: CollectedFacts[];
  try {
    results = await collector.collect(batch, { logger });
  } catch (error) {
    assertError(error);
    logger.warn(
      `Collector ${collector.id} failed for a batch of ${batch.length}`,
      error,
    );
    return refs.map(entityRef => ({
      entityRef,
      source: collector.id,
      error: error.message,
    }));
  }

  const byRef = new Map<string, CollectedFacts>();
  for (const result of results) {
    byRef.set(result.entityRef.toLocaleLowerCase('en-US'), result);
  }
  return refs.map((entityRef): FactRecord => {
    const result = byRef.get(entityRef);
    if (!result) {
      return { entityRef, source: collector.id, error: 'no facts collected' };
    }
    if ('error' in result) {
      logger.debug(
        `Collector ${collector.id} failed for ${entityRef}: ${result.error.message}`,
      );
      return { entityRef, source: collector.id, error: result.error.message };
    }
    const invalid = findInvalidFact(result.facts, collector.facts);
    if (invalid) {
      logger.warn(
        `Collector ${collector.id} returned an invalid fact for ${entityRef}: ${invalid.message}`,
      );
      return { entityRef, source: collector.id, error: invalid.message };
    }
    return { entityRef, source: collector.id, facts: result.facts };
  });
}
