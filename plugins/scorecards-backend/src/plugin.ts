import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scorecardsPermissions } from '@cairn/plugin-scorecards-common';
import {
  ScorecardsFactCollector,
  scorecardsFactCollectorsExtensionPoint,
} from '@cairn/plugin-scorecards-node';
import { readScorecardsSettings } from './config';
import { DatabaseScorecardsStore } from './database';
import { loadScorecardDefinitions } from './definitions/loadScorecardDefinitions';
import { createRouter } from './router/createRouter';
import { CatalogAccess } from './service/CatalogAccess';
import { RollupService } from './service/RollupService';
import { runCollector } from './service/runCollector';
import { ScorecardsService } from './service/ScorecardsService';

const EVALUATE_TASK_ID = 'scorecards-evaluate';

/**
 * The scorecards backend plugin (id `scorecards`): evaluates scorecards on
 * the server, stores results, history and snapshots, and serves roll-ups
 * and exemptions under `/api/scorecards`.
 *
 * @public
 */
export const scorecardsPlugin = createBackendPlugin({
  pluginId: 'scorecards',
  register(env) {
    const collectors: ScorecardsFactCollector[] = [];
    env.registerExtensionPoint(scorecardsFactCollectorsExtensionPoint, {
      addFactCollector(...added) {
        collectors.push(...added.flat());
      },
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        catalog: catalogServiceRef,
      },
      async init(deps) {
        const { config, logger, scheduler } = deps;
        const settings = readScorecardsSettings(config);
        const scorecards = await loadScorecardDefinitions(config);
        checkCollectors(collectors, settings.pushSources);

        const store = await DatabaseScorecardsStore.create({
          database: deps.database,
        });
        const catalog = new CatalogAccess(deps.catalog, deps.auth);
        const service = new ScorecardsService({
          scorecards,
          store,
          catalog,
          settings,
          logger,
        });
        const rollups = new RollupService({ scorecards, store, catalog });
        deps.permissionsRegistry.addPermissions(scorecardsPermissions);

        await scheduler.scheduleTask({
          id: EVALUATE_TASK_ID,
          scope: 'global',
          ...settings.schedule,
          fn: () => service.runFullEvaluation(),
        });
        for (const collector of collectors) {
          const collectorLogger = logger.child({ collector: collector.id });
          await scheduler.scheduleTask({
            id: `scorecards-collect-${collector.id}`,
            scope: 'global',
            frequency: { minutes: 30 },
            timeout: { minutes: 10 },
            initialDelay: { seconds: 5 },
            ...collector.schedule,
            fn: async () => {
              await runCollector({
                collector,
                catalog,
                store,
                logger: collectorLogger,
                pageSize: settings.pageSize,
              });
              await scheduler.triggerTask(EVALUATE_TASK_ID);
            },
          });
        }

        deps.httpRouter.use(
          createRouter({
            service,
            rollups,
            store,
            catalog,
            settings,
            httpAuth: deps.httpAuth,
            permissions: deps.permissions,
            auditor: deps.auditor,
            logger,
          }),
        );
        logger.info(
          `Loaded ${scorecards.length} scorecards and ${collectors.length} fact collectors`,
        );
      },
    });
  },
});

function checkCollectors(
  collectors: ScorecardsFactCollector[],
  pushSources: Map<string, unknown>,
) {
  const ids = new Set<string>();
  for (const collector of collectors) {
    if (!/^[a-z0-9][a-z0-9_-]*$/.test(collector.id)) {
      throw new InputError(`Fact collector id "${collector.id}" is not valid`);
    }
    if (ids.has(collector.id) || pushSources.has(collector.id)) {
      throw new InputError(
        `Fact source "${collector.id}" is registered more than once (collectors and scorecards.pushSources share ids)`,
      );
    }
    ids.add(collector.id);
  }
}
