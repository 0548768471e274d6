import { identityApiRef } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  OwnershipApi,
  OwnershipIndexInfo,
} from '@cairn/plugin-ownership-common';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ownershipApiRef } from '../../api';
import { OwnershipPage } from './OwnershipPage';

const index: OwnershipIndexInfo = {
  builtAt: '2026-01-01T00:00:00Z',
  ageSeconds: 5,
  entityCount: 90,
};

function fakeApi(overrides: Partial<OwnershipApi> = {}) {
  const api: OwnershipApi = {
    getEntityOwnership: jest.fn(),
    search: jest.fn().mockResolvedValue({
      index,
      items: [
        {
          entityRef: 'component:default/checkout-web',
          kind: 'Component',
          title: 'Checkout Web',
          matchedOn: 'name',
          score: 100,
          provenance: { type: 'direct' },
          owner: {
            ref: 'group:default/team-checkout',
            kind: 'Group',
            title: 'Checkout',
            email: 'checkout@lumen.example',
          },
        },
      ],
    }),
    getGroupOwned: jest.fn().mockResolvedValue({
      groupRef: 'group:default/team-checkout',
      transitive: true,
      groupCount: 1,
      truncated: false,
      totalCount: 1,
      index,
      items: [
        {
          entityRef: 'component:default/cart-service',
          kind: 'Component',
          ownerRef: 'group:default/team-checkout',
          provenance: { type: 'direct' },
        },
      ],
    }),
    getReport: jest.fn().mockResolvedValue({
      index,
      totalCount: 1,
      counts: { placeholder_owner: 1 },
      items: [
        {
          entityRef: 'component:default/legacy-cart-widget',
          kind: 'Component',
          ownerRef: 'group:default/team-checkout',
          provenance: { type: 'system', ref: 'system:default/storefront' },
          flags: [
            {
              type: 'placeholder_owner',
              message: 'Owner group:default/unknown is a placeholder',
            },
          ],
        },
      ],
    }),
    ...overrides,
  };
  return api;
}

const identityApi = {
  getBackstageIdentity: async () => ({
    type: 'user' as const,
    userEntityRef: 'user:default/guest',
    ownershipEntityRefs: ['user:default/guest', 'group:default/team-checkout'],
  }),
  getProfileInfo: async () => ({}),
  getCredentials: async () => ({}),
  signOut: async () => {},
};

function renderPage(api: OwnershipApi) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [ownershipApiRef, api],
        [catalogApiRef, catalogApiMock()],
        [identityApiRef, identityApi],
      ]}
    >
      <OwnershipPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

// The page renders three panels; shared CI cores can be slow.
jest.setTimeout(20_000);

describe('OwnershipPage', () => {
  it('answers "who supports" with the owner email inline', async () => {
    const api = fakeApi();
    await renderPage(api);

    await userEvent.click(
      screen.getByRole('textbox', { name: 'Who supports...?' }),
    );
    await userEvent.paste('checkout-web');

    const mail = await screen.findByRole(
      'link',
      { name: /checkout@lumen.example/ },
      { timeout: 5000 },
    );
    expect(mail).toHaveAttribute('href', 'mailto:checkout@lumen.example');
    expect(api.search).toHaveBeenLastCalledWith('checkout-web', { limit: 20 });
  });

  it('shows an empty state when nothing matches', async () => {
    const api = fakeApi({
      search: jest.fn().mockResolvedValue({ items: [], index }),
    });
    await renderPage(api);
    await userEvent.click(
      screen.getByRole('textbox', { name: 'Who supports...?' }),
    );
    await userEvent.paste('zzz');
    expect(
      await screen.findByText('Nothing matches "zzz"', {}, { timeout: 5000 }),
    ).toBeInTheDocument();
  });

  it("opens the team view on the user's own team", async () => {
    const api = fakeApi();
    await renderPage(api);
    await waitFor(() =>
      expect(api.getGroupOwned).toHaveBeenCalledWith(
        { namespace: 'default', name: 'team-checkout' },
        { transitive: true, offset: 0, limit: 25 },
      ),
    );
    expect(
      await screen.findByText(/Owned by group:default\/team-checkout/),
    ).toBeInTheDocument();
  });

  it('explains a team that is not there', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({ error: { name: 'NotFoundError', message: 'x' } }),
        { status: 404, headers: { 'Content-Type': 'application/json' } },
      ) as never,
    );
    await renderPage(
      fakeApi({ getGroupOwned: jest.fn().mockRejectedValue(notFound) }),
    );
    expect(
      await screen.findByText(
        'No group group:default/team-checkout',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });

  it('lists the stale-ownership report with counts', async () => {
    await renderPage(fakeApi());
    expect(await screen.findByText('Placeholder owner: 1')).toBeInTheDocument();
    expect(
      screen.getByText('1 entities need ownership attention'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Owner group:default/unknown is a placeholder'),
    ).toBeInTheDocument();
  });

  it('shows report errors', async () => {
    await renderPage(
      fakeApi({ getReport: jest.fn().mockRejectedValue(new Error('boom')) }),
    );
    expect((await screen.findAllByText(/boom/)).length).toBeGreaterThan(0);
  });
});
