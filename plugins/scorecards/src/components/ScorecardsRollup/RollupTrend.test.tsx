import { screen } from '@testing-library/react';
import {
  checkoutRollup,
  mockScorecardsApi,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { RollupTrend } from './RollupTrend';

const target = 'group:default/team-checkout';
const scorecard = checkoutRollup.scorecards[0];

describe('RollupTrend', () => {
  it('says when there is only the first day', async () => {
    await renderWithApis(
      <RollupTrend targetRef={target} scorecard={scorecard} />,
      {
        api: mockScorecardsApi({
          getRollupHistory: async () => ({
            points: [
              {
                date: '2026-12-03',
                averageScore: 61.1,
                levelDistribution: scorecard.levelDistribution,
              },
            ],
          }),
        }),
      },
    );
    expect(await screen.findByLabelText('Trend summary')).toHaveTextContent(
      'Average score 61 on 2026-12-03, the first day recorded; a point is added each day.',
    );
  });

  it('says so when nothing has been recorded', async () => {
    await renderWithApis(
      <RollupTrend targetRef={target} scorecard={scorecard} />,
      {
        api: mockScorecardsApi({
          getRollupHistory: async () => ({ points: [] }),
        }),
      },
    );
    expect(await screen.findByText(/No history yet/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Trend summary')).toBeNull();
  });

  it('shows the error when the history fails', async () => {
    await renderWithApis(
      <RollupTrend targetRef={target} scorecard={scorecard} />,
      {
        api: mockScorecardsApi({
          getRollupHistory: () =>
            Promise.reject(new Error('days must be 1..365')),
        }),
      },
    );
    expect(
      await screen.findByText('Error: days must be 1..365'),
    ).toBeInTheDocument();
  });
});
