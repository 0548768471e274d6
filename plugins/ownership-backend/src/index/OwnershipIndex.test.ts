import { entity, fixtureEntities, group } from '../__testUtils__/catalog';
import { OwnershipIndex } from './OwnershipIndex';

const options = { placeholderOwners: ['unknown', 'tbd'], maxGroupDepth: 32 };

describe('OwnershipIndex', () => {
  const index = OwnershipIndex.fromEntities(
    fixtureEntities,
    options,
    new Date('2026-06-01T00:00:00Z'),
  );

  it('precomputes what each group owns below it, sorted', () => {
    expect(index.owned('group:default/team-a', false)).toEqual([
      'component:default/cart',
      'component:default/web',
      'system:default/shop',
    ]);
    const below = index.owned('group:default/company', true);
    expect(below).toContain('component:default/web');
    expect(below).toContain('api:default/web-api');
    expect([...below].sort()).toEqual(below);
  });

  it('keeps a cycle from double counting', () => {
    const looped = index.owned('group:default/loop-2', true);
    expect(looped).toEqual(['component:default/looped']);
  });

  it('judges staleness at build time and lists flagged entities', () => {
    const flagged = index.flaggedEntities().map(i => i.ref);
    expect(flagged).toEqual([
      'component:default/bot',
      'component:default/cart',
      'component:default/forecast',
      'component:default/fraud',
      'component:default/public-part',
      'component:default/web',
      'system:default/orphan-system',
      // No owner, system, domain or fallback: flagged no_owner.
      'template:default/new-service',
    ]);
    expect(index.get('component:default/web')?.flags?.[0].type).toBe(
      'confirmation_expired',
    );
  });

  it('caps transitive ownership at the configured depth', () => {
    const chain = [group('g0')];
    for (let i = 1; i <= 10; i++) chain.push(group(`g${i}`, `g${i - 1}`));
    const deep = OwnershipIndex.fromEntities(
      [...chain, entity('Component', 'leaf', { owner: 'g10' })],
      { ...options, maxGroupDepth: 5 },
    );
    expect(deep.owned('group:default/g6', true)).toEqual([
      'component:default/leaf',
    ]);
    expect(deep.owned('group:default/g0', true)).toEqual([]);
  });
});
