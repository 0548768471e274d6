import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { normalizeRef, refOf } from './refs';

const LOOKUP_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.owner',
  'spec.system',
  'spec.domain',
  'spec.parent',
  'spec.type',
  'relations',
];
const GROUPS_TTL_MS = 60_000;

/**
 * Reads the catalog for the scorecards: in pages with the plugin's own
 * credentials for evaluation, and with the caller's credentials for
 * anything shown to a user, so catalog read permissions apply.
 */
export class CatalogAccess {
  #groups?: { at: number; entities: Promise<Entity[]> };

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  async *pages(
    fields: string[] | undefined,
    pageSize: number,
  ): AsyncGenerator<Entity[]> {
    const credentials = await this.auth.getOwnServiceCredentials();
    let cursor: string | undefined;
    do {
      const response = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: pageSize, fields }
          : { limit: pageSize, fields },
        { credentials },
      );
      if (response.items.length > 0) {
        yield response.items;
      }
      cursor = response.pageInfo.nextCursor;
    } while (cursor);
  }

  /** Owners, Systems and Domains by lower-cased ref, for owner resolution. */
  async loadLookup(pageSize: number): Promise<Map<string, Entity>> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const lookup = new Map<string, Entity>();
    let cursor: string | undefined;
    do {
      const response = await this.catalog.queryEntities(
        cursor
          ? { cursor, limit: pageSize, fields: LOOKUP_FIELDS }
          : {
              filter: { kind: ['group', 'user', 'system', 'domain'] },
              limit: pageSize,
              fields: LOOKUP_FIELDS,
            },
        { credentials },
      );
      for (const entity of response.items) {
        lookup.set(refOf(entity), entity);
      }
      cursor = response.pageInfo.nextCursor;
    } while (cursor);
    return lookup;
  }

  /**
   * Fetches what owner resolution of one entity needs: its owner, System,
   * Domain and their owners.
   */
  async lookupFor(
    entity: Entity,
    fallbackOwner?: string,
  ): Promise<Map<string, Entity>> {
    const credentials = await this.auth.getOwnServiceCredentials();
    const lookup = new Map<string, Entity>();
    let pending = [entity];
    const requested = new Set<string>();
    for (let round = 0; round < 3 && pending.length > 0; round++) {
      const wanted = new Set<string>();
      for (const e of pending) {
        const ns = e.metadata.namespace ?? 'default';
        for (const [field, kind] of [
          ['owner', 'group'],
          ['system', 'system'],
          ['domain', 'domain'],
        ] as const) {
          const ref = normalizeRef(e.spec?.[field], kind, ns);
          if (ref && !requested.has(ref)) {
            wanted.add(ref);
          }
        }
      }
      if (round === 0 && fallbackOwner) {
        const ref = normalizeRef(fallbackOwner, 'group', 'default');
        if (ref) {
          wanted.add(ref);
        }
      }
      if (wanted.size === 0) {
        break;
      }
      wanted.forEach(ref => requested.add(ref));
      const { items } = await this.catalog.getEntitiesByRefs(
        { entityRefs: [...wanted], fields: LOOKUP_FIELDS },
        { credentials },
      );
      pending = items.filter((e): e is Entity => Boolean(e));
      for (const found of pending) {
        lookup.set(refOf(found), found);
      }
    }
    return lookup;
  }

  /** The entity if the caller may read it. */
  async getVisible(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<Entity | undefined> {
    return this.catalog.getEntityByRef(entityRef, { credentials });
  }

  /** The subset of refs the caller may read. */
  async filterVisible(
    entityRefs: string[],
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
    const visible = new Set<string>();
    for (let i = 0; i < entityRefs.length; i += 500) {
      const { items } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: entityRefs.slice(i, i + 500),
          fields: ['kind', 'metadata.name', 'metadata.namespace'],
        },
        { credentials },
      );
      for (const entity of items) {
        if (entity) {
          visible.add(refOf(entity));
        }
      }
    }
    return visible;
  }

  /** All groups, cached briefly, for hierarchy walks and the leaderboard. */
  async getGroups(): Promise<Entity[]> {
    const now = Date.now();
    if (!this.#groups || now - this.#groups.at > GROUPS_TTL_MS) {
      const entities = this.auth
        .getOwnServiceCredentials()
        .then(async credentials => {
          const { items } = await this.catalog.getEntities(
            { filter: { kind: 'group' }, fields: LOOKUP_FIELDS },
            { credentials },
          );
          return items;
        });
      this.#groups = { at: now, entities };
      entities.catch(() => {
        this.#groups = undefined;
      });
    }
    return this.#groups.entities;
  }
}
