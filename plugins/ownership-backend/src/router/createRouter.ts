import { MiddlewareFactory } from '@backstage/backend-defaults/rootHttpRouter';
import {
  HttpAuthService,
  LoggerService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { OwnershipService } from '../service/OwnershipService';
import {
  boolParam,
  entityRefFromParams,
  groupRefParam,
  intParam,
  kindParam,
  queryParam,
} from './params';

/** Dependencies of {@link createRouter}. */
export interface RouterOptions {
  service: OwnershipService;
  httpAuth: HttpAuthService;
  config: RootConfigService;
  logger: LoggerService;
}

const PAGE = { min: 1, max: 500, defaultValue: 50 };
const OFFSET = { min: 0, max: 1_000_000, defaultValue: 0 };

/**
 * The `/api/ownership` routes. Every route needs user or service
 * credentials, and every answer is filtered to what the caller may read.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { service, httpAuth } = options;
  const router = Router();

  router.get('/entities/:kind/:namespace/:name', async (req, res) => {
    const entityRef = entityRefFromParams(req.params);
    const credentials = await httpAuth.credentials(req);
    res.json(await service.entityOwnership(entityRef, credentials));
  });

  router.get('/search', async (req, res) => {
    const q = queryParam(req);
    const limit = intParam(req, 'limit', {
      min: 1,
      max: 100,
      defaultValue: 20,
    });
    const credentials = await httpAuth.credentials(req);
    res.json(await service.search(q, limit, credentials));
  });

  router.get('/groups/:namespace/:name/owned', async (req, res) => {
    const groupRef = entityRefFromParams(req.params);
    const query = {
      transitive: boolParam(req, 'transitive', true),
      kind: kindParam(req),
      offset: intParam(req, 'offset', OFFSET),
      limit: intParam(req, 'limit', PAGE),
    };
    const credentials = await httpAuth.credentials(req);
    res.json(await service.groupOwned(groupRef, query, credentials));
  });

  router.get('/report', async (req, res) => {
    const query = {
      kind: kindParam(req),
      group: groupRefParam(req, 'group'),
      offset: intParam(req, 'offset', OFFSET),
      limit: intParam(req, 'limit', PAGE),
    };
    const credentials = await httpAuth.credentials(req);
    res.json(await service.report(query, credentials));
  });

  router.use(
    MiddlewareFactory.create({
      config: options.config,
      logger: options.logger,
    }).error(),
  );
  return router;
}
