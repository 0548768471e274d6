import { Entity } from '@backstage/catalog-model';
import {
  AncestorChain,
  EscalationChain,
  normalizeEntityRef,
  OwnerContacts,
  OwnershipLink,
  OwnershipPerson,
  OwnerSummary,
  TEAM_LEADS_ANNOTATION,
} from '@cairn/plugin-ownership-common';
import { IndexedEntity, OwnershipIndex } from '../index/OwnershipIndex';
import { Visibility } from './VisibilityFilter';

/** Most members listed in one answer; the rest are left to the catalog. */
export const MAX_MEMBERS = 50;

function emailOf(entity: Entity): string | undefined {
  const profile = entity.spec?.profile as { email?: unknown } | undefined;
  return typeof profile?.email === 'string' ? profile.email : undefined;
}

function titleOf(entity: Entity): string | undefined {
  const profile = entity.spec?.profile as { displayName?: unknown } | undefined;
  return typeof profile?.displayName === 'string'
    ? profile.displayName
    : entity.metadata.title;
}

function linksOf(entity: Entity): OwnershipLink[] {
  return (entity.metadata.links ?? []).map(l => ({
    url: l.url,
    title: l.title,
    type: l.type,
  }));
}

function leadRefs(group: IndexedEntity): string[] {
  const raw = group.entity.metadata.annotations?.[TEAM_LEADS_ANNOTATION] ?? '';
  return raw
    .split(',')
    .map(r => r.trim())
    .filter(Boolean)
    .map(r =>
      normalizeEntityRef(r, {
        defaultKind: 'user',
        defaultNamespace: group.entity.metadata.namespace ?? 'default',
      }),
    )
    .filter((r): r is string => !!r);
}

/**
 * The people refs a group's contacts mention (leads and listed members), so
 * they can be checked for visibility in the same batch as everything else.
 */
export function contactPeopleRefs(
  index: OwnershipIndex,
  group: IndexedEntity,
): string[] {
  return [
    ...leadRefs(group),
    ...index.membersOf(group.ref).sort().slice(0, MAX_MEMBERS),
  ];
}

/** A short description of an owner. */
export function ownerSummary(
  index: OwnershipIndex,
  ownerRef: string,
): OwnerSummary {
  const entity = index.get(ownerRef)?.entity;
  const kind = ownerRef.slice(0, ownerRef.indexOf(':'));
  if (!entity) {
    return { ref: ownerRef, kind };
  }
  return {
    ref: ownerRef,
    kind: entity.kind,
    title: titleOf(entity),
    email: emailOf(entity),
    chatUrl: entity.metadata.links?.find(l => l.type === 'chat')?.url,
  };
}

/** The escalation chain, leaving out groups the caller cannot see. */
export function buildChain(
  index: OwnershipIndex,
  chain: AncestorChain,
  visible: Visibility,
): EscalationChain {
  const steps = chain.refs
    .filter(ref => visible.has(ref))
    .map(ref => {
      const entity = index.get(ref)!.entity;
      return {
        ref,
        title: titleOf(entity),
        email: emailOf(entity),
        links: linksOf(entity),
      };
    });
  return { steps, truncated: chain.truncated, reason: chain.reason };
}

function person(index: OwnershipIndex, ref: string): OwnershipPerson {
  const entity = index.get(ref)?.entity;
  return {
    ref,
    title: entity ? titleOf(entity) : undefined,
    email: entity ? emailOf(entity) : undefined,
  };
}

/** How to reach a group, leaving out people the caller cannot see. */
export function buildContacts(
  index: OwnershipIndex,
  group: IndexedEntity,
  visible: Visibility,
): OwnerContacts {
  const links = linksOf(group.entity);
  const members = index
    .membersOf(group.ref)
    .sort()
    .slice(0, MAX_MEMBERS)
    .filter(ref => visible.has(ref));
  return {
    email: emailOf(group.entity),
    chatLinks: links.filter(l => l.type === 'chat'),
    links: links.filter(l => l.type !== 'chat'),
    members: members.map(ref => person(index, ref)),
    leads: leadRefs(group)
      .filter(ref => visible.has(ref))
      .map(ref => person(index, ref)),
  };
}
