import Router from 'express-promise-router';
import express from 'express';
import { RouterContext } from './context';
import { addEntityRoutes } from './entityRoutes';
import { addExemptionRoutes } from './exemptionRoutes';
import { addFactRoutes } from './factRoutes';
import { addRollupRoutes } from './rollupRoutes';

/** The `/api/scorecards` router. */
export function createRouter(ctx: RouterContext): express.Router {
  const router = Router();
  // The fact route parses its own body with its own size limit.
  addFactRoutes(router, ctx);
  router.use(express.json({ limit: '64kb' }));
  addEntityRoutes(router, ctx);
  addRollupRoutes(router, ctx);
  addExemptionRoutes(router, ctx);
  return router;
}
