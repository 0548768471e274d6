import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { scorecardsExemptionCreatePermission } from '@cairn/plugin-scorecards-common';
import { Request, Router } from 'express';
import { randomUUID } from 'crypto';
import { z } from 'zod';
import { RouterContext } from './context';
import { queryString } from './params';
import { toExemption } from '../service/ScorecardsService';

const DAY_MS = 24 * 60 * 60 * 1000;

const createSchema = z
  .object({
    entityRef: z.string().min(1).max(500),
    scorecardId: z.string().min(1).max(64),
    checkId: z.string().min(1).max(64),
    reason: z.string().trim().min(1).max(2000),
    expiresAt: z.string().datetime({ offset: true }),
  })
  .strict();

/** Listing, creating and revoking exemptions. */
export function addExemptionRoutes(router: Router, ctx: RouterContext) {
  async function authorize(req: Request) {
    const credentials = await ctx.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const [decision] = await ctx.permissions.authorize(
      [{ permission: scorecardsExemptionCreatePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('Not allowed to manage scorecard exemptions');
    }
    return credentials;
  }

  router.get('/exemptions', async (req, res) => {
    const credentials = await ctx.httpAuth.credentials(req);
    const entityRef = queryString(req, 'entityRef');
    const normalized = entityRef
      ? normalizeEntityRef(entityRef, 'entityRef')
      : undefined;
    const exemptions = await ctx.store.listActiveExemptions(
      new Date(),
      normalized ? [normalized] : undefined,
    );
    const visible = await ctx.catalog.filterVisible(
      [...new Set(exemptions.map(e => e.entityRef))],
      credentials,
    );
    res.json({
      items: exemptions.filter(e => visible.has(e.entityRef)).map(toExemption),
    });
  });

  router.post('/exemptions', async (req, res) => {
    const credentials = await authorize(req);
    const parsed = createSchema.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field =
        issue.path.join('.') ||
        (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'body');
      throw new InputError(`${field}: ${issue.message}`);
    }
    const body = parsed.data;
    const entityRef = normalizeEntityRef(body.entityRef, 'entityRef');
    const scorecard = ctx.service.getScorecard(body.scorecardId);
    if (!scorecard) {
      throw new InputError(
        `scorecardId: unknown scorecard "${body.scorecardId}"`,
      );
    }
    if (!scorecard.checks.some(c => c.id === body.checkId)) {
      throw new InputError(
        `checkId: scorecard "${scorecard.id}" has no check "${body.checkId}"`,
      );
    }
    const now = new Date();
    const expiresAt = new Date(body.expiresAt);
    if (expiresAt.getTime() <= now.getTime()) {
      throw new InputError('expiresAt: must be in the future');
    }
    if (
      expiresAt.getTime() >
      now.getTime() + ctx.settings.maxExemptionDays * DAY_MS
    ) {
      throw new InputError(
        `expiresAt: must be within ${ctx.settings.maxExemptionDays} days`,
      );
    }
    const entity = await ctx.catalog.getVisible(entityRef, credentials);
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef}`);
    }

    const record = {
      id: randomUUID(),
      entityRef,
      scorecardId: scorecard.id,
      checkId: body.checkId,
      reason: body.reason,
      expiresAt,
      createdBy:
        credentials.principal.type === 'user'
          ? credentials.principal.userEntityRef
          : 'unknown',
      createdAt: now,
    };
    const event = await ctx.auditor.createEvent({
      eventId: 'exemption-create',
      severityLevel: 'medium',
      request: req,
      meta: {
        entityRef,
        scorecardId: scorecard.id,
        checkId: body.checkId,
        expiresAt: body.expiresAt,
      },
    });
    try {
      await ctx.store.createExemption(record);
      await event.success({ meta: { exemptionId: record.id } });
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
    await ctx.service.evaluateEntity(entity);
    res.status(201).json(toExemption(record));
  });

  router.delete('/exemptions/:id', async (req, res) => {
    const credentials = await authorize(req);
    const existing = await ctx.store.getExemption(req.params.id);
    if (!existing) {
      throw new NotFoundError(`No exemption ${req.params.id}`);
    }
    const event = await ctx.auditor.createEvent({
      eventId: 'exemption-revoke',
      severityLevel: 'medium',
      request: req,
      meta: {
        exemptionId: existing.id,
        entityRef: existing.entityRef,
        scorecardId: existing.scorecardId,
        checkId: existing.checkId,
      },
    });
    try {
      await ctx.store.deleteExemption(existing.id);
      await event.success();
    } catch (error) {
      await event.fail({ error: error as Error });
      throw error;
    }
    const entity = await ctx.catalog.getVisible(
      existing.entityRef,
      credentials,
    );
    if (entity) {
      await ctx.service.evaluateEntity(entity);
    }
    res.status(204).end();
  });
}

function normalizeEntityRef(value: string, field: string): string {
  try {
    return stringifyEntityRef(parseEntityRef(value)).toLocaleLowerCase('en-US');
  } catch {
    throw new InputError(`${field}: not an entity ref "${value}"`);
  }
}
