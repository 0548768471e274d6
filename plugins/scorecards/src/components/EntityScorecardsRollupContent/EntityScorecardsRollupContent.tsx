import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import { ScorecardsRollup } from '../ScorecardsRollup';

/**
 * Props of {@link EntityScorecardsRollupContent}.
 *
 * @public
 */
export interface EntityScorecardsRollupContentProps {
  /** Path of the scorecards tab on entity pages, for drill-down links. */
  tabPath?: string;
}

/**
 * The roll-up tab of a group, system or domain page. For a group it covers
 * the entities its child groups own too.
 *
 * @public
 */
export function EntityScorecardsRollupContent(
  props: EntityScorecardsRollupContentProps,
) {
  const { entity } = useEntity();
  return (
    <ScorecardsRollup
      targetRef={stringifyEntityRef(entity)}
      tabPath={props.tabPath}
    />
  );
}
