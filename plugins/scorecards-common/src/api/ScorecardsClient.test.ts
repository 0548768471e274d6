import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { ResponseError } from '@backstage/errors';
import { ScorecardsClient } from './ScorecardsClient';

const baseUrl = 'http://localhost:7007/api/scorecards';
const server = setupServer();

describe('ScorecardsClient', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const client = new ScorecardsClient({
    discoveryApi: { getBaseUrl: async () => baseUrl },
  });

  it('fetches the entity tab in one request with an encoded ref', async () => {
    server.use(
      rest.get(
        `${baseUrl}/entities/component/default/a%20b`,
        (_req, res, ctx) =>
          res(ctx.json({ entityRef: 'component:default/a b', scorecards: [] })),
      ),
    );

    const result = await client.getEntityScorecards('Component:default/a b');

    expect(result).toEqual({
      entityRef: 'component:default/a b',
      scorecards: [],
    });
  });

  it('sends drill-down query parameters and leaves out unset ones', async () => {
    let search = '';
    server.use(
      rest.get(
        `${baseUrl}/rollups/group/default/team-a/entities`,
        (req, res, ctx) => {
          search = req.url.search;
          return res(ctx.json({ items: [], totalCount: 0 }));
        },
      ),
    );

    await client.getRollupEntities(
      { kind: 'Group', namespace: 'default', name: 'team-a' },
      { scorecardId: 'docs', level: 'none', orderBy: 'score', limit: 20 },
    );

    expect(search).toBe('?scorecard=docs&level=none&orderBy=score&limit=20');
  });

  it('posts exemptions as JSON', async () => {
    let body: unknown;
    server.use(
      rest.post(`${baseUrl}/exemptions`, async (req, res, ctx) => {
        body = await req.json();
        return res(ctx.status(201), ctx.json({ id: 'x1' }));
      }),
    );

    const request = {
      entityRef: 'component:default/a',
      scorecardId: 'docs',
      checkId: 'readme',
      reason: 'migrating',
      expiresAt: '2030-01-01T00:00:00.000Z',
    };
    const created = await client.createExemption(request);

    expect(body).toEqual(request);
    expect(created).toEqual({ id: 'x1' });
  });

  it('returns CSV as text', async () => {
    server.use(
      rest.get(
        `${baseUrl}/rollups/system/default/s/export.csv`,
        (req, res, ctx) =>
          res(
            ctx.set('Content-Type', 'text/csv'),
            ctx.text(`entityRef\n${req.url.searchParams.get('scorecard')}\n`),
          ),
      ),
    );

    await expect(
      client.exportRollupCsv('system:default/s', { scorecardId: 'docs' }),
    ).resolves.toBe('entityRef\ndocs\n');
  });

  it('throws ResponseError with the server message on non-OK', async () => {
    server.use(
      rest.delete(`${baseUrl}/exemptions/nope`, (_req, res, ctx) =>
        res(
          ctx.status(404),
          ctx.json({
            error: { name: 'NotFoundError', message: 'no exemption nope' },
            request: { method: 'DELETE', url: '/exemptions/nope' },
            response: { statusCode: 404 },
          }),
        ),
      ),
    );

    const error = await client.deleteExemption('nope').catch(e => e);

    expect(error).toBeInstanceOf(ResponseError);
    expect(error.response.status).toBe(404);
    expect(error.cause.message).toBe('no exemption nope');
  });

  it('uses the given fetchApi', async () => {
    const fetchApi = {
      fetch: jest.fn(async () => new Response('{"items":[]}')),
    };
    const withFetch = new ScorecardsClient({
      discoveryApi: { getBaseUrl: async () => baseUrl },
      fetchApi: fetchApi as unknown as { fetch: typeof fetch },
    });

    await expect(withFetch.getScorecards()).resolves.toEqual({ items: [] });
    expect(fetchApi.fetch).toHaveBeenCalledWith(
      `${baseUrl}/scorecards`,
      undefined,
    );
  });
});
