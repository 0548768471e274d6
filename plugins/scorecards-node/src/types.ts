import {
  LoggerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { JsonObject, JsonValue } from '@backstage/types';

/**
 * The type of a fact value.
 *
 * @public
 */
export type FactType = 'boolean' | 'number' | 'string' | 'string[]' | 'object';

/**
 * Declares one fact a collector (or push source) provides.
 *
 * @public
 */
export interface FactDeclaration {
  /** The type values must have. */
  type: FactType;
  /** What the fact means. */
  description?: string;
}

/**
 * Facts for one entity, by fact name.
 *
 * @public
 */
export type FactValues = Record<string, JsonValue>;

/**
 * What a collector found for one entity.
 *
 * @remarks
 *
 * Give `error` when the entity could not be examined: its facts from this
 * collector become unknown while the rest of the batch is stored.
 *
 * @public
 */
export type CollectedFacts =
  | { entityRef: string; facts: FactValues }
  | { entityRef: string; error: Error };

/**
 * Passed to {@link ScorecardsFactCollector.collect}.
 *
 * @public
 */
export interface FactCollectorContext {
  /** A logger tagged with the collector id. */
  logger: LoggerService;
  /** Aborted when the backend shuts down. */
  signal?: AbortSignal;
}

/**
 * A fact collector: gathers facts for entities in batches. Register one
 * through {@link scorecardsFactCollectorsExtensionPoint}.
 *
 * @public
 */
export interface ScorecardsFactCollector {
  /** Unique id; rules read its facts under `facts.<id>.<name>`. */
  id: string;
  /** The facts the collector provides, by name. */
  facts: Record<string, FactDeclaration>;
  /** Filter over the entity; default every entity. */
  appliesTo?: JsonObject;
  /**
   * Catalog fields the collector needs (as for the catalog `fields`
   * option); default the whole entity.
   */
  entityFields?: string[];
  /** When to run; default every 30 minutes with a 10 minute timeout. */
  schedule?: SchedulerServiceTaskScheduleDefinition;
  /** Entities per call of {@link ScorecardsFactCollector.collect}; default 100. */
  batchSize?: number;
  /**
   * Collects facts for a batch. Entities missing from the result keep no
   * facts from this collector (their facts are unknown).
   */
  collect(
    entities: Entity[],
    context: FactCollectorContext,
  ): Promise<CollectedFacts[]>;
}
