import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Allows creating and revoking scorecard exemptions.
 *
 * @public
 */
export const scorecardsExemptionCreatePermission = createPermission({
  name: 'scorecards.exemption.create',
  attributes: { action: 'create' },
});

/**
 * Allows a user to push facts through `POST /facts`. Service principals
 * (CI systems with a static token) may always push.
 *
 * @public
 */
export const scorecardsFactsPushPermission = createPermission({
  name: 'scorecards.facts.push',
  attributes: { action: 'create' },
});

/**
 * Allows re-evaluating an entity on demand through `POST /refresh`.
 *
 * @public
 */
export const scorecardsRefreshPermission = createPermission({
  name: 'scorecards.refresh',
  attributes: { action: 'update' },
});

/**
 * All permissions of the scorecards plugin.
 *
 * @public
 */
export const scorecardsPermissions = [
  scorecardsExemptionCreatePermission,
  scorecardsFactsPushPermission,
  scorecardsRefreshPermission,
];
