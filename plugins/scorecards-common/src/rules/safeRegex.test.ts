import { findUnsafeRegexReason } from './safeRegex';

describe('findUnsafeRegexReason', () => {
  it.each([
    '^[a-z0-9-]+$',
    '^\\d+\\.\\d+\\.\\d+$',
    '(\\.\\d+)?$',
    '^(foo|bar)$',
    '^https://github\\.com/[^/]+/[^/]+$',
    '[(a+)+]',
    '\\(a+\\)+',
    '^(?<major>\\d+)\\.',
    'a{2}b{1,3}',
    '[a-z]+[0-9]*',
  ])('accepts %s', pattern => {
    expect(findUnsafeRegexReason(pattern)).toBeUndefined();
  });

  it.each([
    ['(a+)+$', /nested quantifiers/],
    ['(a*)*b', /nested quantifiers/],
    ['((ab)*c)+', /nested quantifiers/],
    ['(\\w+\\s?){2,}$', /nested quantifiers/],
    ['(a|aa)+$', /alternation/],
    ['(a|b){3,10}', /alternation/],
    ['((a|b)c)*', /alternation/],
    ['a*a*a*a*b', /three repeated tokens/],
    ['\\s*\\s*\\s*$', /three repeated tokens/],
    ['a+,b+,c+,d+,e+,f+,g+', /more than 6 repeated tokens/],
    ['(a)\\1', /backreferences/],
    ['(?<x>a)\\k<x>', /backreferences/],
    ['(?=a)b', /lookaround/],
    ['(?<!a)b', /lookaround/],
    ['x'.repeat(300), /longer than 256/],
    ['[', /does not compile/],
  ])('refuses %s', (pattern, reason) => {
    expect(findUnsafeRegexReason(pattern)).toMatch(reason);
  });

  it('refuses unknown and repeated flags', () => {
    expect(findUnsafeRegexReason('a', 'g')).toMatch(/not allowed/);
    expect(findUnsafeRegexReason('a', 'ii')).toMatch(/not allowed/);
    expect(findUnsafeRegexReason('a', 'im')).toBeUndefined();
  });
});
