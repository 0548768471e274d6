import { InputError } from '@backstage/errors';
import { compileScorecard } from '../definitions';
import { compileRule } from './compileRule';
import { RuleCompileError } from './RuleCompileError';

// A small seeded generator keeps the hostile corpus the same on every run.
function prng(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const CATASTROPHIC = [
  '(a+)+$',
  '(a*)*$',
  '(a|a)*$',
  '(a|aa)+$',
  '^(\\w+\\s?)*$',
  '(x+x+)+y',
  '(.*a){12}',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  'a*a*a*a*a*a*b',
  '(\\d+)*\\.',
  '((ab)*)+$',
  '(?:a+)+b',
];
const EVIL_KEYS = ['__proto__', 'constructor', 'prototype'];
const OPERATORS = [
  '$exists',
  '$in',
  '$contains',
  '$hasPrefix',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$regex',
  '$where',
  '$eval',
  '$function',
];

function hostileRule(random: () => number, kind: number): unknown {
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  switch (kind % 8) {
    case 0: {
      // Deep nesting, sometimes over the limit.
      let rule: unknown = { 'entity.kind': 'Component' };
      const depth = 20 + Math.floor(random() * 60);
      for (let i = 0; i < depth; i++) {
        rule = { [pick(['$not', '$all', '$any'])]: rule };
        if (!('$not' in (rule as object))) {
          rule = {
            [Object.keys(rule as object)[0]]: [
              Object.values(rule as object)[0],
            ],
          };
        }
      }
      return rule;
    }
    case 1: {
      // Huge arrays.
      const size = 100 + Math.floor(random() * 5000);
      return random() < 0.5
        ? {
            'entity.spec.type': {
              $in: Array.from({ length: size }, (_, i) => `t${i}`),
            },
          }
        : {
            $any: Array.from({ length: size }, (_, i) => ({
              'entity.metadata.name': `n${i}`,
            })),
          };
    }
    case 2: {
      // Prototype keys as paths, written the way JSON and YAML parsers produce them.
      const key = pick(EVIL_KEYS);
      const path = pick([
        key,
        `entity.${key}`,
        `facts.${key}.polluted`,
        `a.${key}.b`,
      ]);
      return JSON.parse(`{"${path}": {"polluted": true}}`);
    }
    case 3: {
      // Prototype keys inside operator operands.
      const key = pick(EVIL_KEYS);
      return JSON.parse(
        `{"entity.kind": {"$regex": {"pattern": "a", "${key}": {"polluted": 1}}}}`,
      );
    }
    case 4:
      return { 'entity.metadata.name': { $regex: pick(CATASTROPHIC) } };
    case 5: {
      // Wrong operand types for real operators, and invented operators.
      const op = pick(OPERATORS);
      const operand = pick<unknown>([
        null,
        [],
        {},
        'x',
        1,
        true,
        [null],
        { $gt: 1 },
      ]);
      return {
        [`facts.ci.${op.slice(1)}`]: {
          [op]: operand,
          ...(random() < 0.3 ? { $gt: 1 } : {}),
        },
      };
    }
    case 6: {
      // Random structures: mostly invalid, sometimes valid.
      const node = (d: number): unknown => {
        const r = random();
        if (d > 6 || r < 0.2)
          return pick<unknown>(['x', 3, false, null, [], {}]);
        if (r < 0.5)
          return { [pick(['$all', '$any'])]: [node(d + 1), node(d + 1)] };
        if (r < 0.6) return { $not: node(d + 1) };
        return {
          [pick(['entity.kind', 'facts.ci.coverage', '$x', 'a..b'])]: node(
            d + 1,
          ),
        };
      };
      return node(0);
    }
    default:
      // Long strings and paths.
      return {
        [`entity.${'a.'.repeat(Math.floor(random() * 200))}b`]: 'x'.repeat(
          Math.floor(random() * 3000),
        ),
      };
  }
}

const documents = [
  {
    entity: { kind: 'Component', metadata: { name: `${'a'.repeat(4000)}!` } },
    facts: {},
  },
  {
    entity: { kind: 'Component', metadata: { name: `${'ab'.repeat(30)}c` } },
    facts: { ci: { coverage: 50 } },
  },
  JSON.parse(
    '{"entity": {"__proto__": {"polluted": true}, "kind": "API"}, "facts": {"__proto__": {"x": 1}}}',
  ),
];

describe('hostile definitions', () => {
  const random = prng(42);
  const rules = Array.from({ length: 560 }, (_, i) => hostileRule(random, i));

  it('rejects each at load or evaluates it safely', () => {
    let rejected = 0;
    let evaluated = 0;
    const otherErrors: unknown[] = [];
    const outcomes = new Set<string>();
    for (const rule of rules) {
      let compiled;
      try {
        compiled = compileRule(rule);
      } catch (error) {
        if (error instanceof RuleCompileError) {
          rejected++;
        } else {
          otherErrors.push(error);
        }
        continue;
      }
      for (const document of documents) {
        outcomes.add(compiled.evaluate(document));
      }
      evaluated++;
    }

    expect(otherErrors).toEqual([]);
    expect(
      [...outcomes].every(o => ['true', 'false', 'unknown'].includes(o)),
    ).toBe(true);

    expect(rejected + evaluated).toBe(560);
    // Every catastrophic pattern and every prototype key is refused.
    expect(rejected).toBeGreaterThan(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses every catastrophic pattern', () => {
    for (const pattern of CATASTROPHIC) {
      expect(() => compileRule({ a: { $regex: pattern } })).toThrow(
        RuleCompileError,
      );
    }
  });

  it('rejects hostile scorecard definitions with InputError naming the check', () => {
    const hostile = rules.slice(0, 60);
    const failures: unknown[] = [];
    const messageOk: boolean[] = [];
    for (const [i, rule] of hostile.entries()) {
      const definition = JSON.parse(
        JSON.stringify({
          id: 'sc',
          title: 'SC',
          levels: [{ id: 'bronze', title: 'Bronze' }],
          checks: [{ id: `c${i}`, title: 'C', level: 'bronze', rule }],
        }),
      );
      try {
        compileScorecard(definition, 'test.yaml');
      } catch (error) {
        failures.push(error);
        messageOk.push(
          error instanceof InputError &&
            new RegExp(`^test.yaml: scorecard "sc", check "c${i}"`).test(
              error.message,
            ),
        );
      }
    }
    expect(failures.length).toBeGreaterThan(40);
    expect(messageOk.every(Boolean)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('leaves Object.prototype untouched', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('rejects definitions whose own keys are prototype keys', () => {
    for (const key of EVIL_KEYS) {
      const definition = JSON.parse(
        `{"id": "sc", "title": "SC", "levels": [{"id": "b", "title": "B"}],
          "checks": [{"id": "c", "title": "C", "level": "b", "rule": {"a": 1}}],
          "${key}": {"polluted": true}}`,
      );
      expect(() => compileScorecard(definition, 'x')).toThrow(InputError);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
