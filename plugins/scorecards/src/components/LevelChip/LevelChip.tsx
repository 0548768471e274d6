import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import { LevelSummary } from '@cairn/plugin-scorecards-common';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(
  theme => ({
    reached: {
      color: theme.palette.primary.contrastText,
      backgroundColor: theme.palette.primary.main,
      fontWeight: theme.typography.fontWeightBold as number,
    },
    top: {
      color: theme.palette.success.contrastText,
      backgroundColor: theme.palette.success.main,
      fontWeight: theme.typography.fontWeightBold as number,
    },
  }),
  { name: 'PluginScorecardsLevelChip' },
);

/**
 * Props of {@link LevelChip}.
 *
 * @public
 */
export interface LevelChipProps {
  /** The level reached; absent when none is. */
  level?: LevelSummary;
  /** The scorecard's levels, lowest first, to tell how high the level is. */
  levels: LevelSummary[];
  size?: 'small' | 'medium';
}

/**
 * A badge with the level an entity reached, or "No level".
 *
 * @public
 */
export function LevelChip(props: LevelChipProps) {
  const { level, levels, size = 'small' } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(scorecardsTranslationRef);

  if (!level) {
    return (
      <Chip
        size={size}
        variant="outlined"
        label={t('level.none')}
        aria-label={t('level.noneAriaLabel')}
      />
    );
  }

  const rank = levels.findIndex(l => l.id === level.id);
  const isTop = rank >= 0 && rank === levels.length - 1;
  return (
    <Chip
      size={size}
      label={level.title}
      className={isTop ? classes.top : classes.reached}
      aria-label={
        rank >= 0
          ? t('level.rankedAriaLabel', {
              title: level.title,
              rank: String(rank + 1),
              total: String(levels.length),
            })
          : t('level.ariaLabel', { title: level.title })
      }
    />
  );
}
