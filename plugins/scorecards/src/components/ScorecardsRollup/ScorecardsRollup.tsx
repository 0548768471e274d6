import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../../api';
import { RollupEntitiesTable } from './RollupEntitiesTable';
import { RollupScorecardSummary } from './RollupScorecardSummary';
import { RollupTrend } from './RollupTrend';
import { TeamLeaderboard } from './TeamLeaderboard';

/**
 * Props of {@link ScorecardsRollup}.
 *
 * @public
 */
export interface ScorecardsRollupProps {
  /** A group, system or domain ref, like `group:default/team-checkout`. */
  targetRef: string;
  /** Path of the scorecards tab on entity pages, for drill-down links. */
  tabPath?: string;
}

/**
 * The roll-up of a group (through its child groups), system or domain:
 * per scorecard the level distribution, average score and checks failing
 * most; then for the chosen scorecard the entities, the trend and the
 * team leaderboard.
 *
 * @public
 */
export function ScorecardsRollup(props: ScorecardsRollupProps) {
  const { targetRef, tabPath } = props;
  const api = useApi(scorecardsApiRef);
  const [chosen, setChosen] = useState<string>();
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const { value, loading, error } = useAsync(
    () => api.getRollup(targetRef),
    [api, targetRef],
  );

  if (loading) {
    return <Progress />;
  }
  if (error) {
    return <ResponseErrorPanel error={error} title={t('rollup.loadError')} />;
  }
  if (!value || value.scorecards.length === 0) {
    return (
      <EmptyState
        missing="data"
        title={t('rollup.emptyTitle')}
        description={t('rollup.emptyDescription', { target: targetRef })}
      />
    );
  }

  const selected =
    value.scorecards.find(s => s.scorecardId === chosen) ?? value.scorecards[0];

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Typography variant="body1">
          {t('rollup.measured', { entities: String(value.entityCount) })}{' '}
          <EntityRefLink entityRef={targetRef} />
          {targetRef.startsWith('group:') ? t('rollup.childGroups') : ''}.
        </Typography>
      </Grid>
      {value.scorecards.map(scorecard => (
        <Grid item xs={12} md={6} lg={4} key={scorecard.scorecardId}>
          <RollupScorecardSummary
            scorecard={scorecard}
            selected={scorecard.scorecardId === selected.scorecardId}
            onSelect={() => setChosen(scorecard.scorecardId)}
          />
        </Grid>
      ))}
      <Grid item xs={12}>
        <Typography variant="h5" component="h2">
          {selected.title}
        </Typography>
      </Grid>
      <Grid item xs={12}>
        <RollupEntitiesTable
          key={selected.scorecardId}
          targetRef={targetRef}
          scorecard={selected}
          tabPath={tabPath}
        />
      </Grid>
      <Grid item xs={12} lg={6}>
        <RollupTrend targetRef={targetRef} scorecard={selected} />
      </Grid>
      <Grid item xs={12} lg={6}>
        <TeamLeaderboard
          scorecard={selected}
          targetRef={targetRef}
          tabPath={tabPath}
        />
      </Grid>
    </Grid>
  );
}
