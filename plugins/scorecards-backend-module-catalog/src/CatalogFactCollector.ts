import {
  AuthService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  inspectDirectOwner,
  normalizeEntityRef,
  OwnerResolutionOptions,
} from '@cairn/plugin-ownership-common';
import {
  CollectedFacts,
  FactCollectorContext,
  FactDeclaration,
  ScorecardsFactCollector,
} from '@cairn/plugin-scorecards-node';

const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';

/**
 * Options for {@link CatalogFactCollector}.
 *
 * @public
 */
export interface CatalogFactCollectorOptions {
  /** The catalog service. */
  catalog: CatalogService;
  /** Issues the service credentials used to look up owners. */
  auth: AuthService;
  /** Placeholder owners and fallback, as configured for ownership. */
  ownership?: OwnerResolutionOptions;
  /** When the collector runs. */
  schedule?: SchedulerServiceTaskScheduleDefinition;
}

/**
 * Collects facts from catalog metadata (source id `catalog`): description,
 * an owner that resolves, lifecycle, tags, system, links, TechDocs, and
 * provided and consumed APIs.
 *
 * @public
 */
export class CatalogFactCollector implements ScorecardsFactCollector {
  /** Source id; rules read these facts as `facts.catalog.<name>`. */
  readonly id = 'catalog';
  /** The facts this collector provides. */
  readonly facts: Record<string, FactDeclaration> = {
    hasDescription: {
      type: 'boolean',
      description: 'metadata.description is set',
    },
    ownerResolves: {
      type: 'boolean',
      description:
        'spec.owner points at an existing entity and is no placeholder',
    },
    lifecycle: { type: 'string', description: 'spec.lifecycle, or empty' },
    tagCount: { type: 'number', description: 'Number of metadata.tags' },
    hasSystem: { type: 'boolean', description: 'spec.system is set' },
    linkCount: { type: 'number', description: 'Number of metadata.links' },
    hasTechDocs: {
      type: 'boolean',
      description: `${TECHDOCS_ANNOTATION} annotation is set`,
    },
    providedApiCount: {
      type: 'number',
      description: 'APIs the entity provides',
    },
    consumedApiCount: {
      type: 'number',
      description: 'APIs the entity consumes',
    },
  };
  /** The entities this collector examines. */
  readonly appliesTo = {
    kind: { $in: ['Component', 'API', 'Resource', 'System'] },
  };
  /** Catalog fields the collector reads. */
  readonly entityFields = ['kind', 'metadata', 'spec', 'relations'];
  /** Entities per call of `collect`. */
  readonly batchSize = 200;
  /** When the collector runs. */
  readonly schedule?: SchedulerServiceTaskScheduleDefinition;

  constructor(private readonly options: CatalogFactCollectorOptions) {
    this.schedule = options.schedule;
  }

  /** Collects facts for a batch of entities. */
  async collect(
    entities: Entity[],
    _context: FactCollectorContext,
  ): Promise<CollectedFacts[]> {
    const owners = await this.fetchOwners(entities);
    return entities.map(entity => ({
      entityRef: refOf(entity),
      facts: this.factsOf(entity, ref => owners.get(ref)),
    }));
  }

  private factsOf(
    entity: Entity,
    getEntity: (ref: string) => Entity | undefined,
  ) {
    const spec = entity.spec ?? {};
    const relations = entity.relations ?? [];
    const providesApis = Array.isArray(spec.providesApis)
      ? spec.providesApis.length
      : 0;
    const consumesApis = Array.isArray(spec.consumesApis)
      ? spec.consumesApis.length
      : 0;
    return {
      hasDescription:
        typeof entity.metadata.description === 'string' &&
        entity.metadata.description.trim().length > 0,
      ownerResolves:
        inspectDirectOwner(entity, getEntity, this.options.ownership).status ===
        'ok',
      lifecycle: typeof spec.lifecycle === 'string' ? spec.lifecycle : '',
      tagCount: entity.metadata.tags?.length ?? 0,
      hasSystem: typeof spec.system === 'string' && spec.system.length > 0,
      linkCount: entity.metadata.links?.length ?? 0,
      hasTechDocs: Boolean(entity.metadata.annotations?.[TECHDOCS_ANNOTATION]),
      providedApiCount: Math.max(
        providesApis,
        relations.filter(r => r.type === 'providesApi').length,
      ),
      consumedApiCount: Math.max(
        consumesApis,
        relations.filter(r => r.type === 'consumesApi').length,
      ),
    };
  }

  /** The owner entities the batch names, fetched in one request. */
  private async fetchOwners(entities: Entity[]): Promise<Map<string, Entity>> {
    const refs = new Set<string>();
    for (const entity of entities) {
      const raw = entity.spec?.owner;
      if (typeof raw === 'string') {
        const ref = normalizeEntityRef(raw, {
          defaultKind: 'group',
          defaultNamespace: entity.metadata.namespace ?? 'default',
        });
        if (ref) {
          refs.add(ref);
        }
      }
    }
    const owners = new Map<string, Entity>();
    if (refs.size === 0) {
      return owners;
    }
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const { items } = await this.options.catalog.getEntitiesByRefs(
      {
        entityRefs: [...refs],
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      { credentials },
    );
    for (const owner of items) {
      if (owner) {
        owners.set(refOf(owner), owner);
      }
    }
    return owners;
  }
}

function refOf(entity: Entity): string {
  const namespace = entity.metadata.namespace ?? 'default';
  return `${entity.kind}:${namespace}/${entity.metadata.name}`.toLocaleLowerCase(
    'en-US',
  );
}
