import { Entity } from '@backstage/catalog-model';

/** Seeded generator so every run measures the same catalog. */
export function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

export interface SyntheticEntity {
  entity: Entity;
  entityRef: string;
  facts: {
    catalog: Record<string, boolean | number | string | string[]>;
    repository: Record<string, boolean | number>;
    ci: Record<string, boolean | number | string>;
  };
}

const LIFECYCLES = [
  'production',
  'production',
  'production',
  'experimental',
  'deprecated',
];
const TAGS = [
  'java',
  'go',
  'typescript',
  'python',
  'payments',
  'search',
  'data',
];

/** A catalog of components with facts from three sources. */
export function generateCatalog(size: number, seed = 7): SyntheticEntity[] {
  const random = prng(seed);
  const chance = (p: number) => random() < p;
  const items: SyntheticEntity[] = [];
  for (let i = 0; i < size; i++) {
    const name = chance(0.97) ? `svc-${i}` : `Svc_${i}`;
    const tags = TAGS.filter(() => chance(0.25));
    const lifecycle = LIFECYCLES[Math.floor(random() * LIFECYCLES.length)];
    const pagerduty = chance(0.6);
    const links = chance(0.7) ? 1 + Math.floor(random() * 3) : 0;
    const entity: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        namespace: 'default',
        description: chance(0.85) ? `Service number ${i}` : undefined,
        tags,
        annotations: {
          'backstage.io/source-location': `url:https://git.example.com/org/svc-${i}/`,
          ...(pagerduty ? { 'pagerduty.com/service-id': `P${i}` } : {}),
        },
      },
      spec: {
        type: 'service',
        lifecycle,
        owner: `group:default/team-${i % 200}`,
        system: chance(0.8) ? `system:default/system-${i % 500}` : undefined,
      } as Entity['spec'],
    };
    const hasDockerfile = chance(0.7);
    items.push({
      entity,
      entityRef: `component:default/${name.toLocaleLowerCase('en-US')}`,
      facts: {
        catalog: {
          ownerResolves: chance(0.9),
          hasSystem: Boolean(entity.spec?.system),
          lifecycle,
          hasPagerDuty: pagerduty,
          linkCount: links,
          hasDescription: Boolean(entity.metadata.description),
          tagCount: tags.length,
          hasTechDocs: chance(0.5),
          nameMatchesStyle: /^[a-z][a-z0-9-]*$/.test(name),
          tags,
        },
        repository: {
          hasCiWorkflow: chance(0.8),
          hasDockerfile,
          dockerfileUsesLatest: hasDockerfile && chance(0.3),
          hasReadme: chance(0.9),
          readmeLength: Math.floor(random() * 3000),
          hasCodeowners: chance(0.6),
        },
        ci: {
          coverage: Math.round(random() * 1000) / 10,
          criticalVulnerabilities: chance(0.8) ? 0 : Math.floor(random() * 4),
          lastBuildPassed: chance(0.85),
          defaultBranch: chance(0.9) ? 'main' : 'develop',
        },
      },
    });
  }
  return items;
}
