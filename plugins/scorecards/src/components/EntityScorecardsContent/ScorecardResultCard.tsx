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
  const other: LevelGroup = { id: '', title: 'Other', rows: [] };

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
 * How a level stands, like "2 of 3 passing, 1 unknown". Checks that do not
 * apply are left out; unknown results are neither passing nor failing.
 */
export function summarizeGroup(group: LevelGroup): string {
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
  const parts = [];
  if (known > 0) {
    parts.push(`${passing} of ${known} passing`);
  }
  if (unknown > 0) {
    parts.push(`${unknown} unknown`);
  }
  return parts.length > 0 ? parts.join(', ') : 'not applicable';
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

  return (
    <InfoCard title={scorecard.title} subheader={scorecard.description}>
      <section aria-label={`${scorecard.title} scorecard`}>
        <div className={classes.header}>
          <Box aria-label={`Score ${formatScore(result.score)} out of 100`}>
            <span className={classes.score}>{formatScore(result.score)}</span>
            <Typography component="span" color="textSecondary">
              {' '}
              / 100
            </Typography>
          </Box>
          <LevelChip
            level={result.level}
            levels={scorecard.levels}
            size="medium"
          />
          <Typography variant="body2" color="textSecondary">
            Last evaluated {formatDateTime(result.evaluatedAt)}
          </Typography>
          <ScoreSparkline points={result.trend} />
        </div>
        {groups.map(group => {
          const summary = summarizeGroup(group);
          return (
            <section key={group.id || 'other'} aria-label={group.title}>
              <Typography variant="h6" component="h3" className={classes.level}>
                {group.title}{' '}
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
                />
              ))}
            </section>
          );
        })}
      </section>
    </InfoCard>
  );
}
