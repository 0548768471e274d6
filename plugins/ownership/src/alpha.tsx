import {
  compatWrapper,
  convertLegacyRouteRef,
} from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  NavItemBlueprint,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { OwnershipClient } from '@cairn/plugin-ownership-common';
import PeopleIcon from '@material-ui/icons/People';
import { ownershipApiRef } from './api';
import { rootRouteRef } from './routes';

const ownershipApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: ownershipApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new OwnershipClient({ discoveryApi, fetchApi }),
    }),
});

const ownershipPage = PageBlueprint.make({
  params: {
    path: '/ownership',
    routeRef: convertLegacyRouteRef(rootRouteRef),
    loader: () =>
      import('./components/OwnershipPage').then(m =>
        compatWrapper(<m.OwnershipPage />),
      ),
  },
});

const ownershipNavItem = NavItemBlueprint.make({
  params: {
    title: 'Ownership',
    icon: PeopleIcon,
    routeRef: convertLegacyRouteRef(rootRouteRef),
  },
});

const entityOwnershipCard = EntityCardBlueprint.make({
  name: 'ownership',
  params: {
    type: 'info',
    loader: () =>
      import('./components/EntityOwnershipCard').then(m =>
        compatWrapper(<m.EntityOwnershipCard />),
      ),
  },
});

/**
 * The ownership plugin for the new frontend system: the API, the
 * `/ownership` page with its nav item, and the entity ownership card.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'ownership',
  extensions: [
    ownershipApi,
    ownershipPage,
    ownershipNavItem,
    entityOwnershipCard,
  ],
  routes: { root: convertLegacyRouteRef(rootRouteRef) },
});
