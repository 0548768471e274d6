import { Entity } from '@backstage/catalog-model';
import { Content, Header, Page } from '@backstage/core-components';
import { createDevApp } from '@backstage/dev-utils';
import { createRoutableExtension } from '@backstage/core-plugin-api';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import { scorecardsApiRef } from '../src/api';
import {
  EntityScorecardCard,
  EntityScorecardsContent,
  ScorecardsPage,
  scorecardsPlugin,
} from '../src/plugin';
import {
  checkoutEntity,
  checkoutResponse,
  checkoutResult,
  checkoutRollup,
  checkoutRollupEntities,
  mockScorecardsApi,
} from '../src/__testUtils__/fixtures';

/*
 * Runs the plugin by itself (`yarn start` in this folder) with canned data
 * in place of the scorecards backend, for working on the UI. The guest
 * sign-in still goes to the auth backend at `backend.baseUrl`, so start the
 * example backend too.
 */

const targets: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'team-checkout',
      namespace: 'default',
      title: 'Checkout',
    },
  },
];

// The card and the drill-down links point into the catalog's entity pages;
// mount a stand-in so their route resolves.
const DevEntityPage = scorecardsPlugin.provide(
  createRoutableExtension({
    name: 'DevEntityPage',
    component: async () => () => <EntityScorecardsContent />,
    mountPoint: entityRouteRef,
  }),
);

createDevApp()
  .registerPlugin(scorecardsPlugin)
  .registerApi({
    api: scorecardsApiRef,
    deps: {},
    factory: () =>
      mockScorecardsApi({
        getEntityScorecards: async () => checkoutResponse(checkoutResult),
        getRollup: async () => checkoutRollup,
        getRollupEntities: async () => checkoutRollupEntities,
        getRollupHistory: async () => ({
          points: [30, 38, 45, 52, 61].map((averageScore, i) => ({
            date: `2026-11-${String(i * 7 + 1).padStart(2, '0')}`,
            averageScore,
            levelDistribution: [
              { levelId: null, count: Math.max(0, 3 - i) },
              { levelId: 'bronze', count: Math.min(i, 2) },
              { levelId: 'gold', count: i > 2 ? 1 : 0 },
            ],
          })),
        }),
        getLeaderboard: async () => ({
          items: [
            {
              groupRef: 'group:default/team-checkout',
              title: 'Checkout',
              entityCount: 3,
              averageScore: 61.1,
              levelDistribution: checkoutRollup.scorecards[0].levelDistribution,
            },
          ],
        }),
        createExemption: async request => ({
          ...request,
          id: 'dev',
          createdBy: 'user:default/guest',
          createdAt: new Date().toISOString(),
        }),
      }),
  })
  .registerApi({
    api: catalogApiRef,
    deps: {},
    factory: () =>
      ({
        getEntities: async () => ({ items: targets }),
      } as unknown as typeof catalogApiRef.T),
  })
  .addPage({
    title: 'Entity',
    path: '/entity',
    element: (
      <EntityProvider entity={checkoutEntity}>
        <Page themeId="service">
          <Header title="checkout-service" />
          <Content>
            <Grid container spacing={3}>
              <Grid item md={6} xs={12}>
                <EntityScorecardCard />
              </Grid>
              <Grid item xs={12}>
                <EntityScorecardsContent />
              </Grid>
            </Grid>
          </Content>
        </Page>
      </EntityProvider>
    ),
  })
  .addPage({
    title: 'Roll-up',
    path: '/scorecards',
    element: <ScorecardsPage />,
  })
  .addPage({
    path: '/catalog/:namespace/:kind/:name',
    element: (
      <EntityProvider entity={checkoutEntity}>
        <DevEntityPage />
      </EntityProvider>
    ),
  })
  .render();
