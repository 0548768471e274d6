import { parseEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { ScorecardsApi, ScorecardsEntityRef } from './ScorecardsApi';
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
 * Options for {@link ScorecardsClient}.
 *
 * @remarks
 *
 * Shaped like the frontend `DiscoveryApi` and `FetchApi`, so either those or
 * backend equivalents can be passed.
 *
 * @public
 */
export interface ScorecardsClientOptions {
  /** Finds the base URL of the scorecards backend. */
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  /** Makes the requests; defaults to the global fetch. */
  fetchApi?: { fetch: typeof fetch };
}

type Query = Record<string, string | number | undefined>;

/**
 * An HTTP client for the scorecards backend.
 *
 * @public
 */
export class ScorecardsClient implements ScorecardsApi {
  readonly #discoveryApi: ScorecardsClientOptions['discoveryApi'];
  readonly #fetch: typeof fetch;

  /** Creates a client; see {@link ScorecardsClientOptions}. */
  constructor(options: ScorecardsClientOptions) {
    this.#discoveryApi = options.discoveryApi;
    this.#fetch = options.fetchApi
      ? options.fetchApi.fetch.bind(options.fetchApi)
      : (...args) => fetch(...args);
  }

  /** {@inheritDoc ScorecardsApi.getScorecards} */
  async getScorecards(): Promise<ListScorecardsResponse> {
    return this.#json('/scorecards');
  }

  /** {@inheritDoc ScorecardsApi.getEntityScorecards} */
  async getEntityScorecards(
    entityRef: ScorecardsEntityRef,
  ): Promise<EntityScorecardsResponse> {
    return this.#json(`/entities/${refPath(entityRef)}`);
  }

  /** {@inheritDoc ScorecardsApi.getEntityHistory} */
  async getEntityHistory(
    entityRef: ScorecardsEntityRef,
    options?: { scorecardId?: string },
  ): Promise<EntityHistoryResponse> {
    return this.#json(`/entities/${refPath(entityRef)}/history`, {
      scorecard: options?.scorecardId,
    });
  }

  /** {@inheritDoc ScorecardsApi.getRollup} */
  async getRollup(targetRef: ScorecardsEntityRef): Promise<RollupResponse> {
    return this.#json(`/rollups/${refPath(targetRef)}`);
  }

  /** {@inheritDoc ScorecardsApi.getRollupEntities} */
  async getRollupEntities(
    targetRef: ScorecardsEntityRef,
    query: RollupEntitiesQuery,
  ): Promise<RollupEntitiesResponse> {
    return this.#json(`/rollups/${refPath(targetRef)}/entities`, {
      scorecard: query.scorecardId,
      level: query.level,
      q: query.q,
      orderBy: query.orderBy,
      order: query.order,
      offset: query.offset,
      limit: query.limit,
    });
  }

  /** {@inheritDoc ScorecardsApi.getRollupHistory} */
  async getRollupHistory(
    targetRef: ScorecardsEntityRef,
    options: { scorecardId: string; days?: number },
  ): Promise<RollupHistoryResponse> {
    return this.#json(`/rollups/${refPath(targetRef)}/history`, {
      scorecard: options.scorecardId,
      days: options.days,
    });
  }

  /** {@inheritDoc ScorecardsApi.exportRollupCsv} */
  async exportRollupCsv(
    targetRef: ScorecardsEntityRef,
    options?: { scorecardId?: string },
  ): Promise<string> {
    const response = await this.#request(
      `/rollups/${refPath(targetRef)}/export.csv`,
      { scorecard: options?.scorecardId },
    );
    return response.text();
  }

  /** {@inheritDoc ScorecardsApi.getLeaderboard} */
  async getLeaderboard(options: {
    scorecardId: string;
    groupType?: string;
  }): Promise<LeaderboardResponse> {
    return this.#json('/leaderboard', {
      scorecard: options.scorecardId,
      groupType: options.groupType,
    });
  }

  /** {@inheritDoc ScorecardsApi.listExemptions} */
  async listExemptions(options?: {
    entityRef?: string;
  }): Promise<ListExemptionsResponse> {
    return this.#json('/exemptions', { entityRef: options?.entityRef });
  }

  /** {@inheritDoc ScorecardsApi.createExemption} */
  async createExemption(request: CreateExemptionRequest): Promise<Exemption> {
    return this.#json('/exemptions', undefined, jsonBody('POST', request));
  }

  /** {@inheritDoc ScorecardsApi.deleteExemption} */
  async deleteExemption(id: string): Promise<void> {
    await this.#request(`/exemptions/${encodeURIComponent(id)}`, undefined, {
      method: 'DELETE',
    });
  }

  /** {@inheritDoc ScorecardsApi.pushFacts} */
  async pushFacts(request: PushFactsRequest): Promise<PushFactsResponse> {
    return this.#json('/facts', undefined, jsonBody('POST', request));
  }

  /** {@inheritDoc ScorecardsApi.refreshEntity} */
  async refreshEntity(
    entityRef: ScorecardsEntityRef,
  ): Promise<EntityScorecardsResponse> {
    return this.#json(`/refresh/${refPath(entityRef)}`, undefined, {
      method: 'POST',
    });
  }

  async #json<T>(path: string, query?: Query, init?: RequestInit): Promise<T> {
    const response = await this.#request(path, query, init);
    return (await response.json()) as T;
  }

  async #request(
    path: string,
    query?: Query,
    init?: RequestInit,
  ): Promise<Response> {
    const baseUrl = await this.#discoveryApi.getBaseUrl('scorecards');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') {
        params.set(key, String(value));
      }
    }
    const search = params.toString();
    const url = `${baseUrl}${path}${search ? `?${search}` : ''}`;

    const response = await this.#fetch(url, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }
}

function refPath(ref: ScorecardsEntityRef): string {
  const { kind, namespace, name } =
    typeof ref === 'string' ? parseEntityRef(ref) : ref;
  return [kind, namespace, name]
    .map(part => encodeURIComponent(part.toLocaleLowerCase('en-US')))
    .join('/');
}

function jsonBody(method: string, body: unknown): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  };
}
