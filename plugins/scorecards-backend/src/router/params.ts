import { InputError } from '@backstage/errors';
import { CompiledScorecard } from '@cairn/plugin-scorecards-common';
import { Request } from 'express';
import { ScorecardsService } from '../service/ScorecardsService';

const NAME = /^[A-Za-z0-9._~:@-]{1,253}$/;

/** The lower-cased entity ref named by `:kind/:namespace/:name`. */
export function entityRefFromParams(params: Record<string, string>): string {
  const { kind, namespace, name } = params;
  for (const [field, value] of Object.entries({ kind, namespace, name })) {
    if (!NAME.test(value ?? '')) {
      throw new InputError(`Invalid ${field} "${value}"`);
    }
  }
  return `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US');
}

/** A single-valued string query parameter. */
export function queryString(req: Request, key: string): string | undefined {
  const value = req.query[key];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new InputError(`Query parameter ${key} must be given once`);
  }
  return value;
}

/** An integer query parameter within bounds. */
export function queryInt(
  req: Request,
  key: string,
  options: { min: number; max: number; fallback: number },
): number {
  const raw = queryString(req, key);
  if (raw === undefined || raw === '') {
    return options.fallback;
  }
  const value = Number(raw);
  if (!Number.isInteger(value) || value < options.min || value > options.max) {
    throw new InputError(
      `Query parameter ${key} must be a whole number from ${options.min} to ${options.max}`,
    );
  }
  return value;
}

/** A query parameter limited to some values. */
export function queryEnum<T extends string>(
  req: Request,
  key: string,
  values: readonly T[],
  fallback: T,
): T {
  const raw = queryString(req, key);
  if (raw === undefined || raw === '') {
    return fallback;
  }
  if (!values.includes(raw as T)) {
    throw new InputError(
      `Query parameter ${key} must be one of ${values.join(', ')}`,
    );
  }
  return raw as T;
}

/** The scorecard named by the `scorecard` query parameter. */
export function scorecardParam(
  req: Request,
  service: ScorecardsService,
  required: true,
): CompiledScorecard;
export function scorecardParam(
  req: Request,
  service: ScorecardsService,
  required: false,
): CompiledScorecard | undefined;
export function scorecardParam(
  req: Request,
  service: ScorecardsService,
  required: boolean,
): CompiledScorecard | undefined {
  const id = queryString(req, 'scorecard');
  if (!id) {
    if (required) {
      throw new InputError('Query parameter scorecard is required');
    }
    return undefined;
  }
  const scorecard = service.getScorecard(id);
  if (!scorecard) {
    throw new InputError(
      `Query parameter scorecard: unknown scorecard "${id}"`,
    );
  }
  return scorecard;
}
