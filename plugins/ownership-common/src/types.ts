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
  /** Link target. */
  url: string;
  /** Link text, if set in the catalog. */
  title?: string;
  /** Link type, such as `chat`. */
  type?: string;
}

/**
 * A person in a team.
 *
 * @public
 */
export interface OwnershipPerson {
  /** Full user entity ref. */
  ref: string;
  /** Display name. */
  title?: string;
  /** Profile email. */
  email?: string;
}

/**
 * A group or user that owns something.
 *
 * @public
 */
export interface OwnerSummary {
  /** Full entity ref of the owner. */
  ref: string;
  /** `Group` or `User`. */
  kind: string;
  /** Display name. */
  title?: string;
  /** Profile email. */
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
  /** Full group ref. */
  ref: string;
  /** Display name. */
  title?: string;
  /** Profile email. */
  email?: string;
  /** The group's links. */
  links: OwnershipLink[];
}

/**
 * The escalation chain from the owning group to the root.
 *
 * @public
 */
export interface EscalationChain {
  /** The owning group first, then each parent up to the root, leaving out groups the caller cannot see. */
  steps: EscalationStep[];
  /** True when the walk stopped at a cycle or at the depth cap. */
  truncated: boolean;
  /** Why the chain was truncated. */
  reason?: 'cycle' | 'depth';
}

/**
 * How to reach the owner.
 *
 * @public
 */
export interface OwnerContacts {
  /** The group's profile email. */
  email?: string;
  /** Links of type `chat`. */
  chatLinks: OwnershipLink[];
  /** All other links. */
  links: OwnershipLink[];
  /** Members, at most 50. */
  members: OwnershipPerson[];
  /** Team leads from the `cairn.dev/team-leads` annotation. */
  leads: OwnershipPerson[];
}

/**
 * Who is on call now according to one provider.
 *
 * @public
 */
export interface OnCallAnswer {
  /** The provider asked. */
  provider: 'pagerduty' | 'opsgenie';
  /** `ok` when the provider answered; otherwise why there are no people. */
  status: 'ok' | 'not_configured' | 'not_applicable' | 'error';
  /** Why `people` is empty or missing, in words. */
  reason?: string;
  /** The people on call now, lowest escalation level first. */
  people: Array<{
    /** Name as the provider knows it. */
    name: string;
    /** Email, when the provider gives one. */
    email?: string;
    /** Profile page at the provider. */
    url?: string;
    /** Escalation level (PagerDuty). */
    level?: number;
    /** Schedule or escalation policy name. */
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
  /** The kind of problem. */
  type: StalenessFlagType;
  /** What is wrong, for people. */
  message: string;
}

/**
 * Answer of `GET /entities/:kind/:namespace/:name`.
 *
 * @public
 */
export interface EntityOwnership {
  /** Full ref of the entity asked about. */
  entityRef: string;
  /** Its kind. */
  kind: string;
  /** Its title. */
  title?: string;
  /** The resolved owner, unless none or hidden from the caller. */
  owner?: OwnerSummary;
  /** Where the owner came from. */
  provenance: OwnershipProvenance;
  /** `direct`, `system:<ref>`, `domain:<ref>`, `fallback` or `none`. */
  provenanceText: string;
  /** The escalation chain. */
  chain: EscalationChain;
  /** How to reach the owning group. */
  contacts?: OwnerContacts;
  /** One answer per on-call provider. */
  onCall: OnCallAnswer[];
  /** Reasons ownership needs attention. */
  staleness: StalenessFlag[];
  /** Date ownership was last confirmed (YYYY-MM-DD), if recorded. */
  confirmedAt?: string;
  /** Age of the index behind the answer. */
  index: OwnershipIndexInfo;
}

/**
 * One result of `GET /search`.
 *
 * @public
 */
export interface OwnershipSearchItem {
  /** Full ref of the matching entity. */
  entityRef: string;
  /** Its kind. */
  kind: string;
  /** Its title. */
  title?: string;
  /** What matched, such as `name`, `title`, `tag` or an annotation key. */
  matchedOn: string;
  /** Rank, higher first. */
  score: number;
  /** Its resolved owner with contact. */
  owner?: OwnerSummary;
  /** Where the owner came from. */
  provenance: OwnershipProvenance;
}

/**
 * Answer of `GET /search`.
 *
 * @public
 */
export interface OwnershipSearchResult {
  /** Ranked matches. */
  items: OwnershipSearchItem[];
  /** Age of the index behind the answer. */
  index: OwnershipIndexInfo;
}

/**
 * One entity a group owns.
 *
 * @public
 */
export interface OwnedEntity {
  /** Full ref of the owned entity. */
  entityRef: string;
  /** Its kind. */
  kind: string;
  /** Its title. */
  title?: string;
  /**
   * The group (the one asked about or one below it) that owns it; left out
   * when the caller cannot see that group or what it was inherited through.
   */
  ownerRef?: string;
  /** Where that ownership came from. */
  provenance: OwnershipProvenance;
}

/**
 * Answer of `GET /groups/:namespace/:name/owned`.
 *
 * @public
 */
export interface GroupOwnedEntities {
  /** The group asked about. */
  groupRef: string;
  /** Whether groups below it are included. */
  transitive: boolean;
  /** Groups whose ownership is included (the group and its descendants). */
  groupCount: number;
  /** True when the group hierarchy was cut at the depth cap or a cycle. */
  truncated: boolean;
  /** One page of owned entities, sorted by ref. */
  items: OwnedEntity[];
  /** Owned entities the caller can see, across all pages. */
  totalCount: number;
  /** Age of the index behind the answer. */
  index: OwnershipIndexInfo;
}

/**
 * One entity in the stale-ownership report.
 *
 * @public
 */
export interface OwnershipReportItem {
  /** Full ref of the entity. */
  entityRef: string;
  /** Its kind. */
  kind: string;
  /** Its title. */
  title?: string;
  /** Its resolved owner, if any and visible. */
  ownerRef?: string;
  /** Where the owner came from. */
  provenance: OwnershipProvenance;
  /** What is wrong. */
  flags: StalenessFlag[];
}

/**
 * Answer of `GET /report`.
 *
 * @public
 */
export interface OwnershipReport {
  /** Entities per problem. */
  counts: Partial<Record<StalenessFlagType, number>>;
  /** One page of entities with problems, sorted by ref. */
  items: OwnershipReportItem[];
  /** Entities with problems the caller can see. */
  totalCount: number;
  /** Age of the index behind the answer. */
  index: OwnershipIndexInfo;
}
