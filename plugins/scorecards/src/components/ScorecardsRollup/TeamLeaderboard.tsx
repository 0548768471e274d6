import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { RollupScorecard } from '@cairn/plugin-scorecards-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { scorecardsApiRef } from '../../api';
import { formatScore } from '../../lib/format';
import { useEntityTabLink } from '../../lib/useEntityTabLink';
import { orderedCounts } from './LevelDistribution';

/** Props of {@link TeamLeaderboard}. */
export interface TeamLeaderboardProps {
  scorecard: RollupScorecard;
  /** The roll-up target, marked when it is on the board. */
  targetRef?: string;
  tabPath?: string;
}

/** Teams ranked by average score on one scorecard, best first. */
export function TeamLeaderboard(props: TeamLeaderboardProps) {
  const { scorecard, targetRef, tabPath } = props;
  const api = useApi(scorecardsApiRef);
  const tabLink = useEntityTabLink(tabPath);
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const { value, loading, error } = useAsync(
    () =>
      api.getLeaderboard({
        scorecardId: scorecard.scorecardId,
        groupType: 'team',
      }),
    [api, scorecard.scorecardId],
  );

  let content: JSX.Element;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.items.length === 0) {
    content = (
      <Typography color="textSecondary">{t('leaderboard.empty')}</Typography>
    );
  } else {
    content = (
      <Table
        size="small"
        aria-label={t('leaderboard.ariaLabel', { title: scorecard.title })}
      >
        <TableHead>
          <TableRow>
            <TableCell>{t('leaderboard.rank')}</TableCell>
            <TableCell>{t('leaderboard.team')}</TableCell>
            <TableCell align="right">{t('leaderboard.entities')}</TableCell>
            <TableCell align="right">{t('leaderboard.average')}</TableCell>
            <TableCell>{t('leaderboard.levels')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {value.items.map((team, i) => (
            <TableRow
              key={team.groupRef}
              selected={team.groupRef === targetRef}
            >
              <TableCell>{i + 1}</TableCell>
              <TableCell>
                <Link to={tabLink(team.groupRef)}>
                  {team.title ?? parseEntityRef(team.groupRef).name}
                </Link>
              </TableCell>
              <TableCell align="right">{team.entityCount}</TableCell>
              <TableCell align="right">
                {formatScore(team.averageScore)}
              </TableCell>
              <TableCell>
                {orderedCounts(
                  scorecard.levels,
                  team.levelDistribution,
                  t('level.none'),
                )
                  .filter(r => r.count > 0)
                  .map(r => `${r.title} ${r.count}`)
                  .join(' · ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }

  return <InfoCard title={t('leaderboard.title')}>{content}</InfoCard>;
}
