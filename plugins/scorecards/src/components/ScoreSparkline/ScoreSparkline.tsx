import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import { ScoreTrendPoint } from '@cairn/plugin-scorecards-common';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { formatScore } from '../../lib/format';

const useStyles = makeStyles(
  theme => ({
    line: {
      fill: 'none',
      stroke: theme.palette.primary.main,
      strokeWidth: 2,
      strokeLinejoin: 'round',
      strokeLinecap: 'round',
    },
    last: {
      fill: theme.palette.primary.main,
    },
  }),
  { name: 'PluginScorecardsScoreSparkline' },
);

/**
 * Props of {@link ScoreSparkline}.
 *
 * @public
 */
export interface ScoreSparklineProps {
  /** Daily scores, oldest first. */
  points: ScoreTrendPoint[];
  width?: number;
  height?: number;
}

/** Describes a trend in words, for screen readers and the tooltip. */
function useTrendDescription(points: ScoreTrendPoint[]): string {
  const { t } = useTranslationRef(scorecardsTranslationRef);
  if (points.length === 0) {
    return t('sparkline.empty');
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) {
    return t('sparkline.single', {
      score: formatScore(last.score),
      date: last.date,
    });
  }
  return t('sparkline.trend', {
    from: formatScore(first.score),
    fromDate: first.date,
    to: formatScore(last.score),
    toDate: last.date,
  });
}

/**
 * A small line of an entity's daily scores, drawn as plain SVG so the tab
 * needs no charting library.
 *
 * @public
 */
export function ScoreSparkline(props: ScoreSparklineProps) {
  const { points, width = 120, height = 32 } = props;
  const classes = useStyles();
  const label = useTrendDescription(points);

  if (points.length < 2) {
    return (
      <Typography variant="caption" color="textSecondary">
        {label}
      </Typography>
    );
  }

  const pad = 3;
  const step = (width - 2 * pad) / (points.length - 1);
  const y = (score: number) =>
    pad + (1 - Math.min(100, Math.max(0, score)) / 100) * (height - 2 * pad);
  const coords = points.map((p, i) => [pad + i * step, y(p.score)] as const);
  const [lastX, lastY] = coords[coords.length - 1];

  return (
    <svg
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <title>{label}</title>
      <polyline
        className={classes.line}
        points={coords.map(([cx, cy]) => `${cx},${cy}`).join(' ')}
      />
      <circle className={classes.last} cx={lastX} cy={lastY} r={2.5} />
    </svg>
  );
}
