import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import { InfoCard } from '@backstage/core-components';
import { RollupScorecard } from '@cairn/plugin-scorecards-common';
import Button from '@material-ui/core/Button';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { formatScore } from '../../lib/format';
import { LevelDistribution } from './LevelDistribution';

const useStyles = makeStyles(
  theme => ({
    selected: {
      outline: `2px solid ${theme.palette.primary.main}`,
    },
    heading: {
      marginTop: theme.spacing(2),
    },
    average: {
      fontSize: theme.typography.h4.fontSize,
      fontWeight: theme.typography.fontWeightBold as number,
    },
  }),
  { name: 'PluginScorecardsRollupScorecardSummary' },
);

/** Props of {@link RollupScorecardSummary}. */
export interface RollupScorecardSummaryProps {
  scorecard: RollupScorecard;
  selected: boolean;
  onSelect: () => void;
}

/**
 * One scorecard over a target's entities: average score, levels and the
 * checks failing most.
 */
export function RollupScorecardSummary(props: RollupScorecardSummaryProps) {
  const { scorecard, selected } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(scorecardsTranslationRef);

  return (
    <InfoCard
      title={scorecard.title}
      className={selected ? classes.selected : undefined}
      variant="fullHeight"
    >
      <section aria-label={t('rollup.region', { title: scorecard.title })}>
        <Typography
          aria-label={t('rollup.averageAriaLabel', {
            score: formatScore(scorecard.averageScore),
          })}
        >
          <span className={classes.average}>
            {formatScore(scorecard.averageScore)}
          </span>{' '}
          {t('rollup.averageOver', {
            entities: String(scorecard.entityCount),
          })}
        </Typography>
        <LevelDistribution
          title={scorecard.title}
          levels={scorecard.levels}
          distribution={scorecard.levelDistribution}
        />
        <Typography
          variant="subtitle2"
          component="h3"
          className={classes.heading}
        >
          {t('rollup.failingMost')}
        </Typography>
        {scorecard.mostFailingChecks.length === 0 ? (
          <Typography variant="body2" color="textSecondary">
            {t('rollup.noneFailing')}
          </Typography>
        ) : (
          <List
            dense
            aria-label={t('rollup.failingMostAriaLabel', {
              title: scorecard.title,
            })}
          >
            {scorecard.mostFailingChecks.map(check => (
              <ListItem key={check.checkId} disableGutters>
                <ListItemText
                  primary={check.title}
                  secondary={t('rollup.failingCount', {
                    failing: String(check.failing),
                    entities: String(scorecard.entityCount),
                  })}
                />
              </ListItem>
            ))}
          </List>
        )}
        <Button
          color="primary"
          onClick={props.onSelect}
          aria-pressed={selected}
          disabled={selected}
        >
          {selected ? t('rollup.shown') : t('rollup.show')}
        </Button>
      </section>
    </InfoCard>
  );
}
