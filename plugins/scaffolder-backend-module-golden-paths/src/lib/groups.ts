import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_MEMBER_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

const MAX_DEPTH = 20;

function toGroupRef(ref: string, namespace: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: 'group',
        defaultNamespace: namespace,
      }),
    );
  } catch {
    return undefined;
  }
}

function refsFrom(
  entity: Entity,
  relationType: string,
  specValues: unknown,
): string[] {
  const namespace = entity.metadata.namespace ?? 'default';
  const refs = new Set<string>();
  for (const relation of entity.relations ?? []) {
    if (relation.type === relationType) {
      refs.add(relation.targetRef);
    }
  }
  // Raw entities (for example from an in-memory catalog) carry no relations
  // yet, so the spec fields are read as well.
  for (const value of [specValues].flat()) {
    if (typeof value === 'string') {
      const ref = toGroupRef(value, namespace);
      if (ref) refs.add(ref);
    }
  }
  return [...refs];
}

/**
 * The groups a user entity is a direct member of, as full refs.
 *
 * @internal
 */
export function directGroupsOf(user: Entity): string[] {
  return refsFrom(user, RELATION_MEMBER_OF, user.spec?.memberOf);
}

/**
 * The parent of every group in the catalog, read in one query and kept for a
 * short time: group trees change rarely, and walking them one request per
 * level is what made validation slow on large catalogs. Membership itself is
 * always read fresh from the user entity.
 *
 * @internal
 */
export class GroupHierarchy {
  #parents = new Map<string, string | undefined>();
  #loadedAt = 0;
  #loading: Promise<void> | undefined;

  constructor(
    private readonly catalog: CatalogService,
    private readonly ttlMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The group followed by its ancestors, nearest first. Stops at cycles,
   * missing parents and after a fixed depth. A group the cached tree does
   * not know yet triggers one reload.
   */
  async lineage(
    groupRef: string,
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    if (this.now() - this.#loadedAt > this.ttlMs) {
      await this.#load(credentials);
    } else if (!this.#parents.has(groupRef)) {
      await this.#load(credentials);
    }
    const lineage = [groupRef];
    let parent = this.#parents.get(groupRef);
    while (parent && !lineage.includes(parent) && lineage.length < MAX_DEPTH) {
      lineage.push(parent);
      parent = this.#parents.get(parent);
    }
    return lineage;
  }

  #load(credentials: BackstageCredentials): Promise<void> {
    // Concurrent validations share one reload.
    this.#loading ??= this.catalog
      .getEntities(
        {
          filter: { kind: 'Group' },
          fields: [
            'kind',
            'metadata.name',
            'metadata.namespace',
            'spec.parent',
            'relations',
          ],
        },
        { credentials },
      )
      .then(({ items }) => {
        const parents = new Map<string, string | undefined>();
        for (const group of items) {
          const [parent] = refsFrom(
            group,
            RELATION_CHILD_OF,
            group.spec?.parent,
          );
          parents.set(stringifyEntityRef(group), parent);
        }
        this.#parents = parents;
        this.#loadedAt = this.now();
      })
      .finally(() => {
        this.#loading = undefined;
      });
    return this.#loading;
  }
}
