import { Entity } from '@backstage/catalog-model';
import {
  EntityScorecard,
  EntityScorecardsResponse,
  RollupEntitiesResponse,
  RollupResponse,
  ScorecardsApi,
  ScorecardSummary,
} from '@cairn/plugin-scorecards-common';

/** A scorecard with three levels and one check per level. */
export const productionReadiness: ScorecardSummary = {
  id: 'production-readiness',
  title: 'Production readiness',
  description: 'What a service needs before it takes traffic.',
  owner: 'group:default/team-platform',
  levels: [
    { id: 'bronze', title: 'Bronze' },
    { id: 'silver', title: 'Silver' },
    { id: 'gold', title: 'Gold' },
  ],
  checks: [
    {
      id: 'has-owner',
      title: 'Has an owner that resolves',
      why: 'Someone must answer when it **breaks**.',
      howToFix: 'Set `spec.owner` to a group in the catalog.',
      level: 'bronze',
      weight: 2,
    },
    {
      id: 'has-runbook',
      title: 'Has a runbook link',
      why: 'On-call needs steps to follow at night.',
      howToFix: 'Add a link with `type: runbook` to `metadata.links`.',
      level: 'silver',
      weight: 1,
    },
    {
      id: 'has-pagerduty',
      title: 'Has PagerDuty',
      level: 'gold',
      weight: 1,
    },
  ],
};

/** Checkout service: Bronze reached, the runbook check fails. */
export const checkoutResult: EntityScorecard = {
  scorecard: productionReadiness,
  score: 66.6,
  level: { id: 'bronze', title: 'Bronze' },
  evaluatedAt: '2026-12-03T14:05:00.000Z',
  checks: [
    { checkId: 'has-owner', state: 'pass' },
    {
      checkId: 'has-runbook',
      state: 'fail',
      message: 'No runbook link found',
    },
    {
      checkId: 'has-pagerduty',
      state: 'pass',
      exemption: {
        id: 'ex-1',
        entityRef: 'component:default/checkout-service',
        scorecardId: 'production-readiness',
        checkId: 'has-pagerduty',
        reason: 'Moving to Opsgenie this quarter',
        expiresAt: '2027-01-31T23:59:59.000Z',
        createdBy: 'user:default/maya.patel',
        createdAt: '2026-11-01T10:00:00.000Z',
      },
    },
  ],
  trend: [
    { date: '2026-12-01', score: 40 },
    { date: '2026-12-02', score: 50 },
    { date: '2026-12-03', score: 66.6 },
  ],
};

function notMocked(name: string): () => never {
  return () => {
    throw new Error(`${name} is not mocked in this test`);
  };
}

/** A ScorecardsApi whose methods throw unless a test overrides them. */
export function mockScorecardsApi(
  overrides: Partial<ScorecardsApi> = {},
): ScorecardsApi {
  return {
    getScorecards: notMocked('getScorecards'),
    getEntityScorecards: notMocked('getEntityScorecards'),
    getEntityHistory: notMocked('getEntityHistory'),
    getRollup: notMocked('getRollup'),
    getRollupEntities: notMocked('getRollupEntities'),
    getRollupHistory: notMocked('getRollupHistory'),
    exportRollupCsv: notMocked('exportRollupCsv'),
    getLeaderboard: notMocked('getLeaderboard'),
    listExemptions: notMocked('listExemptions'),
    createExemption: notMocked('createExemption'),
    deleteExemption: notMocked('deleteExemption'),
    pushFacts: notMocked('pushFacts'),
    refreshEntity: notMocked('refreshEntity'),
    ...overrides,
  };
}

/** The component the entity fixtures belong to. */
export const checkoutEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-service', namespace: 'default' },
  spec: { type: 'service', owner: 'team-checkout', lifecycle: 'production' },
};

/** The one response of the entity tab, for the checkout service. */
export function checkoutResponse(
  ...scorecards: EntityScorecard[]
): EntityScorecardsResponse {
  return { entityRef: 'component:default/checkout-service', scorecards };
}

/** The roll-up of team-checkout for production readiness. */
export const checkoutRollup: RollupResponse = {
  target: 'group:default/team-checkout',
  entityCount: 3,
  scorecards: [
    {
      scorecardId: 'production-readiness',
      title: 'Production readiness',
      levels: productionReadiness.levels,
      entityCount: 3,
      averageScore: 61.1,
      levelDistribution: [
        { levelId: 'gold', count: 1 },
        { levelId: 'bronze', count: 1 },
        { levelId: null, count: 1 },
      ],
      mostFailingChecks: [
        { checkId: 'has-runbook', title: 'Has a runbook link', failing: 2 },
        {
          checkId: 'has-owner',
          title: 'Has an owner that resolves',
          failing: 1,
        },
      ],
    },
  ],
};

/** The entities of {@link checkoutRollup}. */
export const checkoutRollupEntities: RollupEntitiesResponse = {
  totalCount: 3,
  items: [
    {
      entityRef: 'component:default/legacy-cart-widget',
      kind: 'Component',
      ownerRef: 'group:default/team-checkout',
      score: 0,
      failingChecks: ['has-owner', 'has-runbook'],
    },
    {
      entityRef: 'component:default/checkout-service',
      title: 'Checkout service',
      kind: 'Component',
      ownerRef: 'group:default/team-checkout',
      score: 66.6,
      level: { id: 'bronze', title: 'Bronze' },
      failingChecks: ['has-runbook'],
    },
    {
      entityRef: 'component:default/cart-service',
      kind: 'Component',
      ownerRef: 'group:default/team-checkout',
      score: 100,
      level: { id: 'gold', title: 'Gold' },
      failingChecks: [],
    },
  ],
};
