import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  EntityOwnership,
  formatProvenance,
  GroupOwnedEntities,
  OwnedEntity,
  OwnershipReport,
  OwnershipReportItem,
  OwnershipSearchItem,
  OwnershipSearchResult,
  StalenessFlagType,
} from '@cairn/plugin-ownership-common';
import { OwnershipIndex } from '../index/OwnershipIndex';
import { OwnershipIndexManager } from '../index/OwnershipIndexManager';
import { OnCallAdapter } from '../oncall/types';
import {
  buildChain,
  buildContacts,
  contactPeopleRefs,
  ownerSummary,
} from './describe';
import { confirmedAtOf } from '../index/staleness';
import { resolutionRefs, visibleFlags, visibleResolution } from './redact';
import { VisibilityFilter } from './VisibilityFilter';

const OWNER_KINDS = new Set(['group', 'user']);

/** Paging and filters for {@link OwnershipService.groupOwned}. */
export interface GroupOwnedQuery {
  transitive: boolean;
  kind?: string;
  offset: number;
  limit: number;
}

/** Paging and filters for {@link OwnershipService.report}. */
export interface ReportQuery {
  kind?: string;
  group?: string;
  offset: number;
  limit: number;
}

/**
 * Answers ownership questions from the index, filtered to what the caller
 * may read in the catalog.
 */
export class OwnershipService {
  constructor(
    private readonly indexes: Pick<
      OwnershipIndexManager,
      'getIndex' | 'getIndexAfterMiss'
    >,
    private readonly visibility: VisibilityFilter,
    private readonly onCall: OnCallAdapter[],
  ) {}

  async entityOwnership(
    entityRef: string,
    credentials: BackstageCredentials,
  ): Promise<EntityOwnership> {
    const { index, item } = await this.lookup(entityRef);
    if (!item) {
      throw new NotFoundError(`No entity ${entityRef}`);
    }

    const ownerRef = item.owner?.ownerRef;
    const ownerItem = ownerRef ? index.get(ownerRef) : undefined;
    // Groups and users own things rather than being owned: for them the
    // answer is how to reach the group (or the user's team) itself.
    const isOwnerKind = OWNER_KINDS.has(item.entity.kind.toLowerCase());
    const reachItem = isOwnerKind ? item : ownerItem;
    const chainGroup = reachItem
      ? this.chainStart(index, reachItem.ref)
      : undefined;
    const chain = chainGroup
      ? index.ancestorsOf(chainGroup)
      : { refs: [], truncated: false };
    const contactGroup =
      reachItem?.entity.kind.toLowerCase() === 'group' ? reachItem : undefined;
    const people = contactGroup ? contactPeopleRefs(index, contactGroup) : [];

    const visible = await this.visibility.visibleRefs(
      [entityRef, ...resolutionRefs(item), ...chain.refs, ...people],
      credentials,
    );
    if (!visible.has(entityRef)) {
      throw new NotFoundError(`No entity ${entityRef}`);
    }

    const resolution = visibleResolution(item, visible);
    const owner = resolution.ownerRef
      ? ownerSummary(index, resolution.ownerRef)
      : undefined;
    const onCall = await Promise.all(
      this.onCall.map(a =>
        a.lookup({
          entity: item.entity,
          owner: isOwnerKind ? item.entity : owner && ownerItem?.entity,
        }),
      ),
    );

    return {
      entityRef,
      kind: item.entity.kind,
      title: item.entity.metadata.title,
      owner,
      provenance: resolution.provenance,
      provenanceText: formatProvenance(resolution.provenance),
      // Without a visible owner, only groups and users have a chain.
      chain: buildChain(
        index,
        owner || isOwnerKind ? chain : { refs: [], truncated: false },
        visible,
      ),
      contacts:
        contactGroup && (owner || isOwnerKind)
          ? buildContacts(index, contactGroup, visible)
          : undefined,
      onCall,
      staleness: visibleFlags(item, resolution),
      confirmedAt: confirmedAtOf(item),
      index: index.info(),
    };
  }

  /** Finds a ref in the index, rebuilding a not-so-fresh index on a miss. */
  private async lookup(ref: string) {
    let index = await this.indexes.getIndex();
    let item = index.get(ref);
    if (!item) {
      index = await this.indexes.getIndexAfterMiss();
      item = index.get(ref);
    }
    return { index, item };
  }

  /** A user owner escalates through their first group. */
  private chainStart(index: OwnershipIndex, ownerRef: string) {
    if (ownerRef.startsWith('group:')) {
      return ownerRef;
    }
    return index.groupsOf(ownerRef).sort()[0];
  }

  async search(
    query: string,
    limit: number,
    credentials: BackstageCredentials,
  ): Promise<OwnershipSearchResult> {
    let index = await this.indexes.getIndex();
    const q = query.trim().toLowerCase();

    let ranked = index.search(q);
    if (ranked.length === 0) {
      // Maybe registered since the last build; see getIndexAfterMiss.
      index = await this.indexes.getIndexAfterMiss();
      ranked = index.search(q);
    }

    const items: OwnershipSearchItem[] = [];
    // Check a few more than needed per round, so hidden hits rarely cost
    // a second catalog call.
    for (let i = 0; i < ranked.length && items.length < limit; ) {
      const round = ranked.slice(i, i + limit * 2);
      i += round.length;
      const owners = round.flatMap(r => resolutionRefs(index.get(r.ref)!));
      const visible = await this.visibility.visibleRefs(
        [...round.map(r => r.ref), ...owners],
        credentials,
      );
      for (const hit of round) {
        if (!visible.has(hit.ref) || items.length >= limit) continue;
        const item = index.get(hit.ref)!;
        const { ownerRef, provenance } = visibleResolution(item, visible);
        items.push({
          entityRef: hit.ref,
          kind: item.entity.kind,
          title: item.entity.metadata.title,
          matchedOn: hit.field,
          score: hit.score,
          owner: ownerRef ? ownerSummary(index, ownerRef) : undefined,
          provenance,
        });
      }
    }

    return { items, index: index.info() };
  }

  async groupOwned(
    groupRef: string,
    query: GroupOwnedQuery,
    credentials: BackstageCredentials,
  ): Promise<GroupOwnedEntities> {
    const { index, item: group } = await this.lookup(groupRef);
    if (!group) {
      throw new NotFoundError(`No group ${groupRef}`);
    }

    const groups = query.transitive
      ? index.groupAndDescendants(groupRef)
      : { refs: [groupRef], truncated: false };
    const kindPrefix = query.kind ? `${query.kind.toLowerCase()}:` : undefined;
    const owned = index.owned(groupRef, query.transitive);
    const candidates = kindPrefix
      ? owned.filter(ref => ref.startsWith(kindPrefix))
      : owned;

    const visible = await this.visibility.visibleRefs(
      [
        groupRef,
        ...candidates,
        ...candidates.flatMap(ref => resolutionRefs(index.get(ref)!)),
      ],
      credentials,
    );
    if (!visible.has(groupRef)) {
      throw new NotFoundError(`No group ${groupRef}`);
    }
    const shown = candidates.filter(ref => visible.has(ref));
    const items: OwnedEntity[] = shown
      .slice(query.offset, query.offset + query.limit)
      .map(ref => {
        const item = index.get(ref)!;
        return {
          entityRef: ref,
          kind: item.entity.kind,
          title: item.entity.metadata.title,
          ...visibleResolution(item, visible),
        };
      });

    return {
      groupRef,
      transitive: query.transitive,
      groupCount: groups.refs.length,
      truncated: groups.truncated,
      items,
      totalCount: shown.length,
      index: index.info(),
    };
  }

  async report(
    query: ReportQuery,
    credentials: BackstageCredentials,
  ): Promise<OwnershipReport> {
    const index = await this.indexes.getIndex();
    const kindPrefix = query.kind ? `${query.kind.toLowerCase()}:` : undefined;
    if (query.group && !index.get(query.group)) {
      throw new NotFoundError(`No group ${query.group}`);
    }
    const groups = query.group
      ? new Set(index.groupAndDescendants(query.group).refs)
      : undefined;

    const candidates = index.flaggedEntities().filter(item => {
      if (kindPrefix && !item.ref.startsWith(kindPrefix)) return false;
      if (!groups) return true;
      const owners = [item.owner?.ownerRef, item.direct?.ownerRef];
      return owners.some(o => o && groups.has(o));
    });

    const visible = await this.visibility.visibleRefs(
      [
        ...(query.group ? [query.group] : []),
        ...candidates.map(c => c.ref),
        ...candidates.flatMap(resolutionRefs),
      ],
      credentials,
    );
    if (query.group && !visible.has(query.group)) {
      throw new NotFoundError(`No group ${query.group}`);
    }
    const shown: OwnershipReportItem[] = [];
    for (const item of candidates) {
      if (!visible.has(item.ref)) continue;
      const resolution = visibleResolution(item, visible);
      const flags = visibleFlags(item, resolution);
      if (flags.length === 0) continue;
      shown.push({
        entityRef: item.ref,
        kind: item.entity.kind,
        title: item.entity.metadata.title,
        ...resolution,
        flags,
      });
    }
    const counts: Partial<Record<StalenessFlagType, number>> = {};
    for (const item of shown) {
      for (const flag of item.flags) {
        counts[flag.type] = (counts[flag.type] ?? 0) + 1;
      }
    }
    const items = shown.slice(query.offset, query.offset + query.limit);

    return {
      counts,
      items,
      totalCount: shown.length,
      index: index.info(),
    };
  }
}
