import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { CatalogService } from '@backstage/plugin-catalog-node';

const BATCH_SIZE = 1000;

/** Which refs a caller may read. */
export interface Visibility {
  has(ref: string): boolean;
}

const EVERYTHING: Visibility = { has: () => true };
const NOTHING: Visibility = { has: () => false };

/**
 * Works out which entity refs a caller may read in the catalog. It first
 * asks the permission framework for `catalog.entity.read`: when the policy
 * allows or denies it outright, no entity needs checking. When the decision
 * depends on the entity, it asks the catalog on the caller's behalf with one
 * `getEntitiesByRefs` call per thousand refs, so the catalog applies the
 * conditions exactly as it does for its own API.
 */
export class VisibilityFilter {
  constructor(
    private readonly catalog: Pick<CatalogService, 'getEntitiesByRefs'>,
    private readonly permissions: Pick<
      PermissionsService,
      'authorizeConditional'
    >,
  ) {}

  async visibleRefs(
    refs: Iterable<string>,
    credentials: BackstageCredentials,
  ): Promise<Visibility> {
    const [decision] = await this.permissions.authorizeConditional(
      [{ permission: catalogEntityReadPermission }],
      { credentials },
    );
    if (decision.result === AuthorizeResult.ALLOW) {
      return EVERYTHING;
    }
    if (decision.result === AuthorizeResult.DENY) {
      return NOTHING;
    }

    // TODO(cairn): under a conditional policy a team view of a whole
    // department sends every owned ref to the catalog; applying the
    // policy's conditions to the index directly would remove that cost.
    const unique = [...new Set(refs)];
    const visible = new Set<string>();
    for (let i = 0; i < unique.length; i += BATCH_SIZE) {
      const batch = unique.slice(i, i + BATCH_SIZE);
      const { items } = await this.catalog.getEntitiesByRefs(
        {
          entityRefs: batch,
          fields: ['kind', 'metadata.namespace', 'metadata.name'],
        },
        { credentials },
      );
      items.forEach((item, n) => {
        if (item) {
          visible.add(batch[n]);
        }
      });
    }
    return visible;
  }
}
