import {
  BackstageCredentials,
  AuthService,
  coreServices,
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  CatalogService,
  catalogServiceRef,
} from '@backstage/plugin-catalog-node';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node/alpha';

/**
 * Starts the real catalog backend on an in-memory SQLite database, feeds it
 * the entities through an entity provider and waits until every one is
 * processed and stitched. Returns the catalog service other plugins use,
 * which talks to the catalog over HTTP.
 */
export async function startCatalogWith(entities: Entity[]): Promise<{
  catalog: CatalogService;
  auth: AuthService;
  credentials: BackstageCredentials;
  stop(): Promise<void>;
}> {
  const provider = createBackendModule({
    pluginId: 'catalog',
    moduleId: 'bench-entities',
    register(reg) {
      reg.registerInit({
        deps: { catalog: catalogProcessingExtensionPoint },
        async init({ catalog }) {
          catalog.addEntityProvider({
            getProviderName: () => 'bench',
            async connect(connection) {
              await connection.applyMutation({
                type: 'full',
                entities: entities.map(entity => ({
                  locationKey: 'bench',
                  entity: {
                    ...entity,
                    metadata: {
                      ...entity.metadata,
                      annotations: {
                        ...entity.metadata.annotations,
                        'backstage.io/managed-by-location':
                          'url:https://bench.example/catalog',
                        'backstage.io/managed-by-origin-location':
                          'url:https://bench.example/catalog',
                      },
                    },
                  },
                })),
              });
            },
          });
        },
      });
    },
  });

  let captured: { catalog: CatalogService; auth: AuthService } | undefined;
  const capture = createBackendPlugin({
    pluginId: 'bench',
    register(reg) {
      reg.registerInit({
        deps: { catalog: catalogServiceRef, auth: coreServices.auth },
        async init(deps) {
          captured = deps;
        },
      });
    },
  });

  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      provider,
      capture,
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            rules: [{ allow: ['Component', 'System', 'Group', 'User'] }],
            processingInterval: { minutes: 30 },
          },
        },
      }),
    ],
  });
  const { catalog, auth } = captured!;
  const credentials = await auth.getOwnServiceCredentials();

  // Stitching is done once the last entity has its relations.
  const last = entities[entities.length - 1];
  for (;;) {
    const [{ totalItems }, tail] = await Promise.all([
      catalog.queryEntities({ limit: 1 }, { credentials }),
      catalog.getEntityByRef(
        { kind: last.kind, namespace: 'default', name: last.metadata.name },
        { credentials },
      ),
    ]);
    if (totalItems >= entities.length && tail?.relations?.length) {
      break;
    }
    await new Promise(resolve => setTimeout(resolve, 1000));
  }

  return { catalog, auth, credentials, stop: () => backend.stop() };
}
