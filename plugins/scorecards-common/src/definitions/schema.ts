import { z } from 'zod';

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'must be lower case letters, digits, ".", "_" or "-"',
  );
const predicate = z.record(z.unknown());

const level = z
  .object({
    id,
    title: z.string().min(1).max(200),
    description: z.string().max(2000).optional(),
  })
  .strict();

const check = z
  .object({
    id,
    title: z.string().min(1).max(200),
    description: z.string().max(2000).optional(),
    why: z.string().max(10000).optional(),
    howToFix: z.string().max(10000).optional(),
    level: z.string().min(1),
    weight: z.number().positive().max(1000).finite().optional(),
    severity: z.enum(['error', 'warn']).optional(),
    appliesTo: predicate.optional(),
    rule: predicate,
  })
  .strict();

/**
 * Zod schema of one scorecard definition (structure only; rules are checked
 * by the rule compiler).
 *
 * @public
 */
export const scorecardDefinitionSchema = z
  .object({
    id,
    title: z.string().min(1).max(200),
    description: z.string().max(2000).optional(),
    owner: z.string().min(1).optional(),
    appliesTo: predicate.optional(),
    levels: z.array(level).min(1).max(20),
    checks: z.array(check).min(1).max(500),
  })
  .strict();
