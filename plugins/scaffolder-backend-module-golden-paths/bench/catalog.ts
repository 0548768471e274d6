import { Entity } from '@backstage/catalog-model';

/**
 * A synthetic catalog shaped like a large company: a three-level group tree,
 * users in teams, systems owned by teams and components in systems. The
 * returned entities are raw (no relations), as a catalog mock serves them.
 */
export function generateCatalog(size: number): {
  entities: Entity[];
  teams: string[];
  usersByTeam: Map<string, string>;
  systemsByTeam: Map<string, string>;
} {
  const entities: Entity[] = [];
  const teams: string[] = [];
  const usersByTeam = new Map<string, string>();
  const systemsByTeam = new Map<string, string>();
  const group = (name: string, parent?: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: {
      type: parent ? 'team' : 'division',
      children: [],
      ...(parent ? { parent } : {}),
    },
  });

  entities.push(group('bench-org'));
  for (let d = 0; d < 10; d++) {
    const division = `bench-division-${d}`;
    entities.push({
      ...group(division),
      spec: { type: 'division', parent: 'bench-org', children: [] },
    });
    for (let t = 0; t < 20; t++) {
      const team = `bench-team-${d}-${t}`;
      teams.push(team);
      entities.push(group(team, division));
    }
  }

  // One system and one user per team first, then components to fill up.
  teams.forEach((team, t) => {
    const system = `bench-system-${t}`;
    systemsByTeam.set(team, system);
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: system, namespace: 'default' },
      spec: { owner: `group:default/${team}` },
    });
  });
  let i = 0;
  while (entities.length < size) {
    const team = teams[i % teams.length];
    if (i < teams.length * 5) {
      const name = `bench-user-${i}`;
      usersByTeam.set(team, name);
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'User',
        metadata: { name, namespace: 'default' },
        spec: { memberOf: [team] },
      });
    } else {
      const name = `bench-component-${i}`;
      entities.push({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name,
          namespace: 'default',
          annotations: { 'github.com/project-slug': `bench/${name}` },
          tags: ['bench'],
        },
        spec: {
          type: 'service',
          lifecycle: 'production',
          owner: `group:default/${team}`,
          system: systemsByTeam.get(team),
        },
      });
    }
    i += 1;
  }
  return { entities, teams, usersByTeam, systemsByTeam };
}
