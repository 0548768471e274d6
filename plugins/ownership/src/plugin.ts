import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { OwnershipClient } from '@cairn/plugin-ownership-common';
import { ownershipApiRef } from './api';
import { rootRouteRef } from './routes';
import type { EntityOwnershipCardProps } from './components/EntityOwnershipCard';

/**
 * The ownership frontend plugin for the legacy frontend system.
 *
 * @public
 */
export const ownershipPlugin = createPlugin({
  id: 'ownership',
  apis: [
    createApiFactory({
      api: ownershipApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new OwnershipClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { root: rootRouteRef },
});

/**
 * The "Who supports...?" page: search, team view and stale-ownership report.
 *
 * @public
 */
export const OwnershipPage: () => JSX.Element = ownershipPlugin.provide(
  createRoutableExtension({
    name: 'OwnershipPage',
    component: () =>
      import('./components/OwnershipPage').then(m => m.OwnershipPage),
    mountPoint: rootRouteRef,
  }),
);

/**
 * The ownership card for entity pages: owner, provenance, escalation chain,
 * contacts, on-call and staleness warnings.
 *
 * @public
 */
export const EntityOwnershipCard: (
  props: EntityOwnershipCardProps,
) => JSX.Element = ownershipPlugin.provide(
  createComponentExtension({
    name: 'EntityOwnershipCard',
    component: {
      lazy: () =>
        import('./components/EntityOwnershipCard').then(
          m => m.EntityOwnershipCard,
        ),
    },
  }),
);
