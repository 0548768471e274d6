import { mockServices } from '@backstage/backend-test-utils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { entity } from '../__testUtils__/catalog';
import { PagerDutyAdapter } from './PagerDutyAdapter';

const BASE = 'https://pd.example.com';
const server = setupServer();

const service = entity(
  'Component',
  'checkout',
  { owner: 'team-a' },
  { annotations: { 'pagerduty.com/service-id': 'PSVC1' } },
);

describe('PagerDutyAdapter', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const logger = mockServices.logger.mock();
  const adapter = PagerDutyAdapter.create(
    { apiToken: 'pd-secret-token', baseUrl: BASE },
    logger,
  );

  it('follows service to escalation policy to the people on call', async () => {
    let auth: string | null = null;
    let policyQuery: string | null = null;
    server.use(
      rest.get(`${BASE}/services/PSVC1`, (req, res, ctx) => {
        auth = req.headers.get('authorization');
        return res(
          ctx.json({
            service: { escalation_policy: { id: 'PPOL', summary: 'Checkout' } },
          }),
        );
      }),
      rest.get(`${BASE}/oncalls`, (req, res, ctx) => {
        policyQuery = req.url.searchParams.get('escalation_policy_ids[]');
        return res(
          ctx.json({
            oncalls: [
              {
                escalation_level: 2,
                user: { summary: 'Bea Manager', email: 'bea@example.com' },
              },
              {
                escalation_level: 1,
                user: {
                  summary: 'Ann Engineer',
                  email: 'ann@example.com',
                  html_url: 'https://pd.example.com/users/ann',
                },
                schedule: { summary: 'Primary' },
              },
            ],
          }),
        );
      }),
    );

    const answer = await adapter.lookup({ entity: service });

    expect(auth).toBe('Token token=pd-secret-token');
    expect(policyQuery).toBe('PPOL');
    expect(answer.status).toBe('ok');
    expect(answer.people.map(p => [p.name, p.level, p.schedule])).toEqual([
      ['Ann Engineer', 1, 'Primary'],
      ['Bea Manager', 2, 'Checkout'],
    ]);
  });

  it('reports a rate limit with the retry time, not an exception', async () => {
    server.use(
      rest.get(`${BASE}/services/PSVC1`, (_req, res, ctx) =>
        res(ctx.status(429), ctx.set('Retry-After', '30')),
      ),
    );
    const answer = await adapter.lookup({ entity: service });
    expect(answer).toEqual({
      provider: 'pagerduty',
      status: 'error',
      reason: 'PagerDuty rate limit reached; try again in 30 s',
      people: [],
    });
  });

  it('reports rejected credentials without logging them', async () => {
    server.use(
      rest.get(`${BASE}/services/PSVC1`, (_req, res, ctx) =>
        res(ctx.status(401)),
      ),
    );
    const answer = await adapter.lookup({ entity: service });
    expect(answer.reason).toBe('PagerDuty rejected the configured credentials');
    const logged = JSON.stringify(logger.warn.mock.calls);
    expect(logged).not.toContain('pd-secret-token');
  });

  it('reports a server error and an unreadable answer', async () => {
    server.use(
      rest.get(`${BASE}/services/PSVC1`, (_req, res, ctx) =>
        res(ctx.status(503)),
      ),
    );
    expect((await adapter.lookup({ entity: service })).reason).toBe(
      'PagerDuty answered 503',
    );

    server.use(
      rest.get(`${BASE}/services/PSVC1`, (_req, res, ctx) =>
        res(ctx.set('Content-Type', 'application/json'), ctx.body('{oops')),
      ),
    );
    expect((await adapter.lookup({ entity: service })).reason).toBe(
      'PagerDuty sent an unreadable answer',
    );
  });

  it('reports a network failure', async () => {
    server.use(
      rest.get(`${BASE}/services/PSVC1`, (_req, res) => res.networkError('x')),
    );
    const answer = await adapter.lookup({ entity: service });
    expect(answer.reason).toBe('PagerDuty could not be reached');
  });

  it('says why there is no answer when not configured or not annotated', async () => {
    const unconfigured = PagerDutyAdapter.create(undefined, logger);
    expect((await unconfigured.lookup({ entity: service })).status).toBe(
      'not_configured',
    );
    const plain = entity('Component', 'plain', { owner: 'team-a' });
    expect((await adapter.lookup({ entity: plain })).status).toBe(
      'not_applicable',
    );
  });
});
