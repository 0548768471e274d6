import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import { InfoCard } from '@backstage/core-components';
import {
  CheckSummary,
  EntityCheckResult,
  EntityScorecard,
  Exemption,
} from '@cairn/plugin-scorecards-common';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import { formatDateTime, formatScore } from '../../lib/format';
import { LevelChip } from '../LevelChip';
import { ScoreSparkline } from '../ScoreSparkline';
import { CheckResultItem } from './CheckResultItem';

const useStyles = makeStyles(
  theme => ({
    header: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(3),
      marginBottom: theme.spacing(2),
    },
    score: {
      fontSize: theme.typography.h3.fontSize,
      fontWeight: theme.typography.fontWeightBold as number,
      lineHeight: 1,
    },
    level: {
      marginTop: theme.spacing(3),
      marginBottom: theme.spacing(1),
    },
  }),
  { name: 'PluginScorecardsScorecardResultCard' },
);

/** Props of {@link ScorecardResultCard}. */
export interface ScorecardResultCardProps {
  entityRef: string;
  result: EntityScorecard;
  onExemptionCreated: (exemption: Exemption) => void;
  onExemptionRevoked: (exemption: Exemption) => void;
}

interface LevelGroup {
  id: string;
  title: string;
  rows: { check: CheckSummary; result: EntityCheckResult }[];
}

/**
 * Pairs each check with its result and groups them by level, lowest first.
 * Checks of a level the scorecard does not declare go last, under "Other".
 */
export function groupChecksByLevel(result: EntityScorecard): LevelGroup[] {
  const { scorecard } = result;
  const byCheck = new Map(result.checks.map(c => [c.checkId, c]));
  const groups: LevelGroup[] = scorecard.levels.map(l => ({
    id: l.id,
    title: l.title,
    rows: [],
  }));
  const other: LevelGroup = { id: '', title: '', rows: [] };

  for (const check of scorecard.checks) {
    const row = {
      check,
      result: byCheck.get(check.id) ?? {
        checkId: check.id,
        state: 'unknown' as const,
      },
    };
    (groups.find(g => g.id === check.level) ?? other).rows.push(row);
  }

  return [...groups, other].filter(g => g.rows.length > 0);
}

/**
 * How a level stands: passing out of known results, and unknown ones.
 * Checks that do not apply are left out; unknown results are neither
 * passing nor failing.
 */
export function countGroup(group: LevelGroup): {
  passing: number;
  known: number;
  unknown: number;
} {
  let passing = 0;
  let known = 0;
  let unknown = 0;
  for (const { result } of group.rows) {
    if (result.state === 'not_applicable') {
      continue;
    } else if (result.state === 'unknown' && !result.exemption) {
      unknown += 1;
    } else {
      known += 1;
      if (result.state === 'pass' || result.exemption) {
        passing += 1;
      }
    }
  }
  return { passing, known, unknown };
}

/**
 * One scorecard's results for an entity: score, level, last evaluation and
 * trend, then the checks grouped by level.
 */
export function ScorecardResultCard(props: ScorecardResultCardProps) {
  const { entityRef, result } = props;
  const { scorecard } = result;
  const classes = useStyles();
  const groups = groupChecksByLevel(result);
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const summarize = (group: LevelGroup) => {
    const { passing, known, unknown } = countGroup(group);
    const parts = [];
    if (known > 0) {
      parts.push(
        t('resultCard.passing', {
          passing: String(passing),
          known: String(known),
        }),
      );
    }
    if (unknown > 0) {
      parts.push(t('resultCard.unknown', { unknown: String(unknown) }));
    }
    return parts.length > 0 ? parts.join(', ') : t('resultCard.notApplicable');
  };

  return (
    <InfoCard title={scorecard.title} subheader={scorecard.description}>
      <section aria-label={t('resultCard.region', { title: scorecard.title })}>
        <div className={classes.header}>
          <Box
            aria-label={t('resultCard.scoreAriaLabel', {
              score: formatScore(result.score),
            })}
          >
            <span className={classes.score}>{formatScore(result.score)}</span>
            <Typography component="span" color="textSecondary">
              {' '}
              {t('resultCard.outOf')}
            </Typography>
          </Box>
          <LevelChip
            level={result.level}
            levels={scorecard.levels}
            size="medium"
          />
          <Typography variant="body2" color="textSecondary">
            {t('resultCard.lastEvaluated', {
              time: formatDateTime(result.evaluatedAt),
            })}
          </Typography>
          <ScoreSparkline points={result.trend} />
        </div>
        {groups.map(group => {
          const summary = summarize(group);
          const title = group.title || t('resultCard.otherLevel');
          return (
            <section key={group.id || 'other'} aria-label={title}>
              <Typography variant="h6" component="h3" className={classes.level}>
                {title}{' '}
                <Typography component="span" color="textSecondary">
                  ({summary})
                </Typography>
              </Typography>
              {group.rows.map(({ check, result: checkResult }) => (
                <CheckResultItem
                  key={check.id}
                  entityRef={entityRef}
                  scorecardId={scorecard.id}
                  check={check}
                  result={checkResult}
                  onExemptionCreated={props.onExemptionCreated}
                  onExemptionRevoked={props.onExemptionRevoked}
                />
              ))}
            </section>
          );
        })}
      </section>
    </InfoCard>
  );
}
