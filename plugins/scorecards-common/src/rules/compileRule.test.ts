import { compileFilter, compileRule } from './compileRule';
import { RuleCompileError } from './RuleCompileError';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'checkout-api',
    tags: ['java', 'payments'],
    annotations: {
      'backstage.io/techdocs-ref': 'dir:.',
      'github.com/project-slug': 'lumen/checkout-api',
    },
  },
  spec: { type: 'service', lifecycle: 'production', owner: 'team-checkout' },
};
const doc = {
  entity,
  facts: {
    ci: { coverage: 81.5, builds: 7, branch: 'main' },
    repository: { hasReadme: true, hasCodeowners: false, missing: null },
  },
};

const run = (rule: unknown) => compileRule(rule).evaluate(doc);

describe('compileRule', () => {
  it('matches paths case-insensitively and numbers against strings', () => {
    expect(run({ 'entity.kind': 'component' })).toBe('true');
    expect(run({ 'entity.spec.type': 'website' })).toBe('false');
    expect(run({ 'facts.ci.builds': '7' })).toBe('true');
    expect(run({ 'facts.ci.builds': 7 })).toBe('true');
    expect(run({ 'facts.repository.hasReadme': true })).toBe('true');
    expect(run({ 'facts.repository.hasReadme': 'true' })).toBe('false');
  });

  it('finds keys that contain dots', () => {
    expect(
      run({ 'entity.metadata.annotations.backstage.io/techdocs-ref': 'dir:.' }),
    ).toBe('true');
  });

  it('supports $all, $any and $not', () => {
    const yes = { 'entity.kind': 'Component' };
    const no = { 'entity.kind': 'API' };
    expect(run({ $all: [yes, yes] })).toBe('true');
    expect(run({ $all: [yes, no] })).toBe('false');
    expect(run({ $any: [no, yes] })).toBe('true');
    expect(run({ $any: [no, no] })).toBe('false');
    expect(run({ $not: no })).toBe('true');
    expect(run({ $not: yes })).toBe('false');
  });

  it('requires every key of an expression', () => {
    expect(
      run({ 'entity.kind': 'Component', 'entity.spec.type': 'service' }),
    ).toBe('true');
    expect(
      run({ 'entity.kind': 'Component', 'entity.spec.type': 'library' }),
    ).toBe('false');
  });

  it('supports $exists', () => {
    expect(run({ 'entity.spec.system': { $exists: false } })).toBe('true');
    expect(run({ 'entity.spec.owner': { $exists: true } })).toBe('true');
    expect(run({ 'entity.spec.system': { $exists: true } })).toBe('false');
  });

  it('supports $in with mixed primitives', () => {
    expect(
      run({ 'entity.spec.lifecycle': { $in: ['PRODUCTION', 'beta'] } }),
    ).toBe('true');
    expect(run({ 'facts.ci.builds': { $in: [7, 8] } })).toBe('true');
    expect(run({ 'facts.repository.hasCodeowners': { $in: [false] } })).toBe(
      'true',
    );
    expect(run({ 'entity.spec.lifecycle': { $in: ['beta'] } })).toBe('false');
  });

  it('supports $contains with primitives and predicates', () => {
    expect(run({ 'entity.metadata.tags': { $contains: 'JAVA' } })).toBe('true');
    expect(run({ 'entity.metadata.tags': { $contains: 'go' } })).toBe('false');
    expect(run({ 'entity.kind': { $contains: 'Component' } })).toBe('false');
    const withLinks = {
      entity: { links: [{ type: 'chat', url: 'x' }, { type: 'runbook' }] },
      facts: {},
    };
    expect(
      compileRule({
        'entity.links': { $contains: { type: 'runbook' } },
      }).evaluate(withLinks),
    ).toBe('true');
  });

  it('supports $hasPrefix', () => {
    expect(run({ 'entity.metadata.name': { $hasPrefix: 'CHECKOUT' } })).toBe(
      'true',
    );
    expect(run({ 'entity.metadata.name': { $hasPrefix: 'pay' } })).toBe(
      'false',
    );
    expect(run({ 'facts.ci.builds': { $hasPrefix: '7' } })).toBe('false');
  });

  it('supports $gt, $gte, $lt and $lte on numbers only', () => {
    expect(run({ 'facts.ci.coverage': { $gt: 80 } })).toBe('true');
    expect(run({ 'facts.ci.coverage': { $gt: 81.5 } })).toBe('false');
    expect(run({ 'facts.ci.coverage': { $gte: 81.5 } })).toBe('true');
    expect(run({ 'facts.ci.coverage': { $lt: 81.5 } })).toBe('false');
    expect(run({ 'facts.ci.coverage': { $lte: 81.5 } })).toBe('true');
    expect(run({ 'facts.ci.branch': { $gt: 0 } })).toBe('false');
  });

  it('supports $regex as a string or with flags', () => {
    expect(run({ 'entity.metadata.name': { $regex: '^[a-z]+-api$' } })).toBe(
      'true',
    );
    expect(run({ 'entity.metadata.name': { $regex: '^CHECKOUT' } })).toBe(
      'false',
    );
    expect(
      run({
        'entity.metadata.name': {
          $regex: { pattern: '^CHECKOUT', flags: 'i' },
        },
      }),
    ).toBe('true');
    expect(run({ 'facts.ci.builds': { $regex: '7' } })).toBe('false');
  });

  it('does not run a regex over oversized input', () => {
    const rule = compileRule({ 'entity.description': { $regex: 'x' } });
    expect(rule.evaluate({ entity: { description: 'x'.repeat(5000) } })).toBe(
      'false',
    );
  });

  it('is unknown when a fact is missing, using Kleene logic', () => {
    expect(run({ 'facts.repository.hasDockerfile': true })).toBe('unknown');
    expect(run({ 'facts.repository.missing': true })).toBe('unknown');
    expect(run({ 'facts.nosource.x': { $exists: false } })).toBe('unknown');
    expect(run({ $not: { 'facts.nosource.x': true } })).toBe('unknown');
    expect(
      run({
        $any: [{ 'facts.nosource.x': true }, { 'entity.kind': 'Component' }],
      }),
    ).toBe('true');
    expect(
      run({ $all: [{ 'facts.nosource.x': true }, { 'entity.kind': 'API' }] }),
    ).toBe('false');
    expect(
      run({
        $all: [{ 'facts.nosource.x': true }, { 'entity.kind': 'Component' }],
      }),
    ).toBe('unknown');
  });

  it('lists the facts a rule reads', () => {
    const rule = compileRule({
      $all: [
        { 'facts.ci.coverage': { $gt: 1 } },
        { 'facts.repository.hasReadme': true },
      ],
    });
    expect(rule.factPaths).toEqual(['ci.coverage', 'repository.hasReadme']);
  });

  it('does not read inherited properties', () => {
    expect(run({ 'entity.metadata.toString': { $exists: true } })).toBe(
      'false',
    );
    expect(run({ 'entity.hasOwnProperty': { $exists: true } })).toBe('false');
  });

  it('compiles filters to booleans where unknown does not match', () => {
    const filter = compileFilter({ kind: 'Component', 'spec.type': 'service' });
    expect(filter(entity)).toBe(true);
    expect(filter({ ...entity, kind: 'API' })).toBe(false);
    expect(compileFilter({ 'facts.a.b': true })({ entity })).toBe(false);
  });

  describe('errors', () => {
    const cases: Array<[string, unknown, string]> = [
      ['non-object rule', 'x', '(root): a rule must be an object'],
      ['array rule', [], '(root): a rule must be an object'],
      ['empty rule', {}, '(root): empty predicate'],
      ['unknown operator', { $foo: 1 }, '$foo: unknown operator "$foo"'],
      [
        'unknown value operator',
        { a: { $like: 'x' } },
        'a.$like: unknown operator "$like"',
      ],
      [
        'logical with siblings',
        { $all: [{ a: 1 }], b: 1 },
        '(root): $all must be the only key of its object',
      ],
      ['empty $all', { $all: [] }, '$all: $all takes a non-empty array'],
      [
        '$any not array',
        { $any: { a: 1 } },
        '$any: $any takes a non-empty array',
      ],
      [
        '$all of primitives',
        { $all: [1] },
        '$all[0]: $all takes predicate objects',
      ],
      [
        '$not of array',
        { $not: [{ a: 1 }] },
        '$not: $not takes a predicate object',
      ],
      [
        '$exists not boolean',
        { a: { $exists: 'yes' } },
        'a.$exists: $exists takes true or false',
      ],
      [
        '$in not array',
        { a: { $in: 'x' } },
        'a.$in: $in takes a non-empty array',
      ],
      [
        '$in with object',
        { a: { $in: [{}] } },
        'a.$in[0]: $in takes strings, numbers or booleans',
      ],
      [
        '$hasPrefix number',
        { a: { $hasPrefix: 1 } },
        'a.$hasPrefix: $hasPrefix takes a string',
      ],
      ['$gt string', { a: { $gt: '5' } }, 'a.$gt: $gt takes a finite number'],
      [
        '$gte null',
        { a: { $gte: null } },
        'a.$gte: $gte takes a finite number',
      ],
      ['$lt NaN', { a: { $lt: NaN } }, 'a.$lt: $lt takes a finite number'],
      [
        '$lte Infinity',
        { a: { $lte: Infinity } },
        'a.$lte: $lte takes a finite number',
      ],
      [
        '$regex number',
        { a: { $regex: 1 } },
        'a.$regex: $regex takes a pattern string or { pattern, flags }',
      ],
      [
        '$regex extra key',
        { a: { $regex: { pattern: 'x', g: 1 } } },
        'a.$regex.g: $regex takes only pattern and flags',
      ],
      [
        '$regex bad flags',
        { a: { $regex: { pattern: 'x', flags: 'g' } } },
        'a.$regex: unsafe or invalid pattern: flags "g" are not allowed (use i, m, s, u)',
      ],
      [
        '$regex nested quantifier',
        { a: { $regex: '(a+)+$' } },
        'a.$regex: unsafe or invalid pattern: a repeated group contains a quantifier (nested quantifiers)',
      ],
      [
        '$regex invalid',
        { a: { $regex: '(' } },
        'a.$regex: unsafe or invalid pattern: pattern does not compile',
      ],
      [
        'two value operators',
        { a: { $gt: 1, $lt: 3 } },
        'a: a value matcher takes exactly one operator, got 2',
      ],
      ['empty value matcher', { a: {} }, 'a: empty value matcher'],
      [
        'null value',
        { a: null },
        'a: expected a string, number, boolean or operator object, got null',
      ],
      [
        'array value',
        { a: [1] },
        'a: arrays cannot be compared; use $in or $contains',
      ],
      ['empty path segment', { 'a..b': 1 }, 'a..b: path has an empty segment'],
      [
        '__proto__ path',
        JSON.parse('{"__proto__": 1}'),
        '__proto__: path segment "__proto__" is not allowed',
      ],
      [
        'constructor path',
        { 'a.constructor.name': 'x' },
        'a.constructor.name: path segment "constructor" is not allowed',
      ],
      [
        'long path',
        { ['a'.repeat(300)]: 1 },
        'path is longer than 256 characters',
      ],
      [
        'long string',
        { a: 'x'.repeat(2000) },
        'a: strings are limited to 1024 characters',
      ],
      [
        'huge $in',
        { a: { $in: Array(501).fill('x') } },
        'a.$in: $in takes at most 500 elements',
      ],
      ['infinite number', { a: Infinity }, 'a: numbers must be finite'],
    ];

    it.each(cases)('rejects %s', (_name, rule, message) => {
      let error: unknown;
      try {
        compileRule(rule);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(RuleCompileError);
      expect((error as Error).message).toContain(message);
    });

    it('rejects deep nesting and too many parts', () => {
      let deep: Record<string, unknown> = { a: 1 };
      for (let i = 0; i < 40; i++) {
        deep = { $not: deep };
      }
      expect(() => compileRule(deep)).toThrow(/nested deeper than 32 levels/);

      const wide = {
        $all: Array.from({ length: 400 }, () => ({
          $any: Array.from({ length: 10 }, () => ({ a: 1 })),
        })),
      };
      expect(() => compileRule(wide)).toThrow(/more than 2000 parts/);
    });

    it('names the prefix given', () => {
      expect(() =>
        compileRule({ $all: [{ a: { $nope: 1 } }] }, { pathPrefix: 'rule' }),
      ).toThrow('rule.$all[0].a.$nope: unknown operator "$nope"');
    });
  });
});
