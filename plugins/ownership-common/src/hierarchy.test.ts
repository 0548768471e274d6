import { collectAncestorGroups, collectDescendantGroups } from './hierarchy';

function tree(edges: Array<[string, string]>) {
  const children = new Map<string, string[]>();
  const parents = new Map<string, string>();
  for (const [parent, child] of edges) {
    children.set(parent, [...(children.get(parent) ?? []), child]);
    parents.set(child, parent);
  }
  return {
    childrenOf: (ref: string) => children.get(ref) ?? [],
    parentOf: (ref: string) => parents.get(ref),
  };
}

function chain(length: number) {
  const edges: Array<[string, string]> = [];
  for (let i = 1; i < length; i++) {
    edges.push([`g${i - 1}`, `g${i}`]);
  }
  return tree(edges);
}

describe('collectDescendantGroups', () => {
  it('returns nothing for a leaf group', () => {
    expect(collectDescendantGroups('a', tree([]).childrenOf)).toEqual({
      refs: [],
      truncated: false,
    });
  });

  it('walks three levels breadth first', () => {
    const t = tree([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['d', 'e'],
    ]);
    expect(collectDescendantGroups('a', t.childrenOf).refs).toEqual([
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it('survives a group that is its own parent', () => {
    const t = tree([['a', 'a']]);
    expect(collectDescendantGroups('a', t.childrenOf)).toEqual({
      refs: [],
      truncated: false,
    });
  });

  it('survives a 2-cycle', () => {
    const childrenOf = (r: string) => (r === 'a' ? ['b'] : ['a']);
    expect(collectDescendantGroups('a', childrenOf).refs).toEqual(['b']);
  });

  it('survives a 3-cycle below the start', () => {
    const t = tree([
      ['root', 'a'],
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
    ]);
    expect(collectDescendantGroups('root', t.childrenOf).refs).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('truncates a depth-50 chain at the cap', () => {
    const t = chain(51);
    const result = collectDescendantGroups('g0', t.childrenOf, {
      maxDepth: 10,
    });
    expect(result.refs).toHaveLength(10);
    expect(result.refs[9]).toBe('g10');
    expect(result.truncated).toBe(true);
  });

  it('walks a depth-50 chain fully when the cap allows it', () => {
    const result = collectDescendantGroups('g0', chain(51).childrenOf, {
      maxDepth: 64,
    });
    expect(result).toMatchObject({ truncated: false });
    expect(result.refs).toHaveLength(50);
  });

  it('handles a fan-out in the thousands', () => {
    const edges: Array<[string, string]> = [];
    for (let i = 0; i < 5000; i++) {
      edges.push(['root', `team-${i}`]);
    }
    const result = collectDescendantGroups('root', tree(edges).childrenOf);
    expect(result.refs).toHaveLength(5000);
    expect(new Set(result.refs).size).toBe(5000);
  });

  it('lists a child shared by two parents once (diamond)', () => {
    const t = tree([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'd'],
      ['c', 'd'],
    ]);
    expect(collectDescendantGroups('a', t.childrenOf).refs).toEqual([
      'b',
      'c',
      'd',
    ]);
  });
});

describe('collectAncestorGroups', () => {
  it('walks from a team to the root', () => {
    const t = tree([
      ['lumen', 'engineering'],
      ['engineering', 'commerce'],
      ['commerce', 'team-checkout'],
    ]);
    expect(collectAncestorGroups('team-checkout', t.parentOf)).toEqual({
      refs: ['team-checkout', 'commerce', 'engineering', 'lumen'],
      truncated: false,
    });
  });

  it('stops at a self-parent', () => {
    expect(collectAncestorGroups('a', () => 'a')).toEqual({
      refs: ['a'],
      truncated: true,
      reason: 'cycle',
    });
  });

  it('stops at a 2-cycle', () => {
    const parentOf = (r: string) => (r === 'a' ? 'b' : 'a');
    expect(collectAncestorGroups('a', parentOf)).toEqual({
      refs: ['a', 'b'],
      truncated: true,
      reason: 'cycle',
    });
  });

  it('stops at a 3-cycle above a team', () => {
    const parents: Record<string, string> = {
      team: 'a',
      a: 'b',
      b: 'c',
      c: 'a',
    };
    const result = collectAncestorGroups('team', r => parents[r]);
    expect(result.refs).toEqual(['team', 'a', 'b', 'c']);
    expect(result.reason).toBe('cycle');
  });

  it('caps a depth-50 chain', () => {
    const t = chain(51);
    const result = collectAncestorGroups('g50', t.parentOf, { maxDepth: 20 });
    expect(result.refs).toHaveLength(20);
    expect(result).toMatchObject({ truncated: true, reason: 'depth' });
  });

  it('ends at a dangling parent without inventing it', () => {
    // team-x names a parent that does not exist; the caller's parentOf only
    // returns refs it knows, so the chain ends at team-x.
    const known = new Set(['team-x']);
    const parentOf = (r: string) =>
      r === 'team-x' && known.has('ghost') ? 'ghost' : undefined;
    expect(collectAncestorGroups('team-x', parentOf)).toEqual({
      refs: ['team-x'],
      truncated: false,
    });
  });
});
