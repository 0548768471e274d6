import {
  compatWrapper,
  convertLegacyRouteRefs,
} from '@backstage/core-compat-api';
import {
  ApiBlueprint,
  createFrontendPlugin,
  discoveryApiRef,
  fetchApiRef,
  NavItemBlueprint,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { ScorecardsClient } from '@cairn/plugin-scorecards-common';
import AssessmentIcon from '@material-ui/icons/Assessment';
import { scorecardsApiRef } from './api';
import { rootRouteRef } from './routes';

export { scorecardsTranslationRef } from './translation';

const routes = convertLegacyRouteRefs({ root: rootRouteRef });

/**
 * The scorecards API, wired to the app's discovery and fetch APIs.
 *
 * @alpha
 */
export const scorecardsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: scorecardsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ScorecardsClient({ discoveryApi, fetchApi }),
    }),
});

/**
 * The managers' page at `/scorecards`.
 *
 * @alpha
 */
export const scorecardsPage = PageBlueprint.make({
  params: {
    path: '/scorecards',
    routeRef: routes.root,
    loader: () =>
      import('./components/ScorecardsPage').then(m =>
        compatWrapper(<m.ScorecardsPage />),
      ),
  },
});

/**
 * The sidebar item for the managers' page.
 *
 * @alpha
 */
export const scorecardsNavItem = NavItemBlueprint.make({
  params: {
    title: 'Scorecards',
    icon: AssessmentIcon,
    routeRef: routes.root,
  },
});

/**
 * The scorecards tab of component, API and resource pages.
 *
 * @alpha
 */
export const scorecardsEntityContent = EntityContentBlueprint.make({
  name: 'entity',
  params: {
    path: 'scorecards',
    title: 'Scorecards',
    filter: { kind: { $in: ['component', 'api', 'resource'] } },
    loader: () =>
      import('./components/EntityScorecardsContent').then(m =>
        compatWrapper(<m.EntityScorecardsContent />),
      ),
  },
});

/**
 * The roll-up tab of group, system and domain pages.
 *
 * @alpha
 */
export const scorecardsRollupEntityContent = EntityContentBlueprint.make({
  name: 'rollup',
  params: {
    path: 'scorecards',
    title: 'Scorecards',
    filter: { kind: { $in: ['group', 'system', 'domain'] } },
    loader: () =>
      import('./components/EntityScorecardsRollupContent').then(m =>
        compatWrapper(<m.EntityScorecardsRollupContent />),
      ),
  },
});

/**
 * The summary card for the overview of component pages.
 *
 * @alpha
 */
export const scorecardsEntityCard = EntityCardBlueprint.make({
  name: 'summary',
  params: {
    filter: { kind: 'component' },
    loader: () =>
      import('./components/EntityScorecardCard').then(m =>
        compatWrapper(<m.EntityScorecardCard />),
      ),
  },
});

/**
 * The scorecards plugin for apps on the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'scorecards',
  info: { packageJson: () => import('../package.json') },
  routes,
  extensions: [
    scorecardsApi,
    scorecardsPage,
    scorecardsNavItem,
    scorecardsEntityContent,
    scorecardsRollupEntityContent,
    scorecardsEntityCard,
  ],
});
