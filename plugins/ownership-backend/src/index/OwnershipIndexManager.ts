import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { ServiceUnavailableError, assertError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  INDEX_FIELDS,
  OwnershipIndex,
  OwnershipIndexOptions,
} from './OwnershipIndex';

/** Minimum index age, in seconds, before a lookup miss triggers a rebuild. */
export const MISS_REBUILD_SECONDS = 10;

/** Options for {@link OwnershipIndexManager}. */
export interface OwnershipIndexManagerOptions extends OwnershipIndexOptions {
  catalog: Pick<CatalogService, 'queryEntities'>;
  auth: Pick<AuthService, 'getOwnServiceCredentials'>;
  logger: LoggerService;
  pageSize: number;
  maxAgeSeconds: number;
}

/**
 * Holds the current {@link OwnershipIndex} of this replica and rebuilds it
 * from the catalog, page by page and with only the fields it needs. The index
 * is a cache: any replica can rebuild its own at any time.
 */
export class OwnershipIndexManager {
  private current?: OwnershipIndex;
  private pending?: Promise<OwnershipIndex>;
  private readonly options: OwnershipIndexManagerOptions;

  constructor(options: OwnershipIndexManagerOptions) {
    this.options = options;
  }

  /**
   * Returns an index no older than `maxAgeSeconds`, building one first when
   * there is none or the current one is too old.
   */
  async getIndex(): Promise<OwnershipIndex> {
    const current = this.current;
    if (current) {
      const ageSeconds = (Date.now() - current.builtAt.getTime()) / 1000;
      if (ageSeconds <= this.options.maxAgeSeconds) {
        return current;
      }
    }
    return this.getFreshIndex();
  }

  /**
   * Called when a lookup missed: rebuilds the index if it is at least
   * {@link MISS_REBUILD_SECONDS} old, so an entity registered since the last
   * scheduled refresh is found without waiting for the next one, while a
   * stream of unknown refs cannot trigger more than one build per interval.
   */
  async getIndexAfterMiss(): Promise<OwnershipIndex> {
    const index = await this.getIndex();
    const ageSeconds = (Date.now() - index.builtAt.getTime()) / 1000;
    // An empty index was most likely built before the catalog had loaded.
    if (ageSeconds < MISS_REBUILD_SECONDS && index.size > 0) {
      return index;
    }
    return this.getFreshIndex();
  }

  private async getFreshIndex(): Promise<OwnershipIndex> {
    try {
      return await this.rebuild();
    } catch (error) {
      assertError(error);
      throw new ServiceUnavailableError(
        `The ownership index could not be built: ${error.message}`,
      );
    }
  }

  /** Rebuilds the index; concurrent callers share one build. */
  rebuild(): Promise<OwnershipIndex> {
    if (!this.pending) {
      this.pending = this.build().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  private async build(): Promise<OwnershipIndex> {
    const { catalog, auth, logger, pageSize } = this.options;
    const started = Date.now();
    const credentials = await auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    let pages = 0;

    let response = await catalog.queryEntities(
      { fields: INDEX_FIELDS, limit: pageSize },
      { credentials },
    );
    for (;;) {
      pages += 1;
      entities.push(...response.items);
      const cursor = response.pageInfo.nextCursor;
      if (!cursor || response.items.length === 0) {
        break;
      }
      response = await catalog.queryEntities(
        { cursor, fields: INDEX_FIELDS, limit: pageSize },
        { credentials },
      );
    }

    const index = OwnershipIndex.fromEntities(entities, this.options);
    this.current = index;
    logger.info(
      `Ownership index built: ${index.size} entities in ${pages} pages, ${
        Date.now() - started
      } ms`,
    );
    return index;
  }
}
