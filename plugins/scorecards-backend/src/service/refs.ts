import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';

/** The full, lower-cased ref of an entity. */
export function refOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

/** Normalises a ref as written in a spec field, or undefined if invalid. */
export function normalizeRef(
  value: unknown,
  defaultKind: string,
  defaultNamespace: string,
): string | undefined {
  if (typeof value !== 'string' || value.length === 0) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace }),
    ).toLocaleLowerCase('en-US');
  } catch {
    return undefined;
  }
}

/** The System an entity belongs to: its own ref for Systems. */
export function systemRefOf(entity: Entity): string | undefined {
  if (entity.kind.toLocaleLowerCase('en-US') === 'system') {
    return refOf(entity);
  }
  return normalizeRef(
    entity.spec?.system,
    'system',
    entity.metadata.namespace ?? 'default',
  );
}

/** The Domain an entity belongs to, through its System where it has one. */
export function domainRefOf(
  entity: Entity,
  getEntity: (ref: string) => Entity | undefined,
): string | undefined {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  if (kind === 'domain') {
    return refOf(entity);
  }
  const namespace = entity.metadata.namespace ?? 'default';
  if (kind === 'system') {
    return normalizeRef(entity.spec?.domain, 'domain', namespace);
  }
  const systemRef = systemRefOf(entity);
  const system = systemRef ? getEntity(systemRef) : undefined;
  return system
    ? normalizeRef(
        system.spec?.domain,
        'domain',
        system.metadata.namespace ?? 'default',
      )
    : undefined;
}
