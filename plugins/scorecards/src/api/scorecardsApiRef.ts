import { createApiRef } from '@backstage/core-plugin-api';
import { ScorecardsApi } from '@cairn/plugin-scorecards-common';

/**
 * The API that the scorecards components read through.
 *
 * @remarks
 *
 * The plugin registers a default factory that wires the
 * `ScorecardsClient` from `@cairn/plugin-scorecards-common` to the app's
 * `discoveryApi` and `fetchApi`. Override it to point the components at
 * another implementation.
 *
 * @public
 */
export const scorecardsApiRef = createApiRef<ScorecardsApi>({
  id: 'plugin.scorecards.service',
});
