import { Entity } from '@backstage/catalog-model';
import { formatProvenance } from './provenance';
import {
  inspectDirectOwner,
  isPlaceholderOwner,
  normalizeEntityRef,
  resolveOwner,
} from './resolveOwner';

function entity(
  kind: string,
  name: string,
  spec: NonNullable<Entity['spec']> = {},
  namespace = 'default',
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name, namespace },
    spec,
  };
}

function catalog(...entities: Entity[]) {
  const byRef = new Map(
    entities.map(e => [
      `${e.kind}:${e.metadata.namespace ?? 'default'}/${
        e.metadata.name
      }`.toLowerCase(),
      e,
    ]),
  );
  return (ref: string) => byRef.get(ref);
}

const placeholders = { placeholderOwners: ['unknown', 'guest', 'tbd'] };

describe('resolveOwner', () => {
  const teamA = entity('Group', 'team-a', { type: 'team', children: [] });
  const teamB = entity('Group', 'team-b', { type: 'team', children: [] });
  const teamC = entity('Group', 'team-c', { type: 'team', children: [] });
  const domain = entity('Domain', 'commerce', { owner: 'team-c' });
  const system = entity('System', 'shop', {
    owner: 'group:default/team-b',
    domain: 'commerce',
  });

  it('uses the direct owner when it exists', () => {
    const c = entity('Component', 'web', { owner: 'team-a', system: 'shop' });
    const result = resolveOwner(c, catalog(teamA, teamB, system), placeholders);
    expect(result).toEqual({
      ownerRef: 'group:default/team-a',
      provenance: { type: 'direct' },
    });
    expect(formatProvenance(result.provenance)).toBe('direct');
  });

  it('accepts a user as the owner', () => {
    const user = entity('User', 'tom.baker', { memberOf: [] });
    const c = entity('Component', 'bot', { owner: 'user:tom.baker' });
    expect(resolveOwner(c, catalog(user)).ownerRef).toBe(
      'user:default/tom.baker',
    );
  });

  it('inherits from the system when the owner is dangling', () => {
    const c = entity('Component', 'fraud', {
      owner: 'group:default/team-growth',
      system: 'shop',
    });
    const result = resolveOwner(c, catalog(teamB, system), placeholders);
    expect(result.ownerRef).toBe('group:default/team-b');
    expect(formatProvenance(result.provenance)).toBe(
      'system:system:default/shop',
    );
  });

  it('inherits from the system when the owner is a placeholder', () => {
    const guest = entity('User', 'guest');
    const c = entity('Component', 'cart', { owner: 'guest', system: 'shop' });
    // The placeholder wins even though a user named guest exists.
    const lookup = catalog(teamB, system, entity('Group', 'guest'), guest);
    expect(resolveOwner(c, lookup, placeholders).provenance).toEqual({
      type: 'system',
      ref: 'system:default/shop',
    });
  });

  it('inherits from the domain through the system', () => {
    const orphanSystem = entity('System', 'shop', {
      owner: 'tbd',
      domain: 'commerce',
    });
    const c = entity('Component', 'web', { owner: 'unknown', system: 'shop' });
    const result = resolveOwner(
      c,
      catalog(teamC, orphanSystem, domain),
      placeholders,
    );
    expect(result).toEqual({
      ownerRef: 'group:default/team-c',
      provenance: { type: 'domain', ref: 'domain:default/commerce' },
    });
  });

  it('resolves a system without owner through its own domain', () => {
    const s = entity('System', 'shop', { owner: 'gone', domain: 'commerce' });
    expect(resolveOwner(s, catalog(teamC, domain)).provenance).toEqual({
      type: 'domain',
      ref: 'domain:default/commerce',
    });
  });

  it('uses the fallback owner when nothing else resolves', () => {
    const c = entity('Component', 'x', { owner: 'unknown', system: 'gone' });
    const result = resolveOwner(c, catalog(), {
      ...placeholders,
      fallbackOwner: 'group:default/platform',
    });
    expect(result).toEqual({
      ownerRef: 'group:default/platform',
      provenance: { type: 'fallback' },
    });
  });

  it('says none when there is no owner, system, domain or fallback', () => {
    const template = entity('Template', 'new-service', {});
    expect(resolveOwner(template, catalog())).toEqual({
      provenance: { type: 'none' },
    });
    expect(formatProvenance({ type: 'none' })).toBe('none');
  });

  it('keeps the entity namespace for shorthand refs', () => {
    const g = entity('Group', 'ops', {}, 'ops-ns');
    const c = entity('Component', 'x', { owner: 'ops' }, 'ops-ns');
    expect(resolveOwner(c, catalog(g)).ownerRef).toBe('group:ops-ns/ops');
  });

  it('treats an unparseable owner as missing', () => {
    const c = entity('Component', 'x', {
      owner: 'group:default/',
      system: 'shop',
    });
    expect(inspectDirectOwner(c, catalog()).status).toBe('invalid');
    expect(resolveOwner(c, catalog(teamB, system)).ownerRef).toBe(
      'group:default/team-b',
    );
  });

  it('ignores non-string owner values', () => {
    const c = entity('Component', 'x', { owner: 42 });
    expect(inspectDirectOwner(c, catalog()).status).toBe('absent');
  });
});

describe('isPlaceholderOwner', () => {
  it('matches on name or full ref, case-insensitively', () => {
    expect(isPlaceholderOwner('group:default/Unknown', ['unknown'])).toBe(true);
    expect(
      isPlaceholderOwner('user:default/guest', ['user:default/guest']),
    ).toBe(true);
    expect(isPlaceholderOwner('group:default/unknowns', ['unknown'])).toBe(
      false,
    );
    expect(isPlaceholderOwner('group:default/x', undefined)).toBe(false);
  });
});

describe('normalizeEntityRef', () => {
  it('lower-cases and fills defaults', () => {
    expect(
      normalizeEntityRef('Team-A', {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    ).toBe('group:default/team-a');
  });
});
