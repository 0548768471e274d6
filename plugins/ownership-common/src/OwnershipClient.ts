import { CompoundEntityRef } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityOwnership,
  GroupOwnedEntities,
  OwnershipReport,
  OwnershipSearchResult,
} from './types';

/**
 * Query options for {@link OwnershipApi.getGroupOwned}.
 *
 * @public
 */
export interface GroupOwnedOptions {
  /** Include groups below the group (default true). */
  transitive?: boolean;
  /** Only entities of this kind. */
  kind?: string;
  /** Entities to skip. */
  offset?: number;
  /** Page size (default 50, at most 500). */
  limit?: number;
}

/**
 * Query options for {@link OwnershipApi.getReport}.
 *
 * @public
 */
export interface OwnershipReportOptions {
  /** Only entities of this kind. */
  kind?: string;
  /** Full group ref; limits the report to what that group owns. */
  group?: string;
  /** Entities to skip. */
  offset?: number;
  /** Page size (default 50, at most 500). */
  limit?: number;
}

/**
 * The ownership HTTP API.
 *
 * @public
 */
export interface OwnershipApi {
  /** Owner, provenance, chain, contacts, on-call and staleness of one entity. */
  getEntityOwnership(entity: CompoundEntityRef): Promise<EntityOwnership>;
  /** "Who supports X": ranked matches with their owner inline. */
  search(
    query: string,
    options?: { limit?: number },
  ): Promise<OwnershipSearchResult>;
  /** Everything a group owns, directly or through groups below it. */
  getGroupOwned(
    group: { namespace: string; name: string },
    options?: GroupOwnedOptions,
  ): Promise<GroupOwnedEntities>;
  /** The orphan and stale-ownership report. */
  getReport(options?: OwnershipReportOptions): Promise<OwnershipReport>;
}

/**
 * A client for the ownership backend, built on the discovery and fetch APIs.
 *
 * @public
 */
export class OwnershipClient implements OwnershipApi {
  private readonly discoveryApi: {
    getBaseUrl(pluginId: string): Promise<string>;
  };
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: {
    discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
    fetchApi?: { fetch: typeof fetch };
  }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: (...a) => fetch(...a) };
  }

  /** {@inheritDoc OwnershipApi.getEntityOwnership} */
  async getEntityOwnership(
    entity: CompoundEntityRef,
  ): Promise<EntityOwnership> {
    const path = [entity.kind, entity.namespace, entity.name]
      .map(encodeURIComponent)
      .join('/');
    return this.get(`/entities/${path}`);
  }

  /** {@inheritDoc OwnershipApi.search} */
  async search(
    query: string,
    options?: { limit?: number },
  ): Promise<OwnershipSearchResult> {
    return this.get('/search', { q: query, limit: options?.limit });
  }

  /** {@inheritDoc OwnershipApi.getGroupOwned} */
  async getGroupOwned(
    group: { namespace: string; name: string },
    options?: GroupOwnedOptions,
  ): Promise<GroupOwnedEntities> {
    const path = [group.namespace, group.name].map(encodeURIComponent);
    return this.get(`/groups/${path.join('/')}/owned`, {
      transitive: options?.transitive,
      kind: options?.kind,
      offset: options?.offset,
      limit: options?.limit,
    });
  }

  /** {@inheritDoc OwnershipApi.getReport} */
  async getReport(options?: OwnershipReportOptions): Promise<OwnershipReport> {
    return this.get('/report', { ...options });
  }

  private async get<T>(
    path: string,
    query?: Record<string, string | number | boolean | undefined>,
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('ownership');
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') {
        params.set(key, String(value));
      }
    }
    const qs = params.toString();
    const response = await this.fetchApi.fetch(
      `${baseUrl}${path}${qs ? `?${qs}` : ''}`,
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }
}
