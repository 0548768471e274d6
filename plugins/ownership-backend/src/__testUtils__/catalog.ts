import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogServiceRequestOptions } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';

type Spec = NonNullable<Entity['spec']>;

export function entity(
  kind: string,
  name: string,
  spec: Spec = {},
  metadata: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace: 'default', ...metadata },
    spec,
  };
}

export function group(
  name: string,
  parent?: string,
  extra: Partial<Entity['metadata']> = {},
): Entity {
  return entity(
    'Group',
    name,
    {
      type: 'team',
      children: [],
      ...(parent ? { parent } : {}),
      profile: {
        displayName: name.toUpperCase(),
        email: `${name}@example.com`,
      },
    },
    extra,
  );
}

export function user(name: string, memberOf: string[]): Entity {
  return entity('User', name, {
    memberOf,
    profile: { displayName: name, email: `${name}@example.com` },
  });
}

/** A small org: company > engineering > team-a / team-b, plus awkward cases. */
export const fixtureEntities: Entity[] = [
  group('company'),
  group('engineering', 'company'),
  group('team-a', 'engineering', {
    annotations: { 'cairn.dev/team-leads': 'user:default/alice' },
    links: [{ url: 'https://chat.example.com/team-a', type: 'chat' }],
  }),
  group('team-b', 'engineering'),
  group('team-empty', 'engineering'),
  group('loop-1', 'loop-2'),
  group('loop-2', 'loop-1'),
  user('alice', ['team-a']),
  user('bob', ['team-a', 'team-b']),
  user('loner', []),
  user('carol', ['loop-1']),
  entity('Domain', 'commerce', { owner: 'engineering' }),
  entity('System', 'shop', { owner: 'team-a', domain: 'commerce' }),
  entity('System', 'orphan-system', { owner: 'tbd', domain: 'commerce' }),
  entity(
    'Component',
    'web',
    {
      owner: 'team-a',
      system: 'shop',
      type: 'website',
      lifecycle: 'production',
    },
    {
      title: 'Web Shop',
      tags: ['frontend'],
      annotations: {
        'github.com/project-slug': 'acme/web-shop',
        'cairn.dev/ownership-confirmed': '2020-01-01',
      },
    },
  ),
  entity('Component', 'cart', {
    owner: 'unknown',
    system: 'shop',
    type: 'service',
    lifecycle: 'production',
  }),
  entity('Component', 'fraud', {
    owner: 'group:default/team-gone',
    system: 'orphan-system',
    type: 'service',
    lifecycle: 'production',
  }),
  entity('Component', 'forecast', {
    owner: 'team-empty',
    type: 'service',
    lifecycle: 'production',
  }),
  entity('Component', 'bot', {
    owner: 'user:default/loner',
    type: 'service',
    lifecycle: 'production',
  }),
  entity('Component', 'looped', {
    owner: 'loop-1',
    type: 'service',
    lifecycle: 'production',
  }),
  entity('API', 'web-api', {
    owner: 'team-b',
    type: 'openapi',
    lifecycle: 'production',
  }),
  entity(
    'Component',
    'secret-sauce',
    { owner: 'team-b', type: 'service', lifecycle: 'production' },
    { tags: ['secret'] },
  ),
  entity('Template', 'new-service', {}),
  entity('System', 'secret-system', { owner: 'team-b' }, { tags: ['secret'] }),
  entity('Component', 'public-part', {
    owner: 'unknown',
    system: 'secret-system',
    type: 'service',
    lifecycle: 'production',
  }),
];

/** The user that may not read entities tagged `secret`. */
export const OUTSIDER = 'user:default/outsider';

/** A user the policy denies all catalog reads. */
export const DENIED = 'user:default/denied';

function userOf(credentials: BackstageCredentials): string | undefined {
  return (credentials.principal as { userEntityRef?: string }).userEntityRef;
}

/**
 * A permission policy for the catalog: conditional (entity by entity) for
 * the outsider, deny for the denied user, allow for everyone else.
 */
export function fixturePermissions() {
  return mockServices.permissions.mock({
    authorizeConditional: async (requests, { credentials }) =>
      requests.map(() => {
        const caller = userOf(credentials);
        if (caller === OUTSIDER) {
          return {
            result: AuthorizeResult.CONDITIONAL,
            pluginId: 'catalog',
            resourceType: 'catalog-entity',
            conditions: {
              rule: 'HAS_METADATA',
              resourceType: 'catalog-entity',
              params: { key: 'tags' },
            },
          };
        }
        return {
          result:
            caller === DENIED ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
        };
      }),
  });
}

function hiddenFrom(credentials: BackstageCredentials, e: Entity): boolean {
  return (
    userOf(credentials) === OUTSIDER &&
    (e.metadata.tags ?? []).includes('secret')
  );
}

/**
 * The in-memory catalog with one permission rule: the outsider cannot read
 * entities tagged `secret`, as a catalog permission policy would do.
 */
export function permissionedCatalog(entities: Entity[] = fixtureEntities) {
  const inner = catalogServiceMock({ entities });
  const byRef = new Map(
    entities.map(e => [stringifyEntityRef(e).toLowerCase(), e]),
  );
  return catalogServiceMock.mock({
    queryEntities: (request, options) => inner.queryEntities(request, options),
    getEntitiesByRefs: async (request, options) => ({
      items: request.entityRefs.map(ref => {
        const e = byRef.get(ref.toLowerCase());
        const { credentials } = options as CatalogServiceRequestOptions;
        return e && !hiddenFrom(credentials, e) ? e : undefined;
      }),
    }),
  });
}
