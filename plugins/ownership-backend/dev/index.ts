import { createBackend } from '@backstage/backend-defaults';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { fixtureEntities } from '../src/__testUtils__/catalog';

// Runs the ownership plugin alone against an in-memory catalog of the test
// fixtures, with every request treated as a signed-in user who may read
// everything:
//   APP_CONFIG_backend_listen_port=7101 yarn start
//   curl localhost:7101/api/ownership/entities/component/default/cart
const backend = createBackend();

backend.add(mockServices.auth.factory());
backend.add(mockServices.httpAuth.factory());
backend.add(catalogServiceMock.factory({ entities: fixtureEntities }));
backend.add(
  createServiceFactory({
    service: coreServices.permissions,
    deps: {},
    factory: () => ({
      authorize: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW } as const)),
      authorizeConditional: async requests =>
        requests.map(() => ({ result: AuthorizeResult.ALLOW } as const)),
    }),
  }),
);
backend.add(import('../src'));

backend.start();
