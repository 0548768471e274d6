import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import { LevelCount, LevelSummary } from '@cairn/plugin-scorecards-common';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { levelColor } from './levelColors';

const useStyles = makeStyles(
  theme => ({
    bar: {
      display: 'flex',
      height: theme.spacing(1.5),
      borderRadius: theme.shape.borderRadius,
      overflow: 'hidden',
      backgroundColor: theme.palette.action.hover,
      margin: theme.spacing(1, 0),
    },
    list: {
      display: 'flex',
      flexWrap: 'wrap',
      gap: theme.spacing(2),
      listStyle: 'none',
      margin: 0,
      padding: 0,
    },
    swatch: {
      display: 'inline-block',
      width: theme.spacing(1.25),
      height: theme.spacing(1.25),
      borderRadius: '50%',
      marginRight: theme.spacing(0.5),
    },
  }),
  { name: 'PluginScorecardsLevelDistribution' },
);

/** Props of {@link LevelDistribution}. */
export interface LevelDistributionProps {
  title: string;
  levels: LevelSummary[];
  distribution: LevelCount[];
}

/** Orders counts like the levels, highest first, "No level" last. */
export function orderedCounts(
  levels: LevelSummary[],
  distribution: LevelCount[],
  noLevelTitle: string,
): { id: string | null; title: string; count: number; index: number }[] {
  const count = (id: string | null) =>
    distribution.find(d => d.levelId === id)?.count ?? 0;
  const rows = levels
    .map((l, index) => ({
      id: l.id,
      title: l.title,
      count: count(l.id),
      index,
    }))
    .reverse();
  return [
    ...rows,
    { id: null, title: noLevelTitle, count: count(null), index: -1 },
  ];
}

/**
 * How many entities sit at each level: a stacked bar for the eye and a list
 * for screen readers and tests.
 */
export function LevelDistribution(props: LevelDistributionProps) {
  const { title, levels, distribution } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const rows = orderedCounts(levels, distribution, t('level.none'));
  const total = rows.reduce((sum, r) => sum + r.count, 0);

  return (
    <div>
      <div className={classes.bar} aria-hidden="true">
        {total > 0 &&
          rows.map(r => (
            <div
              key={r.id ?? 'none'}
              style={{
                width: `${(100 * r.count) / total}%`,
                backgroundColor: levelColor(r.index, levels.length),
              }}
            />
          ))}
      </div>
      <ul
        className={classes.list}
        aria-label={t('rollup.distributionAriaLabel', { title })}
      >
        {rows.map(r => (
          <li key={r.id ?? 'none'}>
            <Typography variant="body2" component="span">
              <span
                className={classes.swatch}
                style={{ backgroundColor: levelColor(r.index, levels.length) }}
              />
              {r.title}: {r.count}
            </Typography>
          </li>
        ))}
      </ul>
    </div>
  );
}
