import { createRouteRef } from '@backstage/core-plugin-api';

/**
 * The route of the managers' page, `ScorecardsPage`.
 *
 * @public
 */
export const rootRouteRef = createRouteRef({
  id: 'scorecards',
});
