import { OwnershipProvenance } from './provenance';

/**
 * The annotation naming team leads on a Group, as comma-separated user refs.
 *
 * @public
 */
export const TEAM_LEADS_ANNOTATION = 'cairn.dev/team-leads';

/**
 * The annotation carrying the date (YYYY-MM-DD) ownership was last confirmed.
 *
 * @public
 */
export const OWNERSHIP_CONFIRMED_ANNOTATION = 'cairn.dev/ownership-confirmed';

/**
 * The annotation on an entity naming its PagerDuty service.
 *
 * @public
 */
export const PAGERDUTY_SERVICE_ANNOTATION = 'pagerduty.com/service-id';

/**
 * The annotation on a Group (or entity) naming its Opsgenie team.
 *
 * @public
 */
export const OPSGENIE_TEAM_ANNOTATION = 'opsgenie.com/team';

/**
 * Age of the backend's catalog index behind an answer.
 *
 * @public
 */
export interface OwnershipIndexInfo {
  /** ISO time the index was built. */
  builtAt: string;
  /** Seconds since the index was built. */
  ageSeconds: number;
  /** Entities in the index. */
  entityCount: number;
}

/**
 * A link on a group or user.
 *
 * @public
 */
export interface OwnershipLink {
  url: string;
  title?: string;
  type?: string;
}

/**
 * A person in a team.
 *
 * @public
 */
export interface OwnershipPerson {
  ref: string;
  title?: string;
  email?: string;
}

/**
 * A group or user that owns something.
 *
 * @public
 */
export interface OwnerSummary {
  ref: string;
  kind: string;
  title?: string;
  email?: string;
  /** The first link of type `chat`, if any. */
  chatUrl?: string;
}

/**
 * One group in the escalation chain.
 *
 * @public
 */
export interface EscalationStep {
  ref: string;
  title?: string;
  email?: string;
  links: OwnershipLink[];
}

/**
 * The escalation chain from the owning group to the root.
 *
 * @public
 */
export interface EscalationChain {
  steps: EscalationStep[];
  truncated: boolean;
  reason?: 'cycle' | 'depth';
}

/**
 * How to reach the owner.
 *
 * @public
 */
export interface OwnerContacts {
  email?: string;
  chatLinks: OwnershipLink[];
  links: OwnershipLink[];
  members: OwnershipPerson[];
  leads: OwnershipPerson[];
}

/**
 * Who is on call now according to one provider.
 *
 * @public
 */
export interface OnCallAnswer {
  provider: 'pagerduty' | 'opsgenie';
  status: 'ok' | 'not_configured' | 'not_applicable' | 'error';
  /** Why `people` is empty or missing, in words. */
  reason?: string;
  people: Array<{
    name: string;
    email?: string;
    url?: string;
    level?: number;
    schedule?: string;
  }>;
}

/**
 * A reason ownership needs attention.
 *
 * @public
 */
export type StalenessFlagType =
  | 'no_owner'
  | 'placeholder_owner'
  | 'dangling_owner'
  | 'owner_group_without_members'
  | 'owner_user_without_group'
  | 'not_confirmed'
  | 'confirmation_expired';

/**
 * One staleness flag with a message for people.
 *
 * @public
 */
export interface StalenessFlag {
  type: StalenessFlagType;
  message: string;
}

/**
 * Answer of `GET /entities/:kind/:namespace/:name`.
 *
 * @public
 */
export interface EntityOwnership {
  entityRef: string;
  kind: string;
  title?: string;
  owner?: OwnerSummary;
  provenance: OwnershipProvenance;
  /** `direct`, `system:<ref>`, `domain:<ref>`, `fallback` or `none`. */
  provenanceText: string;
  chain: EscalationChain;
  contacts?: OwnerContacts;
  onCall: OnCallAnswer[];
  staleness: StalenessFlag[];
  /** Date ownership was last confirmed (YYYY-MM-DD), if recorded. */
  confirmedAt?: string;
  index: OwnershipIndexInfo;
}

/**
 * One result of `GET /search`.
 *
 * @public
 */
export interface OwnershipSearchItem {
  entityRef: string;
  kind: string;
  title?: string;
  /** What matched, such as `name`, `title`, `tag` or an annotation key. */
  matchedOn: string;
  score: number;
  owner?: OwnerSummary;
  provenance: OwnershipProvenance;
}

/**
 * Answer of `GET /search`.
 *
 * @public
 */
export interface OwnershipSearchResult {
  items: OwnershipSearchItem[];
  index: OwnershipIndexInfo;
}

/**
 * One entity a group owns.
 *
 * @public
 */
export interface OwnedEntity {
  entityRef: string;
  kind: string;
  title?: string;
  ownerRef: string;
  provenance: OwnershipProvenance;
}

/**
 * Answer of `GET /groups/:namespace/:name/owned`.
 *
 * @public
 */
export interface GroupOwnedEntities {
  groupRef: string;
  transitive: boolean;
  /** Groups whose ownership is included (the group and its descendants). */
  groupCount: number;
  /** True when the group hierarchy was cut at the depth cap or a cycle. */
  truncated: boolean;
  items: OwnedEntity[];
  totalCount: number;
  index: OwnershipIndexInfo;
}

/**
 * One entity in the stale-ownership report.
 *
 * @public
 */
export interface OwnershipReportItem {
  entityRef: string;
  kind: string;
  title?: string;
  ownerRef?: string;
  provenance: OwnershipProvenance;
  flags: StalenessFlag[];
}

/**
 * Answer of `GET /report`.
 *
 * @public
 */
export interface OwnershipReport {
  counts: Partial<Record<StalenessFlagType, number>>;
  items: OwnershipReportItem[];
  totalCount: number;
  index: OwnershipIndexInfo;
}
