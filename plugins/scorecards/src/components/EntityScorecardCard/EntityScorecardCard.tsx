import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemSecondaryAction from '@material-ui/core/ListItemSecondaryAction';
import ListItemText from '@material-ui/core/ListItemText';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../../api';
import { formatScore } from '../../lib/format';
import { DEFAULT_TAB_PATH, useEntityTabLink } from '../../lib/useEntityTabLink';
import { LevelChip } from '../LevelChip';

/**
 * Props of {@link EntityScorecardCard}.
 *
 * @public
 */
export interface EntityScorecardCardProps {
  /**
   * The path of the scorecards tab below the entity page, where the card
   * links to. Defaults to `scorecards`.
   */
  tabPath?: string;
  /** The InfoCard variant; `gridItem` fills its grid cell. */
  variant?: 'gridItem' | 'fullHeight';
}

/**
 * A summary card for an entity's overview: the level and score of each
 * scorecard, linking to the scorecards tab.
 *
 * @public
 */
export function EntityScorecardCard(props: EntityScorecardCardProps) {
  const { tabPath = DEFAULT_TAB_PATH, variant = 'gridItem' } = props;
  const { entity } = useEntity();
  const api = useApi(scorecardsApiRef);
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const entityRef = stringifyEntityRef(entity);
  const tabLink = useEntityTabLink(tabPath)(entityRef);
  const { value, loading, error } = useAsync(
    () => api.getEntityScorecards(entityRef),
    [api, entityRef],
  );

  const failingText = (failing: number) => {
    if (failing === 0) {
      return t('card.noFailingChecks');
    }
    return failing === 1
      ? t('card.oneFailingCheck')
      : t('card.failingChecks', { failing: String(failing) });
  };

  let content: JSX.Element;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.scorecards.length === 0) {
    content = (
      <EmptyState missing="data" title={t('entityContent.emptyTitle')} />
    );
  } else {
    content = (
      <List dense aria-label={t('card.title')}>
        {value.scorecards.map(result => {
          const failing = result.checks.filter(
            c => c.state === 'fail' && !c.exemption,
          ).length;
          return (
            <ListItem key={result.scorecard.id}>
              <ListItemText
                primary={result.scorecard.title}
                secondary={`${t('card.score', {
                  score: formatScore(result.score),
                })} · ${failingText(failing)}`}
              />
              <ListItemSecondaryAction>
                <LevelChip
                  level={result.level}
                  levels={result.scorecard.levels}
                />
              </ListItemSecondaryAction>
            </ListItem>
          );
        })}
      </List>
    );
  }

  return (
    <InfoCard
      title={t('card.title')}
      variant={variant}
      deepLink={{ title: t('card.viewAll'), link: tabLink }}
    >
      {content}
    </InfoCard>
  );
}
