import { ResponseError } from '@backstage/errors';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { OwnershipClient } from './OwnershipClient';

const server = setupServer();
const base = 'http://backend.test/api/ownership';
const client = new OwnershipClient({
  discoveryApi: { getBaseUrl: async () => base },
});

describe('OwnershipClient', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('encodes the entity ref into the path', async () => {
    let path = '';
    server.use(
      rest.get(`${base}/entities/:kind/:namespace/:name`, (req, res, ctx) => {
        path = req.url.pathname;
        return res(ctx.json({ entityRef: 'component:default/a b' }));
      }),
    );
    const answer = await client.getEntityOwnership({
      kind: 'Component',
      namespace: 'default',
      name: 'a b',
    });
    expect(path).toBe('/api/ownership/entities/Component/default/a%20b');
    expect(answer.entityRef).toBe('component:default/a b');
  });

  it('sends only the query parameters that are set', async () => {
    let query = '';
    server.use(
      rest.get(`${base}/groups/default/team-a/owned`, (req, res, ctx) => {
        query = req.url.search;
        return res(ctx.json({ items: [] }));
      }),
    );
    await client.getGroupOwned(
      { namespace: 'default', name: 'team-a' },
      { transitive: false, limit: 10 },
    );
    expect(query).toBe('?transitive=false&limit=10');
  });

  it('throws ResponseError with the backend message on non-OK answers', async () => {
    server.use(
      rest.get(`${base}/search`, (_req, res, ctx) =>
        res(
          ctx.status(400),
          ctx.json({
            error: {
              name: 'InputError',
              message: "Query parameter 'q' is required",
            },
            response: { statusCode: 400 },
          }),
        ),
      ),
    );
    const error = await client.search('').catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(400);
    expect(error.body.error.message).toContain("'q' is required");
  });
});
