import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  checkoutRollup,
  checkoutRollupEntities,
  mockScorecardsApi,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { downloadCsv } from '../../lib/csv';
import { ScorecardsRollup } from './ScorecardsRollup';

jest.mock('../../lib/csv', () => ({
  ...jest.requireActual('../../lib/csv'),
  downloadCsv: jest.fn(),
}));

const target = 'group:default/team-checkout';

function rollupApi() {
  return mockScorecardsApi({
    getRollup: jest.fn().mockResolvedValue(checkoutRollup),
    getRollupEntities: jest.fn().mockResolvedValue(checkoutRollupEntities),
    getRollupHistory: jest.fn().mockResolvedValue({
      points: [
        {
          date: '2026-11-01',
          averageScore: 40,
          levelDistribution: [{ levelId: null, count: 3 }],
        },
        {
          date: '2026-12-03',
          averageScore: 61.1,
          levelDistribution: checkoutRollup.scorecards[0].levelDistribution,
        },
      ],
    }),
    getLeaderboard: jest.fn().mockResolvedValue({
      items: [
        {
          groupRef: 'group:default/team-payments',
          title: 'Payments',
          entityCount: 4,
          averageScore: 80,
          levelDistribution: [{ levelId: 'gold', count: 4 }],
        },
        {
          groupRef: target,
          title: 'Checkout',
          entityCount: 3,
          averageScore: 61.1,
          levelDistribution: checkoutRollup.scorecards[0].levelDistribution,
        },
      ],
    }),
  });
}

describe('ScorecardsRollup', () => {
  it('shows level distribution, average score and checks failing most', async () => {
    const api = rollupApi();
    await renderWithApis(<ScorecardsRollup targetRef={target} />, { api });

    const summary = await screen.findByRole('region', {
      name: 'Production readiness roll-up',
    });
    expect(api.getRollup).toHaveBeenCalledWith(target);
    expect(within(summary).getByLabelText('Average score 61')).toBeVisible();
    const levels = within(summary).getByRole('list', {
      name: 'Level distribution of Production readiness',
    });
    expect(
      within(levels)
        .getAllByRole('listitem')
        .map(li => li.textContent),
    ).toEqual(['Gold: 1', 'Silver: 0', 'Bronze: 1', 'No level: 1']);
    const failing = within(summary).getByRole('list', {
      name: 'Checks failing most in Production readiness',
    });
    expect(within(failing).getAllByRole('listitem')[0]).toHaveTextContent(
      'Has a runbook link2 of 3 failing',
    );
  });

  it('lists entities with drill-down links, sorts and filters on the server', async () => {
    const api = rollupApi();
    await renderWithApis(<ScorecardsRollup targetRef={target} />, { api });

    const table = await screen.findByRole('table', {
      name: 'Entities in Production readiness',
    });
    await within(table).findByRole('link', { name: 'Checkout service' });
    expect(
      within(table).getByRole('link', { name: 'Checkout service' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-service/scorecards',
    );
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('legacy-cart-widget');
    expect(rows[1]).toHaveTextContent(
      'Has an owner that resolves, Has a runbook link',
    );
    expect(api.getRollupEntities).toHaveBeenLastCalledWith(target, {
      scorecardId: 'production-readiness',
      orderBy: 'score',
      order: 'asc',
      offset: 0,
      limit: 20,
    });

    await userEvent.click(within(table).getByRole('button', { name: 'Score' }));
    await waitFor(() =>
      expect(api.getRollupEntities).toHaveBeenLastCalledWith(
        target,
        expect.objectContaining({ orderBy: 'score', order: 'desc' }),
      ),
    );
    await userEvent.click(
      within(table).getByRole('button', { name: 'Entity' }),
    );
    await waitFor(() =>
      expect(api.getRollupEntities).toHaveBeenLastCalledWith(
        target,
        expect.objectContaining({ orderBy: 'name', order: 'asc' }),
      ),
    );

    await userEvent.type(
      screen.getByRole('textbox', { name: 'Filter entities' }),
      'cart',
    );
    await waitFor(() =>
      expect(api.getRollupEntities).toHaveBeenLastCalledWith(
        target,
        expect.objectContaining({ q: 'cart', offset: 0 }),
      ),
    );

    await userEvent.click(screen.getByRole('button', { name: /Level/ }));
    await userEvent.click(
      await screen.findByRole('option', { name: 'No level' }),
    );
    await waitFor(() =>
      expect(api.getRollupEntities).toHaveBeenLastCalledWith(
        target,
        expect.objectContaining({ q: 'cart', level: 'none' }),
      ),
    );
  });

  it('downloads what the table shows as CSV', async () => {
    const api = rollupApi();
    await renderWithApis(<ScorecardsRollup targetRef={target} />, { api });

    await screen.findByRole('link', { name: 'Checkout service' });
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));

    await waitFor(() => expect(downloadCsv).toHaveBeenCalledTimes(1));
    expect(api.getRollupEntities).toHaveBeenLastCalledWith(
      target,
      expect.objectContaining({ offset: 0, limit: 10_000, orderBy: 'score' }),
    );
    const [fileName, csv] = (downloadCsv as jest.Mock).mock.calls[0];
    expect(fileName).toBe('scorecards-team-checkout-production-readiness.csv');
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'entity,title,kind,owner,score,level,failing checks',
      'component:default/legacy-cart-widget,,Component,group:default/team-checkout,0,,Has an owner that resolves; Has a runbook link',
      'component:default/checkout-service,Checkout service,Component,group:default/team-checkout,67,Bronze,Has a runbook link',
    ]);
  });

  it('shows the trend summary and the team leaderboard', async () => {
    const api = rollupApi();
    await renderWithApis(<ScorecardsRollup targetRef={target} />, { api });

    expect(await screen.findByLabelText('Trend summary')).toHaveTextContent(
      'Average score 40 on 2026-11-01, 61 on 2026-12-03.',
    );
    expect(api.getRollupHistory).toHaveBeenCalledWith(target, {
      scorecardId: 'production-readiness',
      days: 90,
    });

    const board = await screen.findByRole('table', {
      name: 'Team leaderboard for Production readiness',
    });
    const rows = within(board).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('1Payments480Gold 4');
    expect(rows[2]).toHaveTextContent('2Checkout361');
    expect(
      within(rows[2]).getByRole('link', { name: 'Checkout' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/group/team-checkout/scorecards',
    );
    expect(rows[2]).toHaveClass('Mui-selected');
  });

  it('says so when nothing is measured below the target', async () => {
    const api = mockScorecardsApi({
      getRollup: async () => ({ target, entityCount: 0, scorecards: [] }),
    });
    await renderWithApis(<ScorecardsRollup targetRef={target} />, { api });
    expect(
      await screen.findByText('No scorecard results here yet'),
    ).toBeInTheDocument();
  });

  it('shows the error when the roll-up fails', async () => {
    const api = mockScorecardsApi({
      getRollup: () =>
        Promise.reject(new Error('group:default/nope not found')),
    });
    await renderWithApis(<ScorecardsRollup targetRef={target} />, { api });
    expect(
      await screen.findByText(/Could not load the roll-up/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText(/group:default\/nope not found/).length,
    ).toBeGreaterThan(0);
  });
});
