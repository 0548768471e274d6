import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { createWhoOwnsAction } from './actions/createWhoOwnsAction';
import { readOwnershipConfig } from './config';
import { OwnershipIndexManager } from './index/OwnershipIndexManager';
import { CachingOnCallAdapter } from './oncall/CachingOnCallAdapter';
import { OpsgenieAdapter } from './oncall/OpsgenieAdapter';
import { PagerDutyAdapter } from './oncall/PagerDutyAdapter';
import { createRouter } from './router/createRouter';
import { OwnershipService } from './service/OwnershipService';
import { VisibilityFilter } from './service/VisibilityFilter';

/**
 * The Cairn ownership backend plugin (id `ownership`): owner resolution with
 * provenance, escalation chains, contacts, on-call and staleness, served at
 * `/api/ownership` from a scheduled in-memory index of the catalog.
 *
 * @public
 */
export const ownershipPlugin = createBackendPlugin({
  pluginId: 'ownership',
  register(env) {
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        httpAuth: coreServices.httpAuth,
        httpRouter: coreServices.httpRouter,
        scheduler: coreServices.scheduler,
        permissions: coreServices.permissions,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init(deps) {
        const { config, logger, scheduler, catalog, httpRouter } = deps;
        const settings = readOwnershipConfig(config);

        const indexes = new OwnershipIndexManager({
          ...settings,
          catalog,
          auth: deps.auth,
          logger: logger.child({ task: 'ownership-index' }),
        });
        const onCall = [
          PagerDutyAdapter.create(settings.pagerDuty, logger),
          OpsgenieAdapter.create(settings.opsgenie, logger),
        ].map(a => new CachingOnCallAdapter(a, settings.onCallCacheSeconds));
        const service = new OwnershipService(
          indexes,
          new VisibilityFilter(catalog, deps.permissions),
          onCall,
        );

        // The index is a per-replica cache, so every replica refreshes its
        // own copy (local scope) instead of sharing one run across the fleet.
        await scheduler.scheduleTask({
          id: 'ownership-index-refresh',
          scope: 'local',
          frequency: { seconds: settings.refreshIntervalSeconds },
          timeout: { seconds: Math.max(60, settings.refreshIntervalSeconds) },
          initialDelay: { seconds: 0 },
          fn: async () => {
            await indexes.rebuild();
          },
        });

        createWhoOwnsAction(deps.actionsRegistry, service);
        httpRouter.use(
          await createRouter({
            service,
            httpAuth: deps.httpAuth,
            config,
            logger,
          }),
        );
      },
    });
  },
});
