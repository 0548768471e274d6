import { createServiceFactory } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

/**
 * A catalog service over a mutable entity list whose `queryEntities` pages
 * with cursors like the real one.
 */
export function pagedCatalogFactory(entities: () => Entity[]) {
  return createServiceFactory({
    service: catalogServiceRef,
    deps: {},
    factory() {
      const current = () => catalogServiceMock({ entities: entities() });
      const base = current();
      return Object.assign(base, {
        getEntityByRef: (...args: Parameters<typeof base.getEntityByRef>) =>
          current().getEntityByRef(...args),
        getEntitiesByRefs: (
          ...args: Parameters<typeof base.getEntitiesByRefs>
        ) => current().getEntitiesByRefs(...args),
        getEntities: (...args: Parameters<typeof base.getEntities>) =>
          current().getEntities(...args),
        queryEntities: async (
          ...args: Parameters<typeof base.queryEntities>
        ) => {
          const [request, options] = args;
          const cursor =
            request && 'cursor' in request
              ? (JSON.parse(request.cursor) as {
                  offset: number;
                  filter: unknown;
                })
              : undefined;
          const filter = cursor
            ? cursor.filter
            : (request as { filter?: unknown })?.filter;
          const { items } = await current().queryEntities(
            { filter } as Parameters<typeof base.queryEntities>[0],
            options,
          );
          const offset = cursor?.offset ?? 0;
          const limit = request?.limit ?? 20;
          const next = offset + limit;
          return {
            items: items.slice(offset, next),
            totalItems: items.length,
            pageInfo:
              next < items.length
                ? { nextCursor: JSON.stringify({ offset: next, filter }) }
                : {},
          };
        },
      });
    },
  });
}
