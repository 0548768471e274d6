import { NotAllowedError, NotFoundError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { scorecardsRefreshPermission } from '@cairn/plugin-scorecards-common';
import { Router } from 'express';
import { RouterContext } from './context';
import { entityRefFromParams, queryInt, scorecardParam } from './params';

/** Scorecards, entity results, entity history and refresh. */
export function addEntityRoutes(router: Router, ctx: RouterContext) {
  router.get('/scorecards', async (req, res) => {
    await ctx.httpAuth.credentials(req);
    res.json({ items: ctx.service.scorecards.map(s => s.summary) });
  });

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const credentials = await ctx.httpAuth.credentials(req);
    const entity = await ctx.catalog.getVisible(entityRef, credentials);
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef}`);
    }
    res.json(await ctx.service.getEntityResponse(entity));
  });

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const scorecard = scorecardParam(req, ctx.service, false);
    const limit = queryInt(req, 'limit', { min: 1, max: 1000, fallback: 200 });
    const credentials = await ctx.httpAuth.credentials(req);
    if (!(await ctx.catalog.getVisible(entityRef, credentials))) {
      throw new NotFoundError(`No entity ${entityRef}`);
    }
    const items = await ctx.store.getEntityHistory(entityRef, {
      scorecardId: scorecard?.id,
      limit,
    });
    res.json({ entityRef, items });
  });

  router.post('/refresh/:kind/:namespace/:name', async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const credentials = await ctx.httpAuth.credentials(req);
    const [decision] = await ctx.permissions.authorize(
      [{ permission: scorecardsRefreshPermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError('Not allowed to refresh scorecards');
    }
    const entity = await ctx.catalog.getVisible(entityRef, credentials);
    if (!entity) {
      throw new NotFoundError(`No entity ${entityRef}`);
    }
    await ctx.service.evaluateEntity(entity);
    res.json(await ctx.service.getEntityResponse(entity));
  });
}
