import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scorecardsFactCollectorsExtensionPoint } from '@cairn/plugin-scorecards-node';
import { CatalogFactCollector } from './CatalogFactCollector';

/**
 * Adds the catalog metadata fact collector (source id `catalog`) to the
 * scorecards backend.
 *
 * @public
 */
export const scorecardsModuleCatalogCollector = createBackendModule({
  pluginId: 'scorecards',
  moduleId: 'catalog-collector',
  register(env) {
    env.registerInit({
      deps: {
        collectors: scorecardsFactCollectorsExtensionPoint,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
        config: coreServices.rootConfig,
      },
      async init({ collectors, catalog, auth, config }) {
        const scheduleKey = 'scorecards.collectors.catalog.schedule';
        collectors.addFactCollector(
          new CatalogFactCollector({
            catalog,
            auth,
            ownership: {
              placeholderOwners: config.getOptionalStringArray(
                'ownership.placeholderOwners',
              ),
              fallbackOwner: config.getOptionalString(
                'ownership.fallbackOwner',
              ),
            },
            schedule: config.has(scheduleKey)
              ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                  config.getConfig(scheduleKey),
                )
              : undefined,
          }),
        );
      },
    });
  },
});
