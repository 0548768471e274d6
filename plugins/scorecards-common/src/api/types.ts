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
  id: string;
  title: string;
}

/**
 * A check as shown to users.
 *
 * @public
 */
export interface CheckSummary {
  id: string;
  title: string;
  description?: string;
  /** Why the check matters, as markdown. */
  why?: string;
  /** How to make the check pass, as markdown. */
  howToFix?: string;
  /** The id of the level this check belongs to. */
  level: string;
  weight: number;
}

/**
 * A scorecard as shown to users.
 *
 * @public
 */
export interface ScorecardSummary {
  id: string;
  title: string;
  description?: string;
  /** Entity ref of the owner of the scorecard. */
  owner?: string;
  /** Levels, lowest first. */
  levels: LevelSummary[];
  checks: CheckSummary[];
}

/**
 * Response of `GET /scorecards`.
 *
 * @public
 */
export interface ListScorecardsResponse {
  items: ScorecardSummary[];
}

/**
 * An exemption: a check that counts as passing for one entity until it
 * expires.
 *
 * @public
 */
export interface Exemption {
  id: string;
  entityRef: string;
  scorecardId: string;
  checkId: string;
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
  checkId: string;
  state: CheckResultState;
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
  score: number;
}

/**
 * One scorecard's results for one entity.
 *
 * @public
 */
export interface EntityScorecard {
  scorecard: ScorecardSummary;
  /** 0..100 */
  score: number;
  /** The highest level reached; absent when none is reached. */
  level?: LevelSummary;
  /** ISO time. */
  evaluatedAt?: string;
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
  scorecardId: string;
  checkId: string;
  state: CheckResultState;
  /** Absent for the first result recorded. */
  previousState?: CheckResultState;
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
  levelId: string | null;
  count: number;
}

/**
 * A check and how many entities fail it.
 *
 * @public
 */
export interface FailingCheckCount {
  checkId: string;
  title: string;
  failing: number;
}

/**
 * One scorecard rolled up over the entities of a target.
 *
 * @public
 */
export interface RollupScorecard {
  scorecardId: string;
  title: string;
  levels: LevelSummary[];
  entityCount: number;
  averageScore: number;
  levelDistribution: LevelCount[];
  mostFailingChecks: FailingCheckCount[];
}

/**
 * Response of `GET /rollups/:targetKind/:namespace/:name`.
 *
 * @public
 */
export interface RollupResponse {
  target: string;
  entityCount: number;
  scorecards: RollupScorecard[];
}

/**
 * Query of `GET /rollups/:targetKind/:namespace/:name/entities`.
 *
 * @public
 */
export interface RollupEntitiesQuery {
  scorecardId: string;
  /** A level id, or `none` for entities with no level. */
  level?: string;
  /** Free text matched against entity ref and title. */
  q?: string;
  orderBy?: 'score' | 'name';
  order?: 'asc' | 'desc';
  offset?: number;
  limit?: number;
}

/**
 * One entity in a roll-up drill-down.
 *
 * @public
 */
export interface RollupEntity {
  entityRef: string;
  title?: string;
  kind: string;
  ownerRef?: string;
  score: number;
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
  items: RollupEntity[];
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
  averageScore: number;
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
  groupRef: string;
  title?: string;
  entityCount: number;
  averageScore: number;
  levelDistribution: LevelCount[];
}

/**
 * Response of `GET /leaderboard`, best first.
 *
 * @public
 */
export interface LeaderboardResponse {
  items: LeaderboardEntry[];
}

/**
 * Response of `GET /exemptions`.
 *
 * @public
 */
export interface ListExemptionsResponse {
  items: Exemption[];
}

/**
 * Body of `POST /exemptions`.
 *
 * @public
 */
export interface CreateExemptionRequest {
  entityRef: string;
  scorecardId: string;
  checkId: string;
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
  entityRef: string;
  source: string;
  /** Names of the facts stored. */
  accepted: string[];
}
