import { JsonValue } from '@backstage/types';

/**
 * The state of one check for one entity.
 *
 * @remarks
 *
 * `warn` never blocks a level; `unknown` (a fact is missing or its collector
 * failed) is never counted as a failure.
 *
 * @public
 */
export type CheckResultState =
  | 'pass'
  | 'fail'
  | 'warn'
  | 'not_applicable'
  | 'unknown';

/**
 * All result states, in a stable order.
 *
 * @public
 */
export const CHECK_RESULT_STATES: readonly CheckResultState[] = [
  'pass',
  'fail',
  'warn',
  'not_applicable',
  'unknown',
];

/**
 * A level of a scorecard. Levels are ordered lowest first.
 *
 * @public
 */
export interface LevelSummary {
  /** Unique id. */
  id: string;
  /** Display title. */
  title: string;
}

/**
 * A check as shown to users.
 *
 * @public
 */
export interface CheckSummary {
  /** Unique id. */
  id: string;
  /** Display title. */
  title: string;
  /** Short description, plain text. */
  description?: string;
  /** Why the check matters, as markdown. */
  why?: string;
  /** How to make the check pass, as markdown. */
  howToFix?: string;
  /** The id of the level this check belongs to. */
  level: string;
  /** Relative weight of the check in the score. */
  weight: number;
}

/**
 * A scorecard as shown to users.
 *
 * @public
 */
export interface ScorecardSummary {
  /** Unique id. */
  id: string;
  /** Display title. */
  title: string;
  /** Short description, plain text. */
  description?: string;
  /** Entity ref of the owner of the scorecard. */
  owner?: string;
  /** Levels, lowest first. */
  levels: LevelSummary[];
  /** The checks. */
  checks: CheckSummary[];
}

/**
 * Response of `GET /scorecards`.
 *
 * @public
 */
export interface ListScorecardsResponse {
  /** The items of this page or list. */
  items: ScorecardSummary[];
}

/**
 * An exemption: a check that counts as passing for one entity until it
 * expires.
 *
 * @public
 */
export interface Exemption {
  /** Unique id. */
  id: string;
  /** Full, lower-cased entity ref, such as `component:default/cart-service`. */
  entityRef: string;
  /** Id of the scorecard. */
  scorecardId: string;
  /** Id of the check within its scorecard. */
  checkId: string;
  /** Why the exemption was granted. */
  reason: string;
  /** ISO time. */
  expiresAt: string;
  /** Entity ref of the user or principal that created it. */
  createdBy: string;
  /** ISO time. */
  createdAt: string;
}

/**
 * The result of one check for one entity.
 *
 * @public
 */
export interface EntityCheckResult {
  /** Id of the check within its scorecard. */
  checkId: string;
  /** The result state. */
  state: CheckResultState;
  /** Why the check has this state, when there is more to say (for example which fact is missing). */
  message?: string;
  /** ISO time. */
  evaluatedAt?: string;
  /** Present when an active exemption makes the check count as passing. */
  exemption?: Exemption;
}

/**
 * One point of a daily score trend.
 *
 * @public
 */
export interface ScoreTrendPoint {
  /** ISO date (`YYYY-MM-DD`). */
  date: string;
  /** Score 0..100, one decimal. */
  score: number;
}

/**
 * One scorecard's results for one entity.
 *
 * @public
 */
export interface EntityScorecard {
  /** The scorecard. */
  scorecard: ScorecardSummary;
  /** 0..100 */
  score: number;
  /** The highest level reached; absent when none is reached. */
  level?: LevelSummary;
  /** ISO time. */
  evaluatedAt?: string;
  /** The checks. */
  checks: EntityCheckResult[];
  /** Daily snapshots, oldest first. */
  trend: ScoreTrendPoint[];
}

/**
 * Response of `GET /entities/:kind/:namespace/:name`.
 *
 * @public
 */
export interface EntityScorecardsResponse {
  /** Full, lower-cased entity ref, such as `component:default/cart-service`. */
  entityRef: string;
  /** Empty when no scorecard applies to the entity. */
  scorecards: EntityScorecard[];
}

/**
 * One change of a check result for an entity.
 *
 * @public
 */
export interface CheckResultChange {
  /** Id of the scorecard. */
  scorecardId: string;
  /** Id of the check within its scorecard. */
  checkId: string;
  /** The result state. */
  state: CheckResultState;
  /** Absent for the first result recorded. */
  previousState?: CheckResultState;
  /** Why the check has this state, when there is more to say (for example which fact is missing). */
  message?: string;
  /** ISO time. */
  changedAt: string;
}

/**
 * Response of `GET /entities/:kind/:namespace/:name/history`.
 *
 * @public
 */
export interface EntityHistoryResponse {
  /** Full, lower-cased entity ref, such as `component:default/cart-service`. */
  entityRef: string;
  /** Newest first. */
  items: CheckResultChange[];
}

/**
 * The kinds of entity a roll-up can target.
 *
 * @public
 */
export type RollupTargetKind = 'group' | 'system' | 'domain';

/**
 * How many entities sit at one level. `levelId` null means no level reached.
 *
 * @public
 */
export interface LevelCount {
  /** Level id, or null for entities that reach no level. */
  levelId: string | null;
  /** Number of entities. */
  count: number;
}

/**
 * A check and how many entities fail it.
 *
 * @public
 */
export interface FailingCheckCount {
  /** Id of the check within its scorecard. */
  checkId: string;
  /** Display title. */
  title: string;
  /** Number of entities failing the check. */
  failing: number;
}

/**
 * One scorecard rolled up over the entities of a target.
 *
 * @public
 */
export interface RollupScorecard {
  /** Id of the scorecard. */
  scorecardId: string;
  /** Display title. */
  title: string;
  /** Levels, lowest first. */
  levels: LevelSummary[];
  /** Number of entities counted. */
  entityCount: number;
  /** Average score of those entities, 0..100, one decimal. */
  averageScore: number;
  /** How many entities sit at each level; `levelId` null counts entities with no level. Lowest first, zeros included. */
  levelDistribution: LevelCount[];
  /** The checks most entities fail, most first. */
  mostFailingChecks: FailingCheckCount[];
}

/**
 * Response of `GET /rollups/:targetKind/:namespace/:name`.
 *
 * @public
 */
export interface RollupResponse {
  /** Entity ref of the group, System or Domain rolled up. */
  target: string;
  /** Number of entities counted. */
  entityCount: number;
  /** One entry per scorecard that applies. */
  scorecards: RollupScorecard[];
}

/**
 * Query of `GET /rollups/:targetKind/:namespace/:name/entities`.
 *
 * @public
 */
export interface RollupEntitiesQuery {
  /** Id of the scorecard. */
  scorecardId: string;
  /** A level id, or `none` for entities with no level. */
  level?: string;
  /** Free text matched against entity ref and title. */
  q?: string;
  /** Sort by score or by entity ref. */
  orderBy?: 'score' | 'name';
  /** Sort direction. */
  order?: 'asc' | 'desc';
  /** Items to skip. */
  offset?: number;
  /** Most items to return. */
  limit?: number;
}

/**
 * One entity in a roll-up drill-down.
 *
 * @public
 */
export interface RollupEntity {
  /** Full, lower-cased entity ref, such as `component:default/cart-service`. */
  entityRef: string;
  /** Display title. */
  title?: string;
  /** Entity kind, as written in the catalog. */
  kind: string;
  /** Entity ref of the resolved owner. */
  ownerRef?: string;
  /** Score 0..100, one decimal. */
  score: number;
  /** The level. */
  level?: LevelSummary;
  /** Ids of the checks the entity fails. */
  failingChecks: string[];
}

/**
 * Response of `GET /rollups/:targetKind/:namespace/:name/entities`.
 *
 * @public
 */
export interface RollupEntitiesResponse {
  /** The items of this page or list. */
  items: RollupEntity[];
  /** How many items match in all, across pages. */
  totalCount: number;
}

/**
 * One daily point of a roll-up history.
 *
 * @public
 */
export interface RollupHistoryPoint {
  /** ISO date (`YYYY-MM-DD`). */
  date: string;
  /** Average score of those entities, 0..100, one decimal. */
  averageScore: number;
  /** How many entities sit at each level; `levelId` null counts entities with no level. Lowest first, zeros included. */
  levelDistribution: LevelCount[];
}

/**
 * Response of `GET /rollups/:targetKind/:namespace/:name/history`.
 *
 * @public
 */
export interface RollupHistoryResponse {
  /** Oldest first. */
  points: RollupHistoryPoint[];
}

/**
 * One group on the leaderboard.
 *
 * @public
 */
export interface LeaderboardEntry {
  /** Entity ref of the group. */
  groupRef: string;
  /** Display title. */
  title?: string;
  /** Number of entities counted. */
  entityCount: number;
  /** Average score of those entities, 0..100, one decimal. */
  averageScore: number;
  /** How many entities sit at each level; `levelId` null counts entities with no level. Lowest first, zeros included. */
  levelDistribution: LevelCount[];
}

/**
 * Response of `GET /leaderboard`, best first.
 *
 * @public
 */
export interface LeaderboardResponse {
  /** The items of this page or list. */
  items: LeaderboardEntry[];
}

/**
 * Response of `GET /exemptions`.
 *
 * @public
 */
export interface ListExemptionsResponse {
  /** The items of this page or list. */
  items: Exemption[];
}

/**
 * Body of `POST /exemptions`.
 *
 * @public
 */
export interface CreateExemptionRequest {
  /** Full, lower-cased entity ref, such as `component:default/cart-service`. */
  entityRef: string;
  /** Id of the scorecard. */
  scorecardId: string;
  /** Id of the check within its scorecard. */
  checkId: string;
  /** Why the exemption was granted. */
  reason: string;
  /** ISO time, in the future and within the configured maximum. */
  expiresAt: string;
}

/**
 * Body of `POST /facts`: facts pushed by CI for one entity.
 *
 * @public
 */
export interface PushFactsRequest {
  /** Full, lower-cased entity ref, such as `component:default/cart-service`. */
  entityRef: string;
  /** The id of a fact source declared in `scorecards.pushSources`. */
  source: string;
  /** Fact values by fact name, checked against the declared types. */
  facts: Record<string, JsonValue>;
}

/**
 * Response of `POST /facts`.
 *
 * @public
 */
export interface PushFactsResponse {
  /** Full, lower-cased entity ref, such as `component:default/cart-service`. */
  entityRef: string;
  /** Id of the fact source. */
  source: string;
  /** Names of the facts stored. */
  accepted: string[];
}
