import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import {
  fixturePermissions,
  OUTSIDER,
  permissionedCatalog,
} from '../__testUtils__/catalog';
import { OwnershipIndexManager } from '../index/OwnershipIndexManager';
import { OwnershipService } from '../service/OwnershipService';
import { VisibilityFilter } from '../service/VisibilityFilter';
import { createWhoOwnsAction } from './createWhoOwnsAction';

function setup() {
  const catalog = permissionedCatalog();
  const indexes = new OwnershipIndexManager({
    catalog,
    auth: { getOwnServiceCredentials: async () => mockCredentials.service() },
    logger: mockServices.logger.mock(),
    pageSize: 100,
    maxAgeSeconds: 300,
    placeholderOwners: ['unknown', 'tbd'],
    maxGroupDepth: 32,
  });
  const service = new OwnershipService(
    indexes,
    new VisibilityFilter(catalog, fixturePermissions()),
    [],
  );
  const registry = actionsRegistryServiceMock();
  createWhoOwnsAction(registry, service);
  return registry;
}

describe('who-owns action', () => {
  it('answers owner, provenance, email and escalation', async () => {
    const registry = setup();
    const { output } = await registry.invoke({
      id: 'test:who-owns',
      input: { entityRef: 'cart' },
      credentials: mockCredentials.user('user:default/alice'),
    });
    expect(output).toEqual({
      entityRef: 'component:default/cart',
      ownerRef: 'group:default/team-a',
      provenance: 'system:system:default/shop',
      email: 'team-a@example.com',
      chatUrl: 'https://chat.example.com/team-a',
      escalation: [
        'group:default/team-a',
        'group:default/engineering',
        'group:default/company',
      ],
    });
  });

  it("applies the caller's catalog permissions", async () => {
    const registry = setup();
    await expect(
      registry.invoke({
        id: 'test:who-owns',
        input: { entityRef: 'component:default/secret-sauce' },
        credentials: mockCredentials.user(OUTSIDER),
      }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
  });

  it('rejects a malformed ref with InputError', async () => {
    const registry = setup();
    await expect(
      registry.invoke({
        id: 'test:who-owns',
        input: { entityRef: 'component:' },
        credentials: mockCredentials.user(),
      }),
    ).rejects.toMatchObject({ name: 'InputError' });
  });
});
