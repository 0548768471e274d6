import {
  OWNERSHIP_CONFIRMED_ANNOTATION,
  StalenessFlag,
} from '@cairn/plugin-ownership-common';
import type { IndexedEntity, OwnershipIndex } from './OwnershipIndex';

/** Staleness settings. */
export interface StalenessOptions {
  confirmationMaxAgeDays: number;
  requireConfirmation: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads the confirmation date annotation, if it holds a real date.
 *
 * @param item - The indexed entity.
 */
export function confirmedAtOf(item: IndexedEntity): string | undefined {
  const value =
    item.entity.metadata.annotations?.[OWNERSHIP_CONFIRMED_ANNOTATION];
  if (!value || !DATE_PATTERN.test(value)) {
    return undefined;
  }
  return Number.isNaN(Date.parse(value)) ? undefined : value;
}

/**
 * Lists why an entity's ownership needs attention. Group-level facts (does
 * the owner have members) are cached in `memo` across calls of one request.
 *
 * @param item - The indexed entity.
 * @param index - The index it belongs to.
 * @param options - Staleness settings.
 * @param now - The time to judge confirmation dates against.
 * @param memo - Per-request cache of group member checks.
 */
export function stalenessOf(
  item: IndexedEntity,
  index: OwnershipIndex,
  options: StalenessOptions,
  now: Date,
  memo: Map<string, boolean> = new Map(),
): StalenessFlag[] {
  const flags: StalenessFlag[] = [];
  const { direct, owner } = item;
  if (!direct || !owner) {
    return flags;
  }

  if (direct.status === 'placeholder') {
    flags.push({
      type: 'placeholder_owner',
      message: `Owner ${direct.ownerRef} is a placeholder, not a real owner`,
    });
  } else if (direct.status === 'dangling') {
    flags.push({
      type: 'dangling_owner',
      message: `Owner ${direct.ownerRef} does not exist in the catalog`,
    });
  }
  if (owner.provenance.type === 'none') {
    flags.push({
      type: 'no_owner',
      message: 'No owner, system owner, domain owner or fallback applies',
    });
  }

  const ownerRef = owner.ownerRef;
  const ownerKind = ownerRef?.slice(0, ownerRef.indexOf(':'));
  if (ownerRef && ownerKind === 'group' && index.get(ownerRef)) {
    let staffed = memo.get(ownerRef);
    if (staffed === undefined) {
      staffed = index.hasMembersBelow(ownerRef);
      memo.set(ownerRef, staffed);
    }
    if (!staffed) {
      flags.push({
        type: 'owner_group_without_members',
        message: `Owner ${ownerRef} has no members`,
      });
    }
  } else if (
    ownerRef &&
    ownerKind === 'user' &&
    index.get(ownerRef) &&
    index.groupsOf(ownerRef).length === 0
  ) {
    flags.push({
      type: 'owner_user_without_group',
      message: `Owner ${ownerRef} is a user in no group`,
    });
  }

  const raw =
    item.entity.metadata.annotations?.[OWNERSHIP_CONFIRMED_ANNOTATION];
  const confirmedAt = confirmedAtOf(item);
  if (confirmedAt) {
    const days = Math.floor((now.getTime() - Date.parse(confirmedAt)) / DAY_MS);
    if (days > options.confirmationMaxAgeDays) {
      flags.push({
        type: 'confirmation_expired',
        message: `Ownership last confirmed ${confirmedAt}, ${days} days ago (limit ${options.confirmationMaxAgeDays})`,
      });
    }
  } else if (raw !== undefined) {
    flags.push({
      type: 'not_confirmed',
      message: `Annotation ${OWNERSHIP_CONFIRMED_ANNOTATION} is not a YYYY-MM-DD date`,
    });
  } else if (options.requireConfirmation) {
    flags.push({
      type: 'not_confirmed',
      message: `Ownership was never confirmed (${OWNERSHIP_CONFIRMED_ANNOTATION})`,
    });
  }

  return flags;
}
