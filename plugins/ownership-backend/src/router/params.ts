import {
  CompoundEntityRef,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { Request } from 'express';

const validator = makeValidator();
const MAX_QUERY_LENGTH = 200;

function single(req: Request, key: string): string | undefined {
  const value = req.query[key];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new InputError(`Query parameter '${key}' must be given once`);
  }
  return value;
}

/**
 * Reads the `kind`, `namespace` and `name` path parts as a lower-cased
 * entity ref, naming the first part that is not valid.
 */
export function entityRefFromParams(params: {
  kind?: string;
  namespace: string;
  name: string;
}): string {
  const ref: CompoundEntityRef = {
    kind: params.kind ?? 'group',
    namespace: params.namespace,
    name: params.name,
  };
  if (!validator.isValidKind(ref.kind)) {
    throw new InputError(`Invalid kind '${ref.kind}' in the path`);
  }
  if (!validator.isValidNamespace(ref.namespace)) {
    throw new InputError(`Invalid namespace '${ref.namespace}' in the path`);
  }
  if (!validator.isValidEntityName(ref.name)) {
    throw new InputError(`Invalid name '${ref.name}' in the path`);
  }
  return stringifyEntityRef(ref).toLowerCase();
}

/** Reads an integer query parameter within bounds. */
export function intParam(
  req: Request,
  key: string,
  bounds: { min: number; max: number; defaultValue: number },
): number {
  const raw = single(req, key);
  if (raw === undefined || raw === '') {
    return bounds.defaultValue;
  }
  if (!/^\d+$/.test(raw)) {
    throw new InputError(`Query parameter '${key}' must be a whole number`);
  }
  const value = Number(raw);
  if (value < bounds.min || value > bounds.max) {
    throw new InputError(
      `Query parameter '${key}' must be between ${bounds.min} and ${bounds.max}`,
    );
  }
  return value;
}

/** Reads a `true`/`false` query parameter. */
export function boolParam(
  req: Request,
  key: string,
  defaultValue: boolean,
): boolean {
  const raw = single(req, key);
  if (raw === undefined || raw === '') {
    return defaultValue;
  }
  if (raw !== 'true' && raw !== 'false') {
    throw new InputError(`Query parameter '${key}' must be true or false`);
  }
  return raw === 'true';
}

/** Reads an optional entity kind filter. */
export function kindParam(req: Request, key = 'kind'): string | undefined {
  const raw = single(req, key);
  if (raw === undefined || raw === '') {
    return undefined;
  }
  if (!validator.isValidKind(raw)) {
    throw new InputError(`Query parameter '${key}' is not a valid kind`);
  }
  return raw;
}

/** Reads the required search text. */
export function queryParam(req: Request, key = 'q'): string {
  const raw = single(req, key)?.trim();
  if (!raw) {
    throw new InputError(`Query parameter '${key}' is required`);
  }
  if (raw.length > MAX_QUERY_LENGTH) {
    throw new InputError(
      `Query parameter '${key}' must be at most ${MAX_QUERY_LENGTH} characters`,
    );
  }
  return raw;
}

/** Reads an optional group ref (`group:ns/name` or `name`). */
export function groupRefParam(req: Request, key: string): string | undefined {
  const raw = single(req, key);
  if (raw === undefined || raw === '') {
    return undefined;
  }
  let ref: CompoundEntityRef;
  try {
    ref = parseEntityRef(raw, {
      defaultKind: 'group',
      defaultNamespace: 'default',
    });
  } catch {
    throw new InputError(`Query parameter '${key}' is not an entity ref`);
  }
  if (ref.kind.toLowerCase() !== 'group') {
    throw new InputError(`Query parameter '${key}' must name a group`);
  }
  try {
    return entityRefFromParams(ref);
  } catch {
    throw new InputError(`Query parameter '${key}' is not a valid group ref`);
  }
}
