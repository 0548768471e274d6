import { mockServices } from '@backstage/backend-test-utils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { entity, group } from '../__testUtils__/catalog';
import { OpsgenieAdapter } from './OpsgenieAdapter';

const BASE = 'https://og.example.com';
const server = setupServer();

const owner = group('team-a', undefined, {
  annotations: { 'opsgenie.com/team': 'Team A' },
});
const component = entity('Component', 'checkout', { owner: 'team-a' });

describe('OpsgenieAdapter', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const logger = mockServices.logger.mock();
  const adapter = OpsgenieAdapter.create(
    { apiKey: 'og-secret', baseUrl: BASE },
    logger,
  );

  it("lists the participants of the owner team's enabled schedules", async () => {
    let auth: string | null = null;
    server.use(
      rest.get(`${BASE}/v2/schedules`, (req, res, ctx) => {
        auth = req.headers.get('authorization');
        return res(
          ctx.json({
            data: [
              {
                id: 's1',
                name: 'Team A primary',
                ownerTeam: { name: 'team a' },
              },
              {
                id: 's2',
                name: 'Old',
                enabled: false,
                ownerTeam: { name: 'Team A' },
              },
              { id: 's3', name: 'Other', ownerTeam: { name: 'Team B' } },
            ],
          }),
        );
      }),
      rest.get(`${BASE}/v2/schedules/s1/on-calls`, (_req, res, ctx) =>
        res(
          ctx.json({
            data: {
              onCallParticipants: [
                { name: 'ann@example.com', type: 'user' },
                { name: 'Escalation', type: 'escalation' },
              ],
            },
          }),
        ),
      ),
    );

    const answer = await adapter.lookup({ entity: component, owner });

    expect(auth).toBe('GenieKey og-secret');
    expect(answer.status).toBe('ok');
    expect(answer.people).toEqual([
      {
        name: 'ann@example.com',
        email: 'ann@example.com',
        schedule: 'Team A primary',
      },
      { name: 'Escalation', email: undefined, schedule: 'Team A primary' },
    ]);
  });

  it('reports a rate limit on the second call', async () => {
    server.use(
      rest.get(`${BASE}/v2/schedules`, (_req, res, ctx) =>
        res(ctx.json({ data: [{ id: 's1', ownerTeam: { name: 'Team A' } }] })),
      ),
      rest.get(`${BASE}/v2/schedules/s1/on-calls`, (_req, res, ctx) =>
        res(ctx.status(429)),
      ),
    );
    const answer = await adapter.lookup({ entity: component, owner });
    expect(answer).toMatchObject({
      status: 'error',
      reason: 'Opsgenie rate limit reached',
      people: [],
    });
  });

  it('reports a team without schedules and a failing API', async () => {
    server.use(
      rest.get(`${BASE}/v2/schedules`, (_req, res, ctx) =>
        res(ctx.json({ data: [] })),
      ),
    );
    expect((await adapter.lookup({ entity: component, owner })).reason).toBe(
      'Opsgenie team Team A has no enabled schedule',
    );

    server.use(
      rest.get(`${BASE}/v2/schedules`, (_req, res, ctx) =>
        res(ctx.status(500)),
      ),
    );
    expect((await adapter.lookup({ entity: component, owner })).reason).toBe(
      'Opsgenie answered 500',
    );
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain('og-secret');
  });

  it('needs configuration and a team annotation', async () => {
    expect(
      (
        await OpsgenieAdapter.create(undefined, logger).lookup({
          entity: component,
        })
      ).status,
    ).toBe('not_configured');
    expect((await adapter.lookup({ entity: component })).status).toBe(
      'not_applicable',
    );
  });
});
