import { compileScorecards } from './compileScorecards';
import { evaluateScorecard } from './evaluateScorecard';

const definition = {
  id: 'prod',
  title: 'Production readiness',
  owner: 'group:default/platform',
  levels: [
    { id: 'bronze', title: 'Bronze' },
    { id: 'silver', title: 'Silver' },
    { id: 'gold', title: 'Gold' },
  ],
  checks: [
    {
      id: 'owner',
      title: 'Has owner',
      level: 'bronze',
      weight: 2,
      rule: { 'entity.spec.owner': { $exists: true } },
    },
    {
      id: 'desc',
      title: 'Has description',
      level: 'bronze',
      rule: { 'entity.metadata.description': { $exists: true } },
    },
    {
      id: 'tags',
      title: 'Has tags',
      level: 'silver',
      severity: 'warn',
      rule: { 'entity.metadata.tags': { $exists: true } },
    },
    {
      id: 'readme',
      title: 'README',
      level: 'silver',
      rule: { 'facts.repository.hasReadme': true },
    },
    {
      id: 'oncall',
      title: 'On-call',
      level: 'gold',
      appliesTo: { 'spec.type': 'service' },
      rule: {
        'entity.metadata.annotations.pagerduty.com/service-id': {
          $exists: true,
        },
      },
    },
  ],
};

function entity(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'Component',
    metadata: { name: 'a', description: 'A', ...overrides },
    spec: { type: 'library', owner: 'team-a' },
  };
}

describe('compileScorecards', () => {
  const [scorecard] = compileScorecards([definition], 'app-config');

  it('builds the summary with default weights', () => {
    expect(scorecard.summary.levels.map(l => l.id)).toEqual([
      'bronze',
      'silver',
      'gold',
    ]);
    expect(scorecard.summary.checks.find(c => c.id === 'desc')?.weight).toBe(1);
    expect(scorecard.appliesTo({ kind: 'Component' })).toBe(true);
    expect(scorecard.appliesTo({ kind: 'API' })).toBe(false);
  });

  it('scores, levels and reports states', () => {
    const result = evaluateScorecard(scorecard, {
      entity: entity({ tags: ['x'] }),
      facts: { repository: { hasReadme: true } },
    });
    expect(result.checks.map(c => c.state)).toEqual([
      'pass',
      'pass',
      'pass',
      'pass',
      'not_applicable',
    ]);
    expect(result.score).toBe(100);
    // gold has no applicable checks, so it is reached.
    expect(result.levelIndex).toBe(2);
  });

  it('lets warn lower the score without blocking a level', () => {
    const result = evaluateScorecard(scorecard, {
      entity: entity(),
      facts: { repository: { hasReadme: true } },
    });
    expect(result.checks[2].state).toBe('warn');
    expect(result.score).toBe(80);
    expect(result.levelIndex).toBe(2);
  });

  it('leaves unknown out of the score but holds the level back', () => {
    const result = evaluateScorecard(scorecard, {
      entity: entity({ tags: ['x'] }),
      facts: {},
    });
    expect(result.checks[3]).toEqual({
      checkId: 'readme',
      state: 'unknown',
      message: 'Fact not available: repository.hasReadme',
    });
    expect(result.score).toBe(100);
    expect(result.levelIndex).toBe(0);
  });

  it('blocks levels above a failing check and counts exemptions as passing', () => {
    const doc = {
      entity: {
        kind: 'Component',
        metadata: { name: 'a' },
        spec: { owner: 'x' },
      },
      facts: { repository: { hasReadme: false } },
    };
    const failing = evaluateScorecard(scorecard, doc);
    expect(failing.levelIndex).toBe(-1);
    expect(failing.score).toBe(40);

    const exempt = evaluateScorecard(
      scorecard,
      doc,
      new Set(['desc', 'readme']),
    );
    expect(exempt.checks[1].state).toBe('fail');
    expect(exempt.levelIndex).toBe(2);
    expect(exempt.score).toBe(80);
  });

  it.each([
    [
      { ...definition, levels: [] },
      'app-config: scorecard "prod", levels: Array must contain at least 1 element(s)',
    ],
    [
      { ...definition, extra: 1 },
      'app-config: scorecard "prod", (root): unknown key(s) extra',
    ],
    [
      { ...definition, id: 'Bad Id' },
      'app-config: scorecard "Bad Id", id: must be lower case',
    ],
    [{ title: 'x' }, 'app-config: scorecards[0], id: Required'],
    [
      { ...definition, checks: [{ ...definition.checks[0], weight: -1 }] },
      'app-config: scorecard "prod", check "owner", weight: Number must be greater than 0',
    ],
    [
      {
        ...definition,
        checks: [{ ...definition.checks[0], level: 'platinum' }],
      },
      'app-config: scorecard "prod", check "owner", level: unknown level "platinum"',
    ],
    [
      {
        ...definition,
        checks: [
          {
            ...definition.checks[0],
            rule: { 'facts.ci.coverage': { $gt: 'high' } },
          },
        ],
      },
      'app-config: scorecard "prod", check "owner", rule.facts.ci.coverage.$gt: $gt takes a finite number',
    ],
    [
      {
        ...definition,
        checks: [{ ...definition.checks[0], appliesTo: { $bad: 1 } }],
      },
      'app-config: scorecard "prod", check "owner", appliesTo.$bad: unknown operator "$bad"',
    ],
    [
      { ...definition, checks: [definition.checks[0], definition.checks[0]] },
      'app-config: scorecard "prod", checks[1].id: duplicate check "owner"',
    ],
    [
      { ...definition, levels: [definition.levels[0], definition.levels[0]] },
      'app-config: scorecard "prod", levels[1].id: duplicate level "bronze"',
    ],
    [
      { ...definition, appliesTo: { kind: { $regex: '(a|b)+' } } },
      'app-config: scorecard "prod", appliesTo.kind.$regex: unsafe or invalid pattern',
    ],
  ])('names the scorecard, check and key path: %#', (raw, message) => {
    expect(() => compileScorecards([raw], 'app-config')).toThrow(message);
  });

  it('refuses duplicate scorecard ids', () => {
    expect(() => compileScorecards([definition, definition], 'x.yaml')).toThrow(
      'x.yaml: scorecard "prod" is defined more than once',
    );
  });
});
