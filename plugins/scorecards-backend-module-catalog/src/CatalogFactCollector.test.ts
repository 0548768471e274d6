import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { CatalogFactCollector } from './CatalogFactCollector';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'team-a', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

function component(name: string, extra: Partial<Entity> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', ...extra.metadata },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-a',
      ...extra.spec,
    },
    relations: extra.relations,
  };
}

describe('CatalogFactCollector', () => {
  const collector = new CatalogFactCollector({
    catalog: catalogServiceMock({ entities: [group] }),
    auth: mockServices.auth(),
    ownership: { placeholderOwners: ['unknown'] },
  });
  const context = { logger: mockServices.logger.mock() };

  it('collects catalog metadata facts', async () => {
    const rich = component('rich', {
      metadata: {
        name: 'rich',
        description: 'Does things',
        tags: ['java', 'payments'],
        links: [{ url: 'https://x', type: 'chat' }],
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      },
      spec: { system: 'shop', providesApis: ['a-api'] },
      relations: [
        { type: 'consumesApi', targetRef: 'api:default/b' },
        { type: 'consumesApi', targetRef: 'api:default/c' },
      ],
    });
    const [result] = await collector.collect([rich], context);
    expect(result).toEqual({
      entityRef: 'component:default/rich',
      facts: {
        hasDescription: true,
        ownerResolves: true,
        lifecycle: 'production',
        tagCount: 2,
        hasSystem: true,
        linkCount: 1,
        hasTechDocs: true,
        providedApiCount: 1,
        consumedApiCount: 2,
      },
    });
  });

  it('does not count placeholder, dangling or blank metadata', async () => {
    const results = await collector.collect(
      [
        component('placeholder', { spec: { owner: 'unknown' } }),
        component('dangling', {
          spec: { owner: 'group:default/gone' },
          metadata: { name: 'dangling', description: '  ' },
        }),
      ],
      context,
    );
    expect(results.map(r => 'facts' in r && r.facts.ownerResolves)).toEqual([
      false,
      false,
    ]);
    expect('facts' in results[1] && results[1].facts.hasDescription).toBe(
      false,
    );
    expect('facts' in results[0] && results[0].facts).toMatchObject({
      tagCount: 0,
      linkCount: 0,
      hasTechDocs: false,
      hasSystem: false,
    });
  });

  it('declares every fact it returns with the right type', async () => {
    const [result] = await collector.collect([component('x')], context);
    const facts = 'facts' in result ? result.facts : {};
    expect(Object.keys(facts).sort()).toEqual(
      Object.keys(collector.facts).sort(),
    );
    for (const [name, value] of Object.entries(facts)) {
      expect(typeof value).toBe(collector.facts[name].type);
    }
  });
});
