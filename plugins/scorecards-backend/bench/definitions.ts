/**
 * Three scorecards with 20 checks in all, and the same 20 checks written as
 * json-rules-engine rules over flat facts, the way Tech Insights' jsonfc
 * checker expects them.
 */
export const benchScorecards = [
  {
    id: 'production',
    title: 'Production readiness',
    appliesTo: { kind: 'Component' },
    levels: [
      { id: 'bronze', title: 'Bronze' },
      { id: 'silver', title: 'Silver' },
      { id: 'gold', title: 'Gold' },
    ],
    checks: [
      {
        id: 'owner',
        title: 'Owner',
        level: 'bronze',
        rule: { 'facts.catalog.ownerResolves': true },
      },
      {
        id: 'system',
        title: 'System',
        level: 'bronze',
        rule: { 'facts.catalog.hasSystem': true },
      },
      {
        id: 'lifecycle',
        title: 'Lifecycle',
        level: 'bronze',
        rule: {
          'entity.spec.lifecycle': { $in: ['production', 'experimental'] },
        },
      },
      {
        id: 'oncall',
        title: 'On-call',
        level: 'silver',
        rule: {
          'entity.metadata.annotations.pagerduty.com/service-id': {
            $exists: true,
          },
        },
      },
      {
        id: 'links',
        title: 'Links',
        level: 'silver',
        rule: { 'facts.catalog.linkCount': { $gte: 1 } },
      },
      {
        id: 'ci',
        title: 'CI',
        level: 'gold',
        rule: { 'facts.repository.hasCiWorkflow': true },
      },
      {
        id: 'image',
        title: 'Pinned image',
        level: 'gold',
        rule: {
          $all: [
            { 'facts.repository.hasDockerfile': true },
            { 'facts.repository.dockerfileUsesLatest': false },
          ],
        },
      },
    ],
  },
  {
    id: 'docs',
    title: 'Documentation',
    appliesTo: { kind: 'Component' },
    levels: [
      { id: 'bronze', title: 'Bronze' },
      { id: 'silver', title: 'Silver' },
      { id: 'gold', title: 'Gold' },
    ],
    checks: [
      {
        id: 'description',
        title: 'Description',
        level: 'bronze',
        rule: { 'facts.catalog.hasDescription': true },
      },
      {
        id: 'tags',
        title: 'Tags',
        level: 'bronze',
        rule: { 'facts.catalog.tagCount': { $gte: 1 } },
      },
      {
        id: 'techdocs',
        title: 'TechDocs',
        level: 'silver',
        rule: { 'facts.catalog.hasTechDocs': true },
      },
      {
        id: 'readme',
        title: 'README',
        level: 'silver',
        rule: { 'facts.repository.hasReadme': true },
      },
      {
        id: 'readme-long',
        title: 'Long README',
        level: 'gold',
        severity: 'warn',
        rule: { 'facts.repository.readmeLength': { $gte: 500 } },
      },
      {
        id: 'name',
        title: 'Name style',
        level: 'gold',
        rule: { 'entity.metadata.name': { $regex: '^[a-z][a-z0-9-]*$' } },
      },
      {
        id: 'java-or-go',
        title: 'Tagged with a language',
        level: 'gold',
        rule: {
          $any: [
            { 'entity.metadata.tags': { $contains: 'java' } },
            { 'entity.metadata.tags': { $contains: 'go' } },
          ],
        },
      },
    ],
  },
  {
    id: 'security',
    title: 'Security basics',
    appliesTo: { kind: 'Component' },
    levels: [
      { id: 'bronze', title: 'Bronze' },
      { id: 'silver', title: 'Silver' },
    ],
    checks: [
      {
        id: 'codeowners',
        title: 'CODEOWNERS',
        level: 'bronze',
        rule: { 'facts.repository.hasCodeowners': true },
      },
      {
        id: 'not-deprecated',
        title: 'Not deprecated',
        level: 'bronze',
        rule: { $not: { 'entity.spec.lifecycle': 'deprecated' } },
      },
      {
        id: 'coverage',
        title: 'Coverage',
        level: 'silver',
        rule: { 'facts.ci.coverage': { $gte: 70 } },
      },
      {
        id: 'vulns',
        title: 'No critical vulnerabilities',
        level: 'silver',
        rule: { 'facts.ci.criticalVulnerabilities': { $lt: 1 } },
      },
      {
        id: 'build',
        title: 'Last build passed',
        level: 'silver',
        rule: { 'facts.ci.lastBuildPassed': true },
      },
      {
        id: 'branch',
        title: 'Default branch',
        level: 'silver',
        rule: { 'facts.ci.defaultBranch': { $in: ['main', 'master'] } },
      },
    ],
  },
];

type Condition = { fact: string; operator: string; value: unknown };
type Conditions =
  | { all: Array<Condition | Conditions> }
  | { any: Array<Condition | Conditions> }
  | { not: Condition };

const fact = (name: string, operator: string, value: unknown): Condition => ({
  fact: name,
  operator,
  value,
});

/**
 * The same 20 checks as json-rules-engine rules over flat facts (the shape
 * Tech Insights' fact retrievers produce), with the facts each one needs.
 */
export const jsonRulesChecks: Array<{
  id: string;
  factIds: string[];
  rule: { conditions: Conditions };
}> = [
  {
    id: 'owner',
    factIds: ['catalog'],
    rule: { conditions: { all: [fact('ownerResolves', 'equal', true)] } },
  },
  {
    id: 'system',
    factIds: ['catalog'],
    rule: { conditions: { all: [fact('hasSystem', 'equal', true)] } },
  },
  {
    id: 'lifecycle',
    factIds: ['catalog'],
    rule: {
      conditions: {
        all: [fact('lifecycle', 'in', ['production', 'experimental'])],
      },
    },
  },
  {
    id: 'oncall',
    factIds: ['catalog'],
    rule: { conditions: { all: [fact('hasPagerDuty', 'equal', true)] } },
  },
  {
    id: 'links',
    factIds: ['catalog'],
    rule: {
      conditions: { all: [fact('linkCount', 'greaterThanInclusive', 1)] },
    },
  },
  {
    id: 'ci',
    factIds: ['repository'],
    rule: { conditions: { all: [fact('hasCiWorkflow', 'equal', true)] } },
  },
  {
    id: 'image',
    factIds: ['repository'],
    rule: {
      conditions: {
        all: [
          fact('hasDockerfile', 'equal', true),
          fact('dockerfileUsesLatest', 'equal', false),
        ],
      },
    },
  },
  {
    id: 'description',
    factIds: ['catalog'],
    rule: { conditions: { all: [fact('hasDescription', 'equal', true)] } },
  },
  {
    id: 'tags',
    factIds: ['catalog'],
    rule: {
      conditions: { all: [fact('tagCount', 'greaterThanInclusive', 1)] },
    },
  },
  {
    id: 'techdocs',
    factIds: ['catalog'],
    rule: { conditions: { all: [fact('hasTechDocs', 'equal', true)] } },
  },
  {
    id: 'readme',
    factIds: ['repository'],
    rule: { conditions: { all: [fact('hasReadme', 'equal', true)] } },
  },
  {
    id: 'readme-long',
    factIds: ['repository'],
    rule: {
      conditions: { all: [fact('readmeLength', 'greaterThanInclusive', 500)] },
    },
  },
  {
    id: 'name',
    factIds: ['catalog'],
    rule: { conditions: { all: [fact('nameMatchesStyle', 'equal', true)] } },
  },
  {
    id: 'java-or-go',
    factIds: ['catalog'],
    rule: {
      conditions: {
        any: [fact('tags', 'contains', 'java'), fact('tags', 'contains', 'go')],
      },
    },
  },
  {
    id: 'codeowners',
    factIds: ['repository'],
    rule: { conditions: { all: [fact('hasCodeowners', 'equal', true)] } },
  },
  {
    id: 'not-deprecated',
    factIds: ['catalog'],
    rule: { conditions: { not: fact('lifecycle', 'equal', 'deprecated') } },
  },
  {
    id: 'coverage',
    factIds: ['ci'],
    rule: {
      conditions: { all: [fact('coverage', 'greaterThanInclusive', 70)] },
    },
  },
  {
    id: 'vulns',
    factIds: ['ci'],
    rule: {
      conditions: { all: [fact('criticalVulnerabilities', 'lessThan', 1)] },
    },
  },
  {
    id: 'build',
    factIds: ['ci'],
    rule: { conditions: { all: [fact('lastBuildPassed', 'equal', true)] } },
  },
  {
    id: 'branch',
    factIds: ['ci'],
    rule: {
      conditions: { all: [fact('defaultBranch', 'in', ['main', 'master'])] },
    },
  },
];
