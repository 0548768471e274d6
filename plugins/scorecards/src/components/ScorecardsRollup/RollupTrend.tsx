import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
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
  const { t } = useTranslationRef(scorecardsTranslationRef);
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
      <Typography color="textSecondary">{t('trend.noHistory')}</Typography>
    );
  } else {
    const first = value.points[0];
    const last = value.points[value.points.length - 1];
    content = (
      <>
        <Typography variant="body2" aria-label={t('trend.summaryAriaLabel')}>
          {value.points.length === 1
            ? t('trend.firstDay', {
                score: formatScore(last.averageScore),
                date: last.date,
              })
            : t('trend.summary', {
                from: formatScore(first.averageScore),
                fromDate: first.date,
                to: formatScore(last.averageScore),
                toDate: last.date,
              })}
        </Typography>
        <Suspense fallback={<Progress />}>
          <RollupTrendChart levels={scorecard.levels} points={value.points} />
        </Suspense>
      </>
    );
  }

  return (
    <InfoCard
      title={t('trend.title', { title: scorecard.title })}
      subheader={t('trend.subheader', { days: String(TREND_DAYS) })}
    >
      {content}
    </InfoCard>
  );
}
