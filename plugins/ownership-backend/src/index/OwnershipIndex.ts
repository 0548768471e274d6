import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  collectAncestorGroups,
  collectDescendantGroups,
  DirectOwner,
  inspectDirectOwner,
  normalizeEntityRef,
  OwnershipIndexInfo,
  ResolvedOwner,
  resolveOwner,
  StalenessFlag,
} from '@cairn/plugin-ownership-common';
import { SearchIndex } from './SearchIndex';
import { stalenessOf } from './staleness';
import { searchTermsOf } from './searchTerms';

/** Settings the index needs to resolve owners and judge staleness. */
export interface OwnershipIndexOptions {
  placeholderOwners: string[];
  fallbackOwner?: string;
  maxGroupDepth: number;
  /** Days a confirmation date stays valid. Default 365. */
  confirmationMaxAgeDays?: number;
  /** Whether a missing confirmation date is flagged. Default false. */
  requireConfirmation?: boolean;
}

/** Everything the index knows about one entity. */
export interface IndexedEntity {
  ref: string;
  entity: Entity;
  /** Resolved owner; not computed for Groups, Users and Locations. */
  owner?: ResolvedOwner;
  direct?: DirectOwner;
  /** Staleness flags, judged at build time. */
  flags?: StalenessFlag[];
}

const OWNERLESS_KINDS = new Set(['group', 'user', 'location']);

/**
 * The fields the index asks the catalog for; nothing else is fetched.
 */
export const INDEX_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.tags',
  'metadata.annotations',
  'metadata.links',
  'spec.owner',
  'spec.system',
  'spec.domain',
  'spec.type',
  'spec.parent',
  'spec.children',
  'spec.members',
  'spec.memberOf',
  'spec.profile',
];

function refOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLowerCase();
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string')
    : [];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}

/**
 * An immutable in-memory view of the catalog built for ownership questions:
 * owners resolved once per build, group hierarchy and memberships as maps.
 * A new index is built on each refresh and swapped in whole.
 */
export class OwnershipIndex {
  readonly builtAt: Date;
  private readonly byRef = new Map<string, IndexedEntity>();
  private readonly parents = new Map<string, string>();
  private readonly children = new Map<string, string[]>();
  private readonly members = new Map<string, Set<string>>();
  private readonly groupsOfUser = new Map<string, Set<string>>();
  private readonly ownedBy = new Map<string, string[]>();
  private readonly ownedBelow = new Map<string, string[]>();
  private readonly flagged: IndexedEntity[] = [];
  private readonly options: OwnershipIndexOptions;
  private searchIndex = SearchIndex.build([]);

  private constructor(options: OwnershipIndexOptions, builtAt: Date) {
    this.options = options;
    this.builtAt = builtAt;
  }

  /**
   * Builds an index from entities.
   *
   * @param entities - The entities, possibly with only {@link INDEX_FIELDS}.
   * @param options - Resolution settings.
   * @param now - The build time.
   */
  static fromEntities(
    entities: Iterable<Entity>,
    options: OwnershipIndexOptions,
    now: Date = new Date(),
  ): OwnershipIndex {
    const index = new OwnershipIndex(options, now);

    for (const entity of entities) {
      const ref = refOf(entity);
      index.byRef.set(ref, { ref, entity });
    }
    index.linkGroups();
    index.resolveOwners();
    index.judgeStaleness(now);
    // Only entities with an owner answer "who supports X".
    index.searchIndex = SearchIndex.build(
      [...index.byRef.values()]
        .filter(item => item.owner)
        .map(item => ({ ref: item.ref, terms: searchTermsOf(item.entity) })),
    );

    return index;
  }

  private linkGroups() {
    const link = (parent: string, child: string) => {
      if (!this.byRef.has(parent) || !this.byRef.has(child)) {
        return;
      }
      if (!this.parents.has(child)) {
        this.parents.set(child, parent);
      }
      const list = this.children.get(parent) ?? [];
      if (!list.includes(child)) {
        list.push(child);
        this.children.set(parent, list);
      }
    };
    const addMember = (group: string, user: string) => {
      if (!this.byRef.has(group) || !this.byRef.has(user)) {
        return;
      }
      const set = this.members.get(group) ?? new Set<string>();
      set.add(user);
      this.members.set(group, set);
      const groups = this.groupsOfUser.get(user) ?? new Set<string>();
      groups.add(group);
      this.groupsOfUser.set(user, groups);
    };

    for (const { ref, entity } of this.byRef.values()) {
      const namespace = entity.metadata.namespace ?? 'default';
      const norm = (value: string, defaultKind: string) =>
        normalizeEntityRef(value, { defaultKind, defaultNamespace: namespace });
      const kind = entity.kind.toLowerCase();

      if (kind === 'group') {
        const parent =
          typeof entity.spec?.parent === 'string'
            ? norm(entity.spec.parent, 'group')
            : undefined;
        if (parent && parent !== ref) {
          link(parent, ref);
        } else if (parent === ref) {
          // Keep self-parents visible to the cycle-safe walks.
          this.parents.set(ref, ref);
        }
        for (const child of stringList(entity.spec?.children)) {
          const childRef = norm(child, 'group');
          if (childRef) link(ref, childRef);
        }
        for (const member of stringList(entity.spec?.members)) {
          const userRef = norm(member, 'user');
          if (userRef) addMember(ref, userRef);
        }
      } else if (kind === 'user') {
        for (const group of stringList(entity.spec?.memberOf)) {
          const groupRef = norm(group, 'group');
          if (groupRef) addMember(groupRef, ref);
        }
      }
    }
  }

  private resolveOwners() {
    const getEntity = (ref: string) => this.byRef.get(ref)?.entity;
    for (const item of this.byRef.values()) {
      if (OWNERLESS_KINDS.has(item.entity.kind.toLowerCase())) {
        continue;
      }
      item.direct = inspectDirectOwner(item.entity, getEntity, this.options);
      item.owner = resolveOwner(item.entity, getEntity, this.options);
      if (item.owner.ownerRef) {
        pushTo(this.ownedBy, item.owner.ownerRef, item.ref);
      }
    }

    // Everything a group owns through the groups below it, precomputed so a
    // team view is one map read however large the subtree is.
    for (const [owner, refs] of this.ownedBy) {
      refs.sort();
      if (!owner.startsWith('group:') || !this.byRef.has(owner)) continue;
      for (const group of this.ancestorsOf(owner).refs) {
        const list = this.ownedBelow.get(group) ?? [];
        for (const ref of refs) list.push(ref);
        this.ownedBelow.set(group, list);
      }
    }
    for (const list of this.ownedBelow.values()) {
      list.sort();
    }
  }

  // Confirmation dates are judged against the build time; the index is at
  // most maxAgeSeconds old, so a flag is at most that late.
  private judgeStaleness(now: Date) {
    const options = {
      confirmationMaxAgeDays: this.options.confirmationMaxAgeDays ?? 365,
      requireConfirmation: this.options.requireConfirmation ?? false,
    };
    const memo = new Map<string, boolean>();
    for (const item of this.byRef.values()) {
      if (!item.owner) continue;
      item.flags = stalenessOf(item, this, options, now, memo);
      if (item.flags.length > 0) this.flagged.push(item);
    }
    this.flagged.sort((a, b) => (a.ref < b.ref ? -1 : 1));
  }

  /** Entities with staleness flags, sorted by ref. */
  flaggedEntities(): readonly IndexedEntity[] {
    return this.flagged;
  }

  /** Number of entities in the index. */
  get size(): number {
    return this.byRef.size;
  }

  /** Age information reported with every answer. */
  info(now: Date = new Date()): OwnershipIndexInfo {
    return {
      builtAt: this.builtAt.toISOString(),
      ageSeconds: Math.max(
        0,
        Math.round((now.getTime() - this.builtAt.getTime()) / 1000),
      ),
      entityCount: this.byRef.size,
    };
  }

  /** Ranked search over names, titles, tags and annotation values. */
  search(query: string) {
    return this.searchIndex.search(query);
  }

  get(ref: string): IndexedEntity | undefined {
    return this.byRef.get(ref);
  }

  all(): IterableIterator<IndexedEntity> {
    return this.byRef.values();
  }

  parentOf = (groupRef: string): string | undefined =>
    this.parents.get(groupRef);

  childrenOf = (groupRef: string): string[] =>
    this.children.get(groupRef) ?? [];

  membersOf(groupRef: string): string[] {
    return [...(this.members.get(groupRef) ?? [])];
  }

  groupsOf(userRef: string): string[] {
    return [...(this.groupsOfUser.get(userRef) ?? [])];
  }

  /**
   * Entities whose resolved owner is this ref or, when `transitive`, any
   * group below it (depth-capped). Sorted by ref; do not modify.
   */
  owned(ownerRef: string, transitive: boolean): readonly string[] {
    const map = transitive ? this.ownedBelow : this.ownedBy;
    return map.get(ownerRef) ?? [];
  }

  /** The group and its descendants, depth-capped. */
  groupAndDescendants(groupRef: string): {
    refs: string[];
    truncated: boolean;
  } {
    const below = collectDescendantGroups(groupRef, this.childrenOf, {
      maxDepth: this.options.maxGroupDepth,
    });
    return { refs: [groupRef, ...below.refs], truncated: below.truncated };
  }

  /** The escalation chain from a group to its root. */
  ancestorsOf(groupRef: string) {
    return collectAncestorGroups(groupRef, this.parentOf, {
      maxDepth: this.options.maxGroupDepth,
    });
  }

  /** Whether a group or any group below it has members. */
  hasMembersBelow(groupRef: string): boolean {
    return this.groupAndDescendants(groupRef).refs.some(
      g => (this.members.get(g)?.size ?? 0) > 0,
    );
  }
}
