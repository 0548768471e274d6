import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';

function entity(
  kind: string,
  name: string,
  spec: JsonObject = {},
  metadata: Record<string, unknown> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', ...metadata },
    spec,
  };
}

/** A small org: platform > team-a, team-b; a domain, a system, components. */
export const testEntities: Entity[] = [
  entity('Group', 'platform', { type: 'department', children: [] }),
  entity(
    'Group',
    'team-a',
    { type: 'team', parent: 'platform' },
    { title: 'Team A' },
  ),
  entity('Group', 'team-b', { type: 'team', parent: 'platform' }),
  entity('Domain', 'commerce', { owner: 'platform' }),
  entity('System', 'shop', { owner: 'team-a', domain: 'commerce' }),
  entity(
    'Component',
    'cart',
    {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-a',
      system: 'shop',
    },
    { description: 'Cart service', tags: ['java'], title: 'Cart' },
  ),
  entity(
    'Component',
    'checkout',
    {
      type: 'service',
      lifecycle: 'production',
      owner: 'team-b',
      system: 'shop',
    },
    { description: 'Checkout' },
  ),
  entity('Component', 'legacy', {
    type: 'service',
    lifecycle: 'deprecated',
    owner: 'unknown',
  }),
  entity('Component', 'secret', {
    type: 'service',
    lifecycle: 'production',
    owner: 'team-a',
  }),
  entity('API', 'cart-api', {
    type: 'openapi',
    owner: 'team-a',
    definition: 'x',
  }),
];

/** A scorecard over catalog data and one pushed fact. */
export const testDefinition = {
  id: 'basics',
  title: 'Basics',
  owner: 'group:default/platform',
  levels: [
    { id: 'bronze', title: 'Bronze' },
    { id: 'silver', title: 'Silver' },
  ],
  checks: [
    {
      id: 'description',
      title: 'Has a description',
      level: 'bronze',
      rule: { 'entity.metadata.description': { $exists: true } },
    },
    {
      id: 'system',
      title: 'Belongs to a system',
      level: 'bronze',
      rule: { 'entity.spec.system': { $exists: true } },
    },
    {
      id: 'tags',
      title: 'Has tags',
      level: 'silver',
      rule: { 'entity.metadata.tags': { $exists: true } },
    },
    {
      id: 'coverage',
      title: 'Coverage at least 80%',
      level: 'silver',
      rule: { 'facts.ci.coverage': { $gte: 80 } },
    },
  ],
};

export const testConfig = {
  scorecards: {
    definitions: [testDefinition],
    pushSources: [
      {
        id: 'ci',
        facts: { coverage: { type: 'number' }, branch: { type: 'string' } },
      },
    ],
    maxFactPayloadBytes: 2048,
    exemptions: { maxDays: 30 },
  },
  ownership: { placeholderOwners: ['unknown'] },
};
