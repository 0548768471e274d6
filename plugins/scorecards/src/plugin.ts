import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { ScorecardsClient } from '@cairn/plugin-scorecards-common';
import { scorecardsApiRef } from './api';
import { rootRouteRef } from './routes';
import type { EntityScorecardCardProps } from './components/EntityScorecardCard';
import type { EntityScorecardsRollupContentProps } from './components/EntityScorecardsRollupContent';
import type { ScorecardsPageProps } from './components/ScorecardsPage';

/**
 * The scorecards frontend plugin (legacy frontend system).
 *
 * @public
 */
export const scorecardsPlugin = createPlugin({
  id: 'scorecards',
  apis: [
    createApiFactory({
      api: scorecardsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new ScorecardsClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    root: rootRouteRef,
  },
});

/**
 * The managers' page: roll-ups of a group, system or domain, trends, a team
 * leaderboard and a CSV download. Mount it at `/scorecards`.
 *
 * @public
 */
export const ScorecardsPage: (props: ScorecardsPageProps) => JSX.Element =
  scorecardsPlugin.provide(
    createRoutableExtension({
      name: 'ScorecardsPage',
      component: () =>
        import('./components/ScorecardsPage').then(m => m.ScorecardsPage),
      mountPoint: rootRouteRef,
    }),
  );

/**
 * The scorecards tab of an entity page. Loaded on first use.
 *
 * @public
 */
export const EntityScorecardsContent: () => JSX.Element =
  scorecardsPlugin.provide(
    createComponentExtension({
      name: 'EntityScorecardsContent',
      component: {
        lazy: () =>
          import('./components/EntityScorecardsContent').then(
            m => m.EntityScorecardsContent,
          ),
      },
    }),
  );

/**
 * The scorecards summary card for an entity's overview. Loaded on first use.
 *
 * @public
 */
export const EntityScorecardCard: (
  props: EntityScorecardCardProps,
) => JSX.Element = scorecardsPlugin.provide(
  createComponentExtension({
    name: 'EntityScorecardCard',
    component: {
      lazy: () =>
        import('./components/EntityScorecardCard').then(
          m => m.EntityScorecardCard,
        ),
    },
  }),
);

/**
 * The roll-up tab of a group, system or domain page: the entities below it,
 * their levels, scores, failing checks and trend. Loaded on first use.
 *
 * @public
 */
export const EntityScorecardsRollupContent: (
  props: EntityScorecardsRollupContentProps,
) => JSX.Element = scorecardsPlugin.provide(
  createComponentExtension({
    name: 'EntityScorecardsRollupContent',
    component: {
      lazy: () =>
        import('./components/EntityScorecardsRollupContent').then(
          m => m.EntityScorecardsRollupContent,
        ),
    },
  }),
);
