import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

const BATCH_SIZE = 1000;

/**
 * Asks the catalog, on the caller's behalf, which of a set of refs the caller
 * may read: one `getEntitiesByRefs` call per thousand refs.
 */
export class VisibilityFilter {
  constructor(
    private readonly catalog: Pick<CatalogService, 'getEntitiesByRefs'>,
  ) {}

  async visibleRefs(
    refs: Iterable<string>,
    credentials: BackstageCredentials,
  ): Promise<Set<string>> {
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
