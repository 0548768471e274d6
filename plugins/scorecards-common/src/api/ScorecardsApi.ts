import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  CreateExemptionRequest,
  EntityHistoryResponse,
  EntityScorecardsResponse,
  Exemption,
  LeaderboardResponse,
  ListExemptionsResponse,
  ListScorecardsResponse,
  PushFactsRequest,
  PushFactsResponse,
  RollupEntitiesQuery,
  RollupEntitiesResponse,
  RollupHistoryResponse,
  RollupResponse,
} from './types';

/**
 * An entity reference as a string (`component:default/foo`) or compound ref.
 *
 * @public
 */
export type ScorecardsEntityRef = string | CompoundEntityRef;

/**
 * The scorecards HTTP API (`/api/scorecards`).
 *
 * @public
 */
export interface ScorecardsApi {
  /** `GET /scorecards` */
  getScorecards(): Promise<ListScorecardsResponse>;

  /** `GET /entities/:kind/:namespace/:name` */
  getEntityScorecards(
    entityRef: ScorecardsEntityRef,
  ): Promise<EntityScorecardsResponse>;

  /** `GET /entities/:kind/:namespace/:name/history` */
  getEntityHistory(
    entityRef: ScorecardsEntityRef,
    options?: { scorecardId?: string },
  ): Promise<EntityHistoryResponse>;

  /** `GET /rollups/:targetKind/:namespace/:name` */
  getRollup(targetRef: ScorecardsEntityRef): Promise<RollupResponse>;

  /** `GET /rollups/:targetKind/:namespace/:name/entities` */
  getRollupEntities(
    targetRef: ScorecardsEntityRef,
    query: RollupEntitiesQuery,
  ): Promise<RollupEntitiesResponse>;

  /** `GET /rollups/:targetKind/:namespace/:name/history` */
  getRollupHistory(
    targetRef: ScorecardsEntityRef,
    options: { scorecardId: string; days?: number },
  ): Promise<RollupHistoryResponse>;

  /** `GET /rollups/:targetKind/:namespace/:name/export.csv`, as CSV text. */
  exportRollupCsv(
    targetRef: ScorecardsEntityRef,
    options?: { scorecardId?: string },
  ): Promise<string>;

  /** `GET /leaderboard` */
  getLeaderboard(options: {
    scorecardId: string;
    groupType?: string;
  }): Promise<LeaderboardResponse>;

  /** `GET /exemptions` */
  listExemptions(options?: {
    entityRef?: string;
  }): Promise<ListExemptionsResponse>;

  /** `POST /exemptions` */
  createExemption(request: CreateExemptionRequest): Promise<Exemption>;

  /** `DELETE /exemptions/:id` */
  deleteExemption(id: string): Promise<void>;

  /** `POST /facts` */
  pushFacts(request: PushFactsRequest): Promise<PushFactsResponse>;

  /**
   * `POST /refresh/:kind/:namespace/:name`: re-evaluates the entity at once
   * and returns its fresh results.
   */
  refreshEntity(
    entityRef: ScorecardsEntityRef,
  ): Promise<EntityScorecardsResponse>;
}
