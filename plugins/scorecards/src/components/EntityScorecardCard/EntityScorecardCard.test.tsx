import { ScorecardsApi } from '@cairn/plugin-scorecards-common';
import { screen, within } from '@testing-library/react';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import {
  checkoutEntity,
  checkoutResponse,
  checkoutResult,
  mockScorecardsApi,
} from '../../__testUtils__/fixtures';
import { EntityScorecardCard } from './EntityScorecardCard';

function renderCard(api: ScorecardsApi, tabPath?: string) {
  return renderWithApis(<EntityScorecardCard tabPath={tabPath} />, {
    api,
    entity: checkoutEntity,
  });
}

describe('EntityScorecardCard', () => {
  it('lists level and score per scorecard and links to the tab', async () => {
    await renderCard(
      mockScorecardsApi({
        getEntityScorecards: async () =>
          checkoutResponse(checkoutResult, {
            ...checkoutResult,
            scorecard: {
              ...checkoutResult.scorecard,
              id: 'docs',
              title: 'Documentation',
            },
            score: 20,
            level: undefined,
          }),
      }),
    );

    const list = await screen.findByRole('list', { name: 'Scorecards' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Production readiness');
    expect(items[0]).toHaveTextContent('Score 67 · 1 failing check');
    expect(
      within(items[0]).getByLabelText('Level: Bronze (1 of 3)'),
    ).toBeVisible();
    expect(
      within(items[1]).getByLabelText('Level: none reached'),
    ).toBeVisible();
    expect(
      screen.getByRole('link', { name: /View all checks/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-service/scorecards',
    );
  });

  it('links to a tab mounted elsewhere', async () => {
    await renderCard(
      mockScorecardsApi({
        getEntityScorecards: async () => checkoutResponse(checkoutResult),
      }),
      '/quality',
    );
    expect(
      await screen.findByRole('link', { name: /View all checks/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/checkout-service/quality',
    );
  });

  it('says so when no scorecard applies', async () => {
    await renderCard(
      mockScorecardsApi({
        getEntityScorecards: async () => checkoutResponse(),
      }),
    );
    expect(
      await screen.findByText('No scorecard applies to this entity'),
    ).toBeInTheDocument();
  });

  it('shows a progress bar, then the error', async () => {
    let reject: (e: Error) => void = () => {};
    await renderCard(
      mockScorecardsApi({
        getEntityScorecards: () =>
          new Promise((_, r) => {
            reject = r;
          }),
      }),
    );
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
    reject(new Error('backend unreachable'));
    expect(
      await screen.findByText('Error: backend unreachable'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
