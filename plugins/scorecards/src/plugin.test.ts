import {
  MockFetchApi,
  mockApis,
  registerMswTestHooks,
} from '@backstage/test-utils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { scorecardsApiRef } from './api';
import { scorecardsPlugin } from './plugin';

const server = setupServer();

describe('scorecardsPlugin', () => {
  registerMswTestHooks(server);

  it('wires the scorecards client to the discovery and fetch APIs', async () => {
    const factory = [...scorecardsPlugin.getApis()].find(
      f => f.api.id === scorecardsApiRef.id,
    );
    expect(factory).toBeDefined();
    const seen: { url: string; auth: string | null }[] = [];
    server.use(
      rest.get(
        'http://example.test/api/scorecards/entities/component/default/checkout-service',
        (req, res, ctx) => {
          seen.push({
            url: req.url.toString(),
            auth: req.headers.get('authorization'),
          });
          return res(
            ctx.json({
              entityRef: 'component:default/checkout-service',
              scorecards: [],
            }),
          );
        },
      ),
    );

    const api = factory!.factory({
      discoveryApi: mockApis.discovery({ baseUrl: 'http://example.test' }),
      fetchApi: new MockFetchApi({
        injectIdentityAuth: { token: 'guest-token' },
      }),
    }) as typeof scorecardsApiRef.T;

    await expect(
      api.getEntityScorecards('component:default/checkout-service'),
    ).resolves.toEqual({
      entityRef: 'component:default/checkout-service',
      scorecards: [],
    });
    expect(seen).toEqual([
      {
        url: 'http://example.test/api/scorecards/entities/component/default/checkout-service',
        auth: 'Bearer guest-token',
      },
    ]);
  });
});
