import { Entity } from '@backstage/catalog-model';

/** Shape of a synthetic catalog. */
export interface SyntheticCatalog {
  entities: Entity[];
  /** Groups with children, for team-view queries. */
  parentGroups: string[];
  /** Refs of ownable entities, for lookups. */
  ownable: string[];
  /** Search terms that hit: names, slugs and PagerDuty ids. */
  queries: string[];
}

/** A small deterministic PRNG so runs are comparable. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS = [
  'cart',
  'checkout',
  'payments',
  'search',
  'billing',
  'ledger',
  'fleet',
  'route',
  'parcel',
  'depot',
  'invoice',
  'driver',
  'tracking',
  'pricing',
  'forecast',
  'identity',
  'gateway',
  'events',
  'inventory',
  'warehouse',
];

/**
 * Generates a catalog of about `size` entities shaped like a large company:
 * an organization, 8 departments, 5 divisions each, teams below them to a
 * depth of 5, about 10 users per team, one domain per department, systems
 * per team, and components, APIs and resources filling the rest. One in 50
 * components has a placeholder owner and one in 100 a dangling one.
 *
 * @param size - Approximate number of entities.
 * @param seed - PRNG seed.
 */
export function generateCatalog(size: number, seed = 42): SyntheticCatalog {
  const rnd = random(seed);
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)];
  const entities: Entity[] = [];
  const groups: string[] = [];
  const teams: string[] = [];
  const parentGroups: string[] = [];
  const systems: string[] = [];
  const queries: string[] = [];

  const teamCount = Math.max(10, Math.round(size / 80));
  const group = (name: string, parent?: string, type = 'team') => {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: {
        name,
        annotations: { 'cairn.dev/team-leads': `user:default/${name}-u0` },
        links: [{ url: `https://chat.example.com/${name}`, type: 'chat' }],
      },
      spec: {
        type,
        children: [],
        ...(parent ? { parent } : {}),
        profile: { displayName: name, email: `${name}@example.com` },
      },
    });
    groups.push(name);
  };

  group('org', undefined, 'organization');
  parentGroups.push('group:default/org');
  for (let d = 0; d < 8; d++) {
    const dept = `dept-${d}`;
    group(dept, 'org', 'department');
    parentGroups.push(`group:default/${dept}`);
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: { name: `domain-${d}` },
      spec: { owner: dept },
    });
    for (let v = 0; v < 5; v++) {
      const division = `${dept}-div-${v}`;
      group(division, dept, 'division');
      parentGroups.push(`group:default/${division}`);
    }
  }

  // Teams hang below divisions, some below other teams (depth up to 5).
  for (let t = 0; t < teamCount; t++) {
    const name = `team-${t}`;
    const parent =
      teams.length > 0 && rnd() < 0.3
        ? pick(teams)
        : `dept-${t % 8}-div-${Math.floor(rnd() * 5)}`;
    group(name, parent);
    teams.push(name);
    for (let u = 0; u < 10; u++) {
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name: `${name}-u${u}` },
        spec: {
          memberOf: [name],
          profile: { email: `${name}-u${u}@example.com` },
        },
      });
    }
    for (let s = 0; s < 2; s++) {
      const system = `${name}-system-${s}`;
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'System',
        metadata: { name: system },
        spec: { owner: name, domain: `domain-${t % 8}` },
      });
      systems.push(system);
    }
  }

  const ownable: string[] = [];
  let i = 0;
  while (entities.length < size) {
    const system = pick(systems);
    const team = system.slice(0, system.indexOf('-system-'));
    const word = `${pick(WORDS)}-${pick(WORDS)}`;
    const name = `${word}-${i}`;
    const roll = rnd();
    let owner = team;
    if (i % 50 === 0) owner = 'unknown';
    else if (i % 100 === 1) owner = 'group:default/gone-team';
    let kind = 'Resource';
    if (roll < 0.7) kind = 'Component';
    else if (roll < 0.85) kind = 'API';
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: {
        name,
        title: word.replace('-', ' '),
        tags: [pick(WORDS)],
        annotations: {
          'github.com/project-slug': `example/${name}`,
          'pagerduty.com/service-id': `P${i.toString(36).toUpperCase()}`,
          ...(i % 3 === 0
            ? { 'cairn.dev/ownership-confirmed': '2024-05-01' }
            : {}),
        },
      },
      spec: { owner, system, type: 'service', lifecycle: 'production' },
    });
    ownable.push(`${kind.toLowerCase()}:default/${name}`);
    if (i % 97 === 0) {
      queries.push(name, `example/${name}`, word);
    }
    i += 1;
  }

  return { entities, parentGroups, ownable, queries };
}
