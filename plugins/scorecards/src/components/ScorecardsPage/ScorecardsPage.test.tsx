import { mockApis } from '@backstage/test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  checkoutRollup,
  mockScorecardsApi,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { ScorecardsPage } from './ScorecardsPage';

const catalogApi = {
  getEntities: jest.fn().mockResolvedValue({
    items: [
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: { name: 'payments', namespace: 'default', title: 'Payments' },
      },
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'team-checkout', namespace: 'default' },
      },
    ],
  }),
};

function pageApi() {
  return mockScorecardsApi({
    getRollup: jest.fn().mockImplementation(async (ref: string) => ({
      ...checkoutRollup,
      target: ref,
      scorecards: [],
    })),
  });
}

describe('ScorecardsPage', () => {
  it("rolls up the signed-in user's group by default", async () => {
    const api = pageApi();
    await renderWithApis(<ScorecardsPage />, {
      api,
      catalogApi,
      identityApi: mockApis.identity({
        userEntityRef: 'user:default/guest',
        ownershipEntityRefs: [
          'user:default/guest',
          'group:default/team-checkout',
        ],
      }),
    });

    await waitFor(() =>
      expect(api.getRollup).toHaveBeenCalledWith('group:default/team-checkout'),
    );
    expect(screen.getByRole('heading', { name: 'Scorecards' })).toBeVisible();
    const mine = screen.getByRole('navigation', { name: 'Your groups' });
    expect(
      within(mine).getByRole('button', { name: 'team-checkout' }),
    ).toBeVisible();
    expect(
      await screen.findByText('No scorecard results here yet'),
    ).toBeInTheDocument();
  });

  it('rolls up the target named in the URL', async () => {
    const api = pageApi();
    await renderWithApis(<ScorecardsPage />, {
      api,
      catalogApi,
      routeEntries: ['/?target=system:default/payments'],
    });
    await waitFor(() =>
      expect(api.getRollup).toHaveBeenCalledWith('system:default/payments'),
    );
    expect(
      await screen.findByRole('textbox', { name: 'Group, system or domain' }),
    ).toHaveValue('Payments');
  });

  it('switches to the system or domain picked from the catalog', async () => {
    const api = pageApi();
    await renderWithApis(<ScorecardsPage />, {
      api,
      catalogApi,
      identityApi: mockApis.identity({
        ownershipEntityRefs: ['group:default/team-checkout'],
      }),
    });
    await waitFor(() => expect(api.getRollup).toHaveBeenCalledTimes(1));
    expect(catalogApi.getEntities).toHaveBeenCalledWith({
      filter: { kind: ['Group', 'System', 'Domain'] },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title'],
    });

    const picker = screen.getByRole('textbox', {
      name: 'Group, system or domain',
    });
    await userEvent.click(picker);
    await userEvent.click(
      await screen.findByRole('option', { name: 'Payments' }),
    );

    await waitFor(() =>
      expect(api.getRollup).toHaveBeenLastCalledWith('system:default/payments'),
    );
  });

  it('asks for a target when the user belongs to no group', async () => {
    const api = pageApi();
    await renderWithApis(<ScorecardsPage />, {
      api,
      catalogApi,
      identityApi: mockApis.identity({
        ownershipEntityRefs: ['user:default/guest'],
      }),
    });
    expect(
      await screen.findByText('Pick a group, system or domain'),
    ).toBeInTheDocument();
    expect(api.getRollup).not.toHaveBeenCalled();
  });
});
