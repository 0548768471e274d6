import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { loadExampleEntities } from '../__testUtils__/fixtures';
import { GroupHierarchy, directGroupsOf } from './groups';

const credentials = mockCredentials.service();

function group(name: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [], ...(parent ? { parent } : {}) },
  };
}

describe('GroupHierarchy', () => {
  it('walks the example org from a team to the company', async () => {
    const hierarchy = new GroupHierarchy(
      catalogServiceMock({ entities: loadExampleEntities() }),
    );
    await expect(
      hierarchy.lineage('group:default/team-checkout', credentials),
    ).resolves.toEqual([
      'group:default/team-checkout',
      'group:default/commerce',
      'group:default/engineering',
      'group:default/lumen',
    ]);
  });

  it('reads the tree once per TTL, and again for a group it does not know', async () => {
    let now = 0;
    const entities = [group('a'), group('b', 'a')];
    const catalog = catalogServiceMock({ entities });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const hierarchy = new GroupHierarchy(catalog, 1000, () => now);

    now = 5000;
    await hierarchy.lineage('group:default/b', credentials);
    await hierarchy.lineage('group:default/a', credentials);
    expect(getEntities).toHaveBeenCalledTimes(1);

    await hierarchy.lineage('group:default/new', credentials);
    expect(getEntities).toHaveBeenCalledTimes(2);

    now = 7000;
    await hierarchy.lineage('group:default/b', credentials);
    expect(getEntities).toHaveBeenCalledTimes(3);
  });

  it('shares one read between concurrent callers and stops at cycles', async () => {
    const catalog = catalogServiceMock({
      entities: [group('x', 'y'), group('y', 'x')],
    });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const hierarchy = new GroupHierarchy(catalog);
    const [first, second] = await Promise.all([
      hierarchy.lineage('group:default/x', credentials),
      hierarchy.lineage('group:default/y', credentials),
    ]);
    expect(first).toEqual(['group:default/x', 'group:default/y']);
    expect(second).toEqual(['group:default/y', 'group:default/x']);
    expect(getEntities).toHaveBeenCalledTimes(1);
  });
});

describe('directGroupsOf', () => {
  it('reads relations and spec.memberOf, as full refs', () => {
    expect(
      directGroupsOf({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: 'emma', namespace: 'default' },
        spec: { memberOf: ['team-checkout'] },
        relations: [
          { type: 'memberOf', targetRef: 'group:default/team-payments' },
        ],
      }).sort(),
    ).toEqual(['group:default/team-checkout', 'group:default/team-payments']);
  });
});
