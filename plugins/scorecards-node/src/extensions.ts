import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { ScorecardsFactCollector } from './types';

/**
 * Lets modules add fact collectors to the scorecards backend.
 *
 * @public
 */
export interface ScorecardsFactCollectorsExtensionPoint {
  /** Adds one or more collectors. */
  addFactCollector(
    ...collectors: Array<ScorecardsFactCollector | ScorecardsFactCollector[]>
  ): void;
}

/**
 * Extension point for fact collectors (id `scorecards.factCollectors`).
 *
 * @example
 * ```ts
 * createBackendModule({
 *   pluginId: 'scorecards',
 *   moduleId: 'my-collector',
 *   register(env) {
 *     env.registerInit({
 *       deps: { collectors: scorecardsFactCollectorsExtensionPoint },
 *       async init({ collectors }) {
 *         collectors.addFactCollector(myCollector);
 *       },
 *     });
 *   },
 * });
 * ```
 *
 * @public
 */
export const scorecardsFactCollectorsExtensionPoint =
  createExtensionPoint<ScorecardsFactCollectorsExtensionPoint>({
    id: 'scorecards.factCollectors',
  });
