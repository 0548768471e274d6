/**
 * Default cap on how deep group hierarchies are walked.
 *
 * @public
 */
export const DEFAULT_MAX_GROUP_DEPTH = 32;

/**
 * Collects every group below a group (children through `spec.parent` /
 * `childOf`), breadth first, without the group itself. Cycles are skipped and
 * the walk stops at `maxDepth` levels, setting `truncated` when deeper groups
 * were left out.
 *
 * @public
 * @param groupRef - Full lower-cased ref of the top group.
 * @param childrenOf - Direct children of a group, as full refs.
 * @param options - `maxDepth` (levels below the group, default 32).
 */
export function collectDescendantGroups(
  groupRef: string,
  childrenOf: (groupRef: string) => string[],
  options?: { maxDepth?: number },
): { refs: string[]; truncated: boolean } {
  const maxDepth = options?.maxDepth ?? DEFAULT_MAX_GROUP_DEPTH;
  const seen = new Set<string>([groupRef]);
  const refs: string[] = [];
  let frontier = [groupRef];
  let depth = 0;

  while (frontier.length > 0) {
    const next: string[] = [];
    for (const parent of frontier) {
      for (const child of childrenOf(parent)) {
        if (seen.has(child)) {
          continue;
        }
        if (depth >= maxDepth) {
          return { refs, truncated: true };
        }
        seen.add(child);
        refs.push(child);
        next.push(child);
      }
    }
    frontier = next;
    depth += 1;
  }

  return { refs, truncated: false };
}

/**
 * The result of {@link collectAncestorGroups}.
 *
 * @public
 */
export interface AncestorChain {
  /** The group itself first, then its parent, up to the root. */
  refs: string[];
  /** True when the walk stopped at a cycle or at the depth cap. */
  truncated: boolean;
  /** Why the walk was truncated. */
  reason?: 'cycle' | 'depth';
}

/**
 * Walks from a group up through its parents to the root: the escalation
 * chain. Cycle-safe and depth-capped.
 *
 * @public
 * @param groupRef - Full lower-cased ref of the starting group.
 * @param parentOf - The parent of a group, if any, as a full ref.
 * @param options - `maxDepth` (number of groups returned, default 32).
 */
export function collectAncestorGroups(
  groupRef: string,
  parentOf: (groupRef: string) => string | undefined,
  options?: { maxDepth?: number },
): AncestorChain {
  const maxDepth = options?.maxDepth ?? DEFAULT_MAX_GROUP_DEPTH;
  const refs = [groupRef];
  const seen = new Set(refs);
  let current = parentOf(groupRef);

  while (current !== undefined) {
    if (seen.has(current)) {
      return { refs, truncated: true, reason: 'cycle' };
    }
    if (refs.length >= maxDepth) {
      return { refs, truncated: true, reason: 'depth' };
    }
    seen.add(current);
    refs.push(current);
    current = parentOf(current);
  }

  return { refs, truncated: false };
}
