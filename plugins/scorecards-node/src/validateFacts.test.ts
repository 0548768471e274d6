import { findInvalidFact, hasFactType } from './validateFacts';

describe('findInvalidFact', () => {
  const declared = {
    coverage: { type: 'number' as const },
    hasReadme: { type: 'boolean' as const },
    languages: { type: 'string[]' as const },
  };

  it('accepts declared facts of the right type and null', () => {
    expect(
      findInvalidFact(
        { coverage: 81, hasReadme: null, languages: ['ts'] },
        declared,
      ),
    ).toBeUndefined();
  });

  it('names undeclared and mistyped facts', () => {
    expect(findInvalidFact({ nope: 1 }, declared)).toEqual({
      field: 'nope',
      message: 'undeclared fact "nope"',
    });
    expect(findInvalidFact({ coverage: '81' }, declared)).toEqual({
      field: 'coverage',
      message: 'fact "coverage" must be of type number',
    });
    expect(findInvalidFact({ languages: ['ts', 1] }, declared)?.field).toBe(
      'languages',
    );
    expect(
      findInvalidFact(JSON.parse('{"__proto__": 1}'), declared)?.field,
    ).toBe('__proto__');
  });

  it('checks object facts', () => {
    expect(hasFactType({ a: 1 }, 'object')).toBe(true);
    expect(hasFactType([1], 'object')).toBe(false);
    expect(hasFactType(Infinity as number, 'number')).toBe(false);
  });
});
