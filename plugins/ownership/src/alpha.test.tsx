import {
  ApiBlueprint,
  coreExtensionData,
} from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderTestApp,
} from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { OwnershipApi } from '@cairn/plugin-ownership-common';
import { screen } from '@testing-library/react';
import ownershipPlugin from './alpha';
import { ownershipApiRef } from './api';

const emptyIndex = {
  builtAt: '2026-01-01T00:00:00Z',
  ageSeconds: 1,
  entityCount: 0,
};

// The plugin's own API extension, overridden with a fake client.
const fakeOwnershipApi = ownershipPlugin
  .getExtension('api:ownership')
  .override({
    params: defineParams =>
      defineParams({
        api: ownershipApiRef,
        deps: {},
        factory: (): OwnershipApi => ({
          getEntityOwnership: jest.fn(),
          search: jest.fn(),
          getGroupOwned: jest.fn(),
          getReport: async () => ({
            counts: {},
            items: [],
            totalCount: 0,
            index: emptyIndex,
          }),
        }),
      }),
  });

const fakeCatalogApi = ApiBlueprint.make({
  name: 'catalog-fake',
  params: defineParams =>
    defineParams({
      api: catalogApiRef,
      deps: {},
      factory: () => catalogApiMock(),
    }),
});

// Booting a whole app on shared CI cores takes a few seconds.
jest.setTimeout(30_000);

describe('ownership plugin (new frontend system)', () => {
  it('mounts the page at /ownership', () => {
    const page = ownershipPlugin.getExtension('page:ownership');
    expect(createExtensionTester(page).get(coreExtensionData.routePath)).toBe(
      '/ownership',
    );
  });

  it('renders the page in an app', async () => {
    renderTestApp({
      features: [
        ownershipPlugin.withOverrides({ extensions: [fakeOwnershipApi] }),
      ],
      extensions: [fakeCatalogApi],
      initialRouteEntries: ['/ownership'],
    });
    expect(
      await screen.findByRole(
        'textbox',
        { name: 'Who supports...?' },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(
        'No orphaned or stale ownership',
        {},
        {
          timeout: 10_000,
        },
      ),
    ).toBeInTheDocument();
  });
});
