import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { useCallback } from 'react';

/** The path the example app and the README mount the tab at. */
export const DEFAULT_TAB_PATH = 'scorecards';

/**
 * Returns a function that builds the link to an entity's scorecards tab.
 *
 * @remarks
 *
 * Uses the catalog's entity route, which every app mounts, so the link works
 * in both frontend systems whatever route the tab was given; `tabPath` is
 * the path of the tab below the entity page.
 */
export function useEntityTabLink(
  tabPath: string = DEFAULT_TAB_PATH,
): (entityRef: string) => string {
  const entityRoute = useRouteRef(entityRouteRef);
  return useCallback(
    (entityRef: string) => {
      const { kind, namespace, name } = parseEntityRef(entityRef);
      const base = entityRoute({
        kind: kind.toLocaleLowerCase('en-US'),
        namespace: namespace.toLocaleLowerCase('en-US'),
        name,
      });
      const path = tabPath.replace(/^\/+/, '');
      return path ? `${base}/${path}` : base;
    },
    [entityRoute, tabPath],
  );
}
