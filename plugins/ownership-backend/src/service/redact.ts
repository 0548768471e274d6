import {
  OwnershipProvenance,
  StalenessFlag,
} from '@cairn/plugin-ownership-common';
import { IndexedEntity } from '../index/OwnershipIndex';
import { Visibility } from './VisibilityFilter';

/** The owner and provenance a caller may see. */
export interface VisibleResolution {
  ownerRef?: string;
  provenance: OwnershipProvenance;
}

// Flags whose message names the resolved owner.
const OWNER_FLAGS = new Set([
  'owner_group_without_members',
  'owner_user_without_group',
]);

/**
 * The refs an item's resolution mentions: its owner and the system or
 * domain it was inherited through. Check these with the item.
 */
export function resolutionRefs(item: IndexedEntity): string[] {
  const refs: string[] = [];
  const p = item.owner?.provenance;
  if (item.owner?.ownerRef) refs.push(item.owner.ownerRef);
  if (p?.type === 'system' || p?.type === 'domain') refs.push(p.ref);
  return refs;
}

/**
 * The resolution as the caller may see it: when the owner or the system or
 * domain it came through is hidden, the answer says nothing about either.
 */
export function visibleResolution(
  item: IndexedEntity,
  visible: Visibility,
): VisibleResolution {
  const hidden = resolutionRefs(item).some(ref => !visible.has(ref));
  if (hidden || !item.owner) {
    return { provenance: { type: 'none' } };
  }
  return { ownerRef: item.owner.ownerRef, provenance: item.owner.provenance };
}

/** Staleness flags, without those naming an owner the caller cannot see. */
export function visibleFlags(
  item: IndexedEntity,
  resolution: VisibleResolution,
): StalenessFlag[] {
  const flags = item.flags ?? [];
  return resolution.ownerRef
    ? flags
    : flags.filter(f => !OWNER_FLAGS.has(f.type));
}
