import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { RollupScorecard } from '@cairn/plugin-scorecards-common';
import Typography from '@material-ui/core/Typography';
import { lazy, Suspense } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../../api';
import { formatScore } from '../../lib/format';

// recharts is the heaviest dependency: load it only when a trend is shown.
const RollupTrendChart = lazy(() =>
  import('./RollupTrendChart').then(m => ({ default: m.RollupTrendChart })),
);

/** Days of history the trend shows. */
export const TREND_DAYS = 90;

/** Props of {@link RollupTrend}. */
export interface RollupTrendProps {
  targetRef: string;
  scorecard: RollupScorecard;
}

/** The trend of a roll-up: a chart plus a sentence that sums it up. */
export function RollupTrend(props: RollupTrendProps) {
  const { targetRef, scorecard } = props;
  const api = useApi(scorecardsApiRef);
  const { value, loading, error } = useAsync(
    () =>
      api.getRollupHistory(targetRef, {
        scorecardId: scorecard.scorecardId,
        days: TREND_DAYS,
      }),
    [api, targetRef, scorecard.scorecardId],
  );

  let content: JSX.Element;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.points.length === 0) {
    content = (
      <Typography color="textSecondary">
        No history yet: a point is recorded for each day of evaluation.
      </Typography>
    );
  } else {
    const first = value.points[0];
    const last = value.points[value.points.length - 1];
    content = (
      <>
        <Typography variant="body2" aria-label="Trend summary">
          {value.points.length === 1
            ? `Average score ${formatScore(last.averageScore)} on ${
                last.date
              }, the first day recorded; a point is added each day.`
            : `Average score ${formatScore(first.averageScore)} on ${
                first.date
              }, ${formatScore(last.averageScore)} on ${last.date}.`}
        </Typography>
        <Suspense fallback={<Progress />}>
          <RollupTrendChart levels={scorecard.levels} points={value.points} />
        </Suspense>
      </>
    );
  }

  return (
    <InfoCard
      title={`Trend of ${scorecard.title}`}
      subheader={`Last ${TREND_DAYS} days`}
    >
      {content}
    </InfoCard>
  );
}
