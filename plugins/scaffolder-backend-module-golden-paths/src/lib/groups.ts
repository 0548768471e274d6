import {
  Entity,
  RELATION_CHILD_OF,
  RELATION_MEMBER_OF,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';

const MAX_DEPTH = 20;

function toGroupRef(ref: string, namespace: string): string | undefined {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: 'group',
        defaultNamespace: namespace,
      }),
    );
  } catch {
    return undefined;
  }
}

function refsFrom(
  entity: Entity,
  relationType: string,
  specValues: unknown,
): string[] {
  const namespace = entity.metadata.namespace ?? 'default';
  const refs = new Set<string>();
  for (const relation of entity.relations ?? []) {
    if (relation.type === relationType) {
      refs.add(relation.targetRef);
    }
  }
  // Raw entities (for example from an in-memory catalog) carry no relations
  // yet, so the spec fields are read as well.
  for (const value of [specValues].flat()) {
    if (typeof value === 'string') {
      const ref = toGroupRef(value, namespace);
      if (ref) refs.add(ref);
    }
  }
  return [...refs];
}

/**
 * The groups a user entity is a direct member of, as full refs.
 *
 * @internal
 */
export function directGroupsOf(user: Entity): string[] {
  return refsFrom(user, RELATION_MEMBER_OF, user.spec?.memberOf);
}

/**
 * The group itself followed by its ancestors, nearest first. Stops at
 * cycles, missing parents and after a fixed depth.
 *
 * @internal
 */
export async function groupLineage(
  group: Entity,
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<string[]> {
  const lineage = [stringifyEntityRef(group)];
  let current: Entity | undefined = group;
  while (current && lineage.length < MAX_DEPTH) {
    const [parentRef] = refsFrom(
      current,
      RELATION_CHILD_OF,
      current.spec?.parent,
    );
    if (!parentRef || lineage.includes(parentRef)) {
      break;
    }
    lineage.push(parentRef);
    current = await catalog.getEntityByRef(parentRef, { credentials });
  }
  return lineage;
}
