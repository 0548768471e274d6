import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { OwnershipProvenance } from './provenance';

/**
 * Options for {@link resolveOwner}.
 *
 * @public
 */
export interface OwnerResolutionOptions {
  /** Entity ref of the owner used when nothing else resolves. */
  fallbackOwner?: string;
  /**
   * Owners that mean "nobody", such as `unknown`, `guest` or `tbd`, matched
   * case-insensitively on the owner name or the full ref.
   */
  placeholderOwners?: string[];
}

/**
 * The owner of an entity and where that answer came from.
 *
 * @public
 */
export interface ResolvedOwner {
  /** Full ref of the owner; absent when the provenance is `none`. */
  ownerRef?: string;
  /** Where the owner came from. */
  provenance: OwnershipProvenance;
}

/**
 * The state of an entity's own `spec.owner`.
 *
 * - `ok`: points at an entity that exists.
 * - `absent`: the entity has no owner of its own.
 * - `placeholder`: the owner is a configured placeholder such as `unknown`.
 * - `dangling`: the owner ref points at no entity.
 * - `invalid`: the owner value cannot be parsed as an entity ref.
 *
 * @public
 */
export type DirectOwnerStatus =
  | 'ok'
  | 'absent'
  | 'placeholder'
  | 'dangling'
  | 'invalid';

/**
 * The result of {@link inspectDirectOwner}.
 *
 * @public
 */
export interface DirectOwner {
  /** The state of the owner value. */
  status: DirectOwnerStatus;
  /** The normalised owner ref, when the owner value could be parsed. */
  ownerRef?: string;
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : undefined;
}

function entityNamespace(entity: Entity): string {
  return entity.metadata.namespace ?? 'default';
}

/**
 * Normalises a possibly shorthand ref (`team-a`, `group:team-a`) into a full
 * lower-cased entity ref, or `undefined` when it cannot be parsed.
 *
 * @public
 * @param value - The raw ref.
 * @param defaults - Kind and namespace used when the ref leaves them out.
 */
export function normalizeEntityRef(
  value: string,
  defaults: { defaultKind: string; defaultNamespace: string },
): string | undefined {
  try {
    return stringifyEntityRef(parseEntityRef(value, defaults)).toLowerCase();
  } catch {
    return undefined;
  }
}

/**
 * Tells whether an owner ref is one of the configured placeholders.
 *
 * @public
 * @param ownerRef - A full entity ref.
 * @param placeholderOwners - Placeholder names or full refs.
 */
export function isPlaceholderOwner(
  ownerRef: string,
  placeholderOwners: string[] | undefined,
): boolean {
  if (!placeholderOwners?.length) {
    return false;
  }
  const ref = ownerRef.toLowerCase();
  const name = ref.slice(ref.lastIndexOf('/') + 1);
  return placeholderOwners.some(p => {
    const candidate = p.toLowerCase();
    return candidate === name || candidate === ref;
  });
}

/**
 * Inspects an entity's own `spec.owner` without any inheritance.
 *
 * @public
 * @param entity - The entity to inspect.
 * @param getEntity - Synchronous lookup by full lower-cased ref.
 * @param options - Placeholder owners.
 */
export function inspectDirectOwner(
  entity: Entity,
  getEntity: (ref: string) => Entity | undefined,
  options?: OwnerResolutionOptions,
): DirectOwner {
  const raw = readString(entity.spec?.owner);
  if (!raw) {
    return { status: 'absent' };
  }

  const ownerRef = normalizeEntityRef(raw, {
    defaultKind: 'group',
    defaultNamespace: entityNamespace(entity),
  });
  if (!ownerRef) {
    return { status: 'invalid' };
  }
  if (isPlaceholderOwner(ownerRef, options?.placeholderOwners)) {
    return { status: 'placeholder', ownerRef };
  }
  if (!getEntity(ownerRef)) {
    return { status: 'dangling', ownerRef };
  }
  return { status: 'ok', ownerRef };
}

function relatedRef(
  entity: Entity,
  field: 'system' | 'domain',
): string | undefined {
  const raw = readString(entity.spec?.[field]);
  if (!raw) {
    return undefined;
  }
  return normalizeEntityRef(raw, {
    defaultKind: field,
    defaultNamespace: entityNamespace(entity),
  });
}

/**
 * Resolves the owner of an entity: its own `spec.owner`; when that is absent,
 * a placeholder or dangling, the owner of its System, then of that System's
 * Domain (or the entity's own Domain), then the configured fallback.
 *
 * @public
 * @param entity - The entity whose owner is wanted.
 * @param getEntity - Synchronous lookup by full lower-cased ref.
 * @param options - Fallback and placeholder owners.
 */
export function resolveOwner(
  entity: Entity,
  getEntity: (ref: string) => Entity | undefined,
  options?: OwnerResolutionOptions,
): ResolvedOwner {
  const direct = inspectDirectOwner(entity, getEntity, options);
  if (direct.status === 'ok') {
    return { ownerRef: direct.ownerRef, provenance: { type: 'direct' } };
  }

  const systemRef = relatedRef(entity, 'system');
  const system = systemRef ? getEntity(systemRef) : undefined;
  if (systemRef && system) {
    const systemOwner = inspectDirectOwner(system, getEntity, options);
    if (systemOwner.status === 'ok') {
      return {
        ownerRef: systemOwner.ownerRef,
        provenance: { type: 'system', ref: systemRef },
      };
    }
  }

  // A System carries its domain itself; other kinds reach it via the system.
  const domainRef = relatedRef(system ?? entity, 'domain');
  const domain = domainRef ? getEntity(domainRef) : undefined;
  if (domainRef && domain) {
    const domainOwner = inspectDirectOwner(domain, getEntity, options);
    if (domainOwner.status === 'ok') {
      return {
        ownerRef: domainOwner.ownerRef,
        provenance: { type: 'domain', ref: domainRef },
      };
    }
  }

  const fallback = options?.fallbackOwner
    ? normalizeEntityRef(options.fallbackOwner, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      })
    : undefined;
  if (fallback) {
    return { ownerRef: fallback, provenance: { type: 'fallback' } };
  }
  return { provenance: { type: 'none' } };
}
