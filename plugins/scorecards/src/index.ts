/**
 * Cairn scorecards frontend: the entity tab and card, the group roll-up tab
 * and the managers' page.
 *
 * @packageDocumentation
 */

export {
  scorecardsPlugin,
  ScorecardsPage,
  EntityScorecardsContent,
  EntityScorecardCard,
  EntityScorecardsRollupContent,
} from './plugin';
export { scorecardsApiRef } from './api';
export { rootRouteRef as scorecardsRouteRef } from './routes';
export type { EntityScorecardCardProps } from './components/EntityScorecardCard';
export type { EntityScorecardsRollupContentProps } from './components/EntityScorecardsRollupContent';
export type { ScorecardsPageProps } from './components/ScorecardsPage';
