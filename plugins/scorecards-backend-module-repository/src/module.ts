import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { scorecardsFactCollectorsExtensionPoint } from '@cairn/plugin-scorecards-node';
import { RepositoryFactCollector } from './RepositoryFactCollector';

/**
 * Adds the repository files fact collector (source id `repository`) to the
 * scorecards backend.
 *
 * @public
 */
export const scorecardsModuleRepositoryCollector = createBackendModule({
  pluginId: 'scorecards',
  moduleId: 'repository-collector',
  register(env) {
    env.registerInit({
      deps: {
        collectors: scorecardsFactCollectorsExtensionPoint,
        reader: coreServices.urlReader,
        config: coreServices.rootConfig,
      },
      async init({ collectors, reader, config }) {
        const own = config.getOptionalConfig(
          'scorecards.collectors.repository',
        );
        collectors.addFactCollector(
          new RepositoryFactCollector({
            reader,
            requestsPerMinute: own?.getOptionalNumber('requestsPerMinute'),
            concurrency: own?.getOptionalNumber('concurrency'),
            schedule: own?.has('schedule')
              ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                  own.getConfig('schedule'),
                )
              : undefined,
          }),
        );
      },
    });
  },
});
