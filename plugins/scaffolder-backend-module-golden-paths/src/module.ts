import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createAzureApplyPolicyAction } from './actions/azureApplyPolicy';
import { createCatalogWriteInfoAction } from './actions/catalogWriteInfo';
import { createCodeownersWriteAction } from './actions/codeownersWrite';
import { createGithubApplyPolicyAction } from './actions/githubApplyPolicy';
import { createPolicyValidateAction } from './actions/policyValidate';
import { readGoldenPathsConfig } from './config/readGoldenPathsConfig';

/**
 * Adds Cairn's golden-path actions (`cairn:*`) to the scaffolder. The
 * `goldenPaths` config is read and validated when the backend starts.
 *
 * @public
 */
export const scaffolderModuleGoldenPaths = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'cairn-golden-paths',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
      },
      async init({ scaffolder, config, logger, auth, catalog }) {
        const goldenPaths = readGoldenPathsConfig(config);
        const integrations = ScmIntegrations.fromConfig(config);

        scaffolder.addActions(
          createPolicyValidateAction({
            config: goldenPaths,
            catalog,
            auth,
            integrations,
          }),
          createGithubApplyPolicyAction({ config: goldenPaths, integrations }),
          createAzureApplyPolicyAction({ config: goldenPaths, integrations }),
          createCatalogWriteInfoAction({ config: goldenPaths, integrations }),
          createCodeownersWriteAction({ catalog, auth, integrations }),
        );
        logger.info(
          `Golden paths: ${goldenPaths.policies.size} policies, ${goldenPaths.branchPolicies.size} branch-policy sets`,
        );
      },
    });
  },
});
