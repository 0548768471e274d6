import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import {
  GetEntitiesByRefsRequest,
  GetEntitiesRequest,
  QueryEntitiesRequest,
} from '@backstage/catalog-client';
import { normalizeEntityRef } from '@cairn/plugin-ownership-common';

/**
 * An in-process catalog for the benchmark. It answers the calls both sides
 * make from maps (as the real catalog answers from indexed tables), and
 * passes every answer through JSON, as the HTTP hop between plugins does.
 * Both Cairn and the org-plugin-style walk run against this same object.
 */
export class BenchCatalog {
  calls = 0;
  private readonly byRef = new Map<string, Entity>();
  private readonly ownedBy = new Map<string, Entity[]>();
  private readonly childrenOf = new Map<string, Entity[]>();
  private readonly all: Entity[];

  constructor(entities: Entity[]) {
    this.all = entities;
    for (const entity of entities) {
      const ref = stringifyEntityRef(entity).toLowerCase();
      this.byRef.set(ref, entity);
      const ns = { defaultNamespace: 'default' };
      if (typeof entity.spec?.owner === 'string') {
        const owner = normalizeEntityRef(entity.spec.owner, {
          defaultKind: 'group',
          ...ns,
        });
        if (owner) this.push(this.ownedBy, owner, entity);
      }
      if (entity.kind === 'Group' && typeof entity.spec?.parent === 'string') {
        const parent = normalizeEntityRef(entity.spec.parent, {
          defaultKind: 'group',
          ...ns,
        });
        if (parent) this.push(this.childrenOf, parent, entity);
      }
    }
  }

  private push(map: Map<string, Entity[]>, key: string, entity: Entity) {
    const list = map.get(key) ?? [];
    list.push(entity);
    map.set(key, list);
  }

  private wire<T>(value: T): T {
    this.calls += 1;
    return JSON.parse(JSON.stringify(value));
  }

  async queryEntities(request?: QueryEntitiesRequest) {
    const start = request && 'cursor' in request ? Number(request.cursor) : 0;
    const limit = request?.limit ?? 1000;
    const items = this.all.slice(start, start + limit);
    const next = start + limit;
    return this.wire({
      items,
      totalItems: this.all.length,
      pageInfo: next < this.all.length ? { nextCursor: String(next) } : {},
    });
  }

  async getEntitiesByRefs(request: GetEntitiesByRefsRequest) {
    return this.wire({
      items: request.entityRefs.map(ref => {
        const e = this.byRef.get(ref.toLowerCase());
        return e
          ? {
              apiVersion: e.apiVersion,
              kind: e.kind,
              metadata: { name: e.metadata.name, namespace: 'default' },
            }
          : undefined;
      }),
    });
  }

  /**
   * Supports the two filters the org-plugin-style walk uses:
   * `relations.ownedBy` and `relations.childOf`.
   */
  async getEntities(request: GetEntitiesRequest) {
    const filter = request.filter as Record<string, string>;
    const owner = filter['relations.ownedBy'];
    const parent = filter['relations.childOf'];
    const items = owner
      ? this.ownedBy.get(owner) ?? []
      : this.childrenOf.get(parent) ?? [];
    return this.wire({ items });
  }
}
