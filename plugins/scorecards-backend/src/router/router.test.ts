import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { scorecardsPlugin } from '../plugin';
import { testConfig, testEntities } from '../__fixtures__/catalog';

jest.setTimeout(30_000);

// The catalog hides component:default/secret from user:default/outsider.
const catalogFactory = createServiceFactory({
  service: catalogServiceRef,
  deps: {},
  factory() {
    const inner = catalogServiceMock({ entities: testEntities });
    const getEntityByRef = inner.getEntityByRef.bind(inner);
    const getEntitiesByRefs = inner.getEntitiesByRefs.bind(inner);
    const hidden = (credentials: { principal: unknown }) =>
      (credentials.principal as { userEntityRef?: string }).userEntityRef ===
      'user:default/outsider';
    return Object.assign(inner, {
      getEntityByRef: async (
        ref: string,
        options: { credentials: { principal: unknown } },
      ) =>
        hidden(options.credentials) && String(ref).includes('secret')
          ? undefined
          : getEntityByRef(ref, options as never),
      getEntitiesByRefs: async (
        req: { entityRefs: string[] },
        options: { credentials: { principal: unknown } },
      ) => {
        const response = await getEntitiesByRefs(
          req as never,
          options as never,
        );
        return hidden(options.credentials)
          ? {
              items: response.items.map(e =>
                e?.metadata.name === 'secret' ? undefined : e,
              ),
            }
          : response;
      },
    });
  },
});

async function startBackend(options: { deny?: boolean; config?: object } = {}) {
  const auditor = mockServices.auditor.mock();
  const events: Array<{ eventId: string; outcome: string }> = [];
  auditor.createEvent.mockImplementation(async ({ eventId }) => ({
    success: async () => {
      events.push({ eventId, outcome: 'success' });
    },
    fail: async () => {
      events.push({ eventId, outcome: 'fail' });
    },
  }));
  const { server } = await startTestBackend({
    features: [
      scorecardsPlugin,
      catalogFactory,
      auditor.factory,
      mockServices.rootConfig.factory({ data: options.config ?? testConfig }),
      ...(options.deny
        ? [mockServices.permissions.factory({ result: AuthorizeResult.DENY })]
        : []),
    ],
  });
  return { server, events };
}

describe('scorecards router', () => {
  it('lists scorecards', async () => {
    const { server } = await startBackend();
    const res = await request(server).get('/api/scorecards/scorecards');
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({
      id: 'basics',
      levels: [
        { id: 'bronze', title: 'Bronze' },
        { id: 'silver', title: 'Silver' },
      ],
    });
    expect(res.body.items[0].checks).toHaveLength(4);
  });

  it('needs credentials', async () => {
    const { server } = await startBackend();
    const res = await request(server)
      .get('/api/scorecards/scorecards')
      .set('Authorization', mockCredentials.none.header());
    expect(res.status).toBe(401);
  });

  it('evaluates an entity on first read and returns the whole tab', async () => {
    const { server } = await startBackend();
    const res = await request(server).get(
      '/api/scorecards/entities/component/default/cart',
    );
    expect(res.status).toBe(200);
    expect(res.body.entityRef).toBe('component:default/cart');
    const [card] = res.body.scorecards;
    expect(card.scorecard.id).toBe('basics');
    expect(card.score).toBe(100);
    expect(card.level).toEqual({ id: 'bronze', title: 'Bronze' });
    expect(card.checks.map((c: { state: string }) => c.state)).toEqual([
      'pass',
      'pass',
      'pass',
      'unknown',
    ]);
    expect(card.checks[3].message).toBe('Fact not available: ci.coverage');
    expect(card.trend).toEqual([]);
  });

  it('returns no scorecards for entities none apply to', async () => {
    const { server } = await startBackend();
    const res = await request(server).get(
      '/api/scorecards/entities/api/default/cart-api',
    );
    expect(res.body).toEqual({
      entityRef: 'api:default/cart-api',
      scorecards: [],
    });
  });

  it('hides entities the caller may not read', async () => {
    const { server } = await startBackend();
    const res = await request(server)
      .get('/api/scorecards/entities/component/default/secret')
      .set(
        'Authorization',
        mockCredentials.user.header('user:default/outsider'),
      );
    expect(res.status).toBe(404);
  });

  it('accepts pushed facts and re-evaluates at once', async () => {
    const { server } = await startBackend();
    await request(server).get(
      '/api/scorecards/entities/component/default/cart',
    );
    const push = await request(server)
      .post('/api/scorecards/facts')
      .set('Authorization', mockCredentials.service.header())
      .send({
        entityRef: 'component:default/cart',
        source: 'ci',
        facts: { coverage: 91 },
      });
    expect(push.status).toBe(200);
    expect(push.body).toEqual({
      entityRef: 'component:default/cart',
      source: 'ci',
      accepted: ['coverage'],
    });

    const res = await request(server).get(
      '/api/scorecards/entities/component/default/cart',
    );
    expect(res.body.scorecards[0].level.id).toBe('silver');
    const history = await request(server).get(
      '/api/scorecards/entities/component/default/cart/history?scorecard=basics',
    );
    expect(history.body.items).toEqual([
      expect.objectContaining({
        checkId: 'coverage',
        state: 'pass',
        previousState: 'unknown',
      }),
    ]);
  });

  it.each([
    [{ entityRef: 'x', source: 'ci', facts: {} }, 'entityRef'],
    [
      { entityRef: 'component:default/cart', source: 'nope', facts: {} },
      'source',
    ],
    [{ entityRef: 'component:default/cart', source: 'ci', facts: [] }, 'facts'],
    [
      {
        entityRef: 'component:default/cart',
        source: 'ci',
        facts: { coverage: 'high' },
      },
      'facts.coverage',
    ],
    [
      {
        entityRef: 'component:default/cart',
        source: 'ci',
        facts: { other: 1 },
      },
      'facts.other',
    ],
    [
      {
        entityRef: 'component:default/cart',
        source: 'ci',
        facts: {},
        extra: 1,
      },
      'extra',
    ],
  ])(
    'refuses bad fact pushes with 400 naming the field (%#)',
    async (body, field) => {
      const { server } = await startBackend();
      const res = await request(server)
        .post('/api/scorecards/facts')
        .set('Authorization', mockCredentials.service.header())
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(
        new RegExp(`^${field.replace('.', '\\.')}:`),
      );
    },
  );

  it('refuses oversized and malformed fact pushes', async () => {
    const { server } = await startBackend();
    const big = await request(server)
      .post('/api/scorecards/facts')
      .set('Authorization', mockCredentials.service.header())
      .send({
        entityRef: 'component:default/cart',
        source: 'ci',
        facts: { branch: 'x'.repeat(5000) },
      });
    expect(big.status).toBe(413);
    const broken = await request(server)
      .post('/api/scorecards/facts')
      .set('Authorization', mockCredentials.service.header())
      .set('Content-Type', 'application/json')
      .send('{"entityRef":');
    expect(broken.status).toBe(400);
  });

  it('denies users without the push permission', async () => {
    const { server } = await startBackend({ deny: true });
    const res = await request(server)
      .post('/api/scorecards/facts')
      .send({
        entityRef: 'component:default/cart',
        source: 'ci',
        facts: { coverage: 1 },
      });
    expect(res.status).toBe(403);
  });

  it('creates, lists and revokes exemptions with audit events', async () => {
    const { server, events } = await startBackend();
    await request(server).get(
      '/api/scorecards/entities/component/default/legacy',
    );
    const expiresAt = new Date(Date.now() + 7 * 86400000).toISOString();
    const created = await request(server)
      .post('/api/scorecards/exemptions')
      .send({
        entityRef: 'component:default/legacy',
        scorecardId: 'basics',
        checkId: 'description',
        reason: 'Retiring next quarter',
        expiresAt,
      });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      entityRef: 'component:default/legacy',
      checkId: 'description',
      createdBy: 'user:default/mock',
      expiresAt,
    });

    const entity = await request(server).get(
      '/api/scorecards/entities/component/default/legacy',
    );
    const check = entity.body.scorecards[0].checks[0];
    expect(check.state).toBe('fail');
    expect(check.exemption.id).toBe(created.body.id);

    const list = await request(server).get(
      '/api/scorecards/exemptions?entityRef=component:default/legacy',
    );
    expect(list.body.items.map((e: { id: string }) => e.id)).toEqual([
      created.body.id,
    ]);

    const removed = await request(server).delete(
      `/api/scorecards/exemptions/${created.body.id}`,
    );
    expect(removed.status).toBe(204);
    const again = await request(server).delete(
      `/api/scorecards/exemptions/${created.body.id}`,
    );
    expect(again.status).toBe(404);
    expect(events).toEqual([
      { eventId: 'exemption-create', outcome: 'success' },
      { eventId: 'exemption-revoke', outcome: 'success' },
    ]);
  });

  it.each([
    [
      { scorecardId: 'basics', checkId: 'description', reason: 'r' },
      'expiresAt',
    ],
    [
      {
        scorecardId: 'nope',
        checkId: 'description',
        reason: 'r',
        expiresAt: 'soon',
      },
      'expiresAt',
    ],
    [
      {
        scorecardId: 'nope',
        checkId: 'c',
        reason: 'r',
        expiresAt: '2030-01-01T00:00:00Z',
        days: 1,
      },
      'days',
    ],
    [
      {
        scorecardId: 'nope',
        checkId: 'c',
        reason: 'r',
        expiresAt: '2030-01-01T00:00:00Z',
        in: 1,
      },
      'in',
    ],
  ])('refuses bad exemption bodies (%#)', async (partial, field) => {
    const { server } = await startBackend();
    const res = await request(server)
      .post('/api/scorecards/exemptions')
      .send({ entityRef: 'component:default/cart', ...partial });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });

  it.each([
    [{ scorecardId: 'nope' }, 'scorecardId: unknown scorecard "nope"'],
    [{ checkId: 'nope' }, 'checkId: scorecard "basics" has no check "nope"'],
    [{ entityRef: 'no-kind' }, 'entityRef: not an entity ref'],
    [{ expiresAt: '2020-01-01T00:00:00Z' }, 'expiresAt: must be in the future'],
    [
      { expiresAt: new Date(Date.now() + 40 * 86400000).toISOString() },
      'expiresAt: must be within 30 days',
    ],
    [{ reason: '   ' }, 'reason:'],
  ])('validates exemption fields (%#)', async (override, message) => {
    const { server } = await startBackend();
    const res = await request(server)
      .post('/api/scorecards/exemptions')
      .send({
        entityRef: 'component:default/cart',
        scorecardId: 'basics',
        checkId: 'description',
        reason: 'r',
        expiresAt: new Date(Date.now() + 86400000).toISOString(),
        ...override,
      });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(message);
  });

  it('denies exemptions and refresh without permission', async () => {
    const { server } = await startBackend({ deny: true });
    const create = await request(server)
      .post('/api/scorecards/exemptions')
      .send({
        entityRef: 'component:default/cart',
        scorecardId: 'basics',
        checkId: 'description',
        reason: 'r',
        expiresAt: new Date(Date.now() + 86400000).toISOString(),
      });
    expect(create.status).toBe(403);
    expect(
      (await request(server).delete('/api/scorecards/exemptions/x')).status,
    ).toBe(403);
    expect(
      (
        await request(server).post(
          '/api/scorecards/refresh/component/default/cart',
        )
      ).status,
    ).toBe(403);
  });

  it('refreshes an entity', async () => {
    const { server } = await startBackend();
    const res = await request(server).post(
      '/api/scorecards/refresh/component/default/checkout',
    );
    expect(res.status).toBe(200);
    expect(res.body.scorecards[0].score).toBe(66.7);
    expect(res.body.scorecards[0].level).toEqual({
      id: 'bronze',
      title: 'Bronze',
    });
  });

  describe('roll-ups', () => {
    async function evaluated() {
      const started = await startBackend();
      for (const name of ['cart', 'checkout', 'legacy', 'secret']) {
        await request(started.server).post(
          `/api/scorecards/refresh/component/default/${name}`,
        );
      }
      return started;
    }

    it('rolls a group up through its child groups', async () => {
      const { server } = await evaluated();
      const res = await request(server).get(
        '/api/scorecards/rollups/group/default/platform',
      );
      expect(res.status).toBe(200);
      expect(res.body.target).toBe('group:default/platform');
      // legacy has a placeholder owner and no system: it belongs to nobody.
      expect(res.body.entityCount).toBe(3);
      const [card] = res.body.scorecards;
      expect(card).toMatchObject({ scorecardId: 'basics', entityCount: 3 });
      expect(card.levelDistribution).toEqual([
        { levelId: null, count: 1 },
        { levelId: 'bronze', count: 2 },
        { levelId: 'silver', count: 0 },
      ]);
      expect(card.mostFailingChecks[0]).toEqual({
        checkId: 'tags',
        title: 'Has tags',
        failing: 2,
      });

      const team = await request(server).get(
        '/api/scorecards/rollups/group/default/team-b',
      );
      expect(team.body.entityCount).toBe(1);
    });

    it('rolls up systems and domains', async () => {
      const { server } = await evaluated();
      const system = await request(server).get(
        '/api/scorecards/rollups/system/default/shop',
      );
      expect(system.body.entityCount).toBe(2);
      const domain = await request(server).get(
        '/api/scorecards/rollups/domain/default/commerce',
      );
      expect(domain.body.entityCount).toBe(2);
    });

    it('pages the drill-down and filters it by the caller', async () => {
      const { server } = await evaluated();
      const res = await request(server).get(
        '/api/scorecards/rollups/group/default/team-a/entities?scorecard=basics&orderBy=name&order=asc',
      );
      expect(res.body.totalCount).toBe(2);
      expect(
        res.body.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual(['component:default/cart', 'component:default/secret']);
      expect(res.body.items[0]).toMatchObject({
        title: 'Cart',
        kind: 'Component',
        ownerRef: 'group:default/team-a',
        level: { id: 'bronze', title: 'Bronze' },
        failingChecks: [],
      });

      const outsider = await request(server)
        .get(
          '/api/scorecards/rollups/group/default/team-a/entities?scorecard=basics',
        )
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/outsider'),
        );
      expect(
        outsider.body.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual(['component:default/cart']);
      // The total says nothing of the hidden entity either.
      expect(outsider.body.totalCount).toBe(1);

      // Hidden entities are left out before paging: the outsider's first
      // page of one is the entity they can read, whatever the sort order.
      const firstPage = await request(server)
        .get(
          '/api/scorecards/rollups/group/default/team-a/entities?scorecard=basics&orderBy=name&order=desc&limit=1',
        )
        .set(
          'Authorization',
          mockCredentials.user.header('user:default/outsider'),
        );
      expect(firstPage.body).toMatchObject({
        totalCount: 1,
        items: [{ entityRef: 'component:default/cart' }],
      });
    });

    it('exports CSV', async () => {
      const { server } = await evaluated();
      const res = await request(server).get(
        '/api/scorecards/rollups/system/default/shop/export.csv?scorecard=basics',
      );
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.text.split('\r\n')).toEqual([
        'entityRef,title,kind,ownerRef,scorecard,score,level,failingChecks',
        'component:default/cart,Cart,Component,group:default/team-a,basics,100,Bronze,',
        'component:default/checkout,,Component,group:default/team-b,basics,66.7,Bronze,tags',
        '',
      ]);
    });

    it('ranks teams on the leaderboard', async () => {
      const { server } = await evaluated();
      const res = await request(server).get(
        '/api/scorecards/leaderboard?scorecard=basics&groupType=team',
      );
      expect(
        res.body.items.map((i: { groupRef: string; averageScore: number }) => [
          i.groupRef,
          i.averageScore,
        ]),
      ).toEqual([
        ['group:default/team-b', 66.7],
        ['group:default/team-a', 50],
      ]);
    });

    it('returns roll-up history from daily snapshots', async () => {
      const { server } = await evaluated();
      const res = await request(server).get(
        '/api/scorecards/rollups/group/default/platform/history?scorecard=basics&days=7',
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ points: [] });
    });

    it.each([
      [
        '/rollups/user/default/x',
        'targetKind must be one of group, system, domain',
      ],
      [
        '/rollups/group/default/platform/entities',
        'Query parameter scorecard is required',
      ],
      [
        '/rollups/group/default/platform/entities?scorecard=nope',
        'unknown scorecard "nope"',
      ],
      [
        '/rollups/group/default/platform/entities?scorecard=basics&level=gold',
        'unknown level "gold"',
      ],
      [
        '/rollups/group/default/platform/entities?scorecard=basics&limit=0',
        'limit must be a whole number',
      ],
      [
        '/rollups/group/default/platform/entities?scorecard=basics&orderBy=x',
        'orderBy must be one of score, name',
      ],
      [
        '/rollups/group/default/platform/entities?scorecard=basics&offset=-1',
        'offset',
      ],
      [
        '/rollups/group/default/platform/history?scorecard=basics&days=9999',
        'days',
      ],
      [
        '/rollups/group/default/platform/entities?scorecard=basics&scorecard=x',
        'scorecard must be given once',
      ],
      ['/leaderboard', 'scorecard is required'],
      [
        '/entities/component/default/cart/history?scorecard=x',
        'unknown scorecard',
      ],
    ])('answers %s with 400', async (path, message) => {
      const { server } = await startBackend();
      const res = await request(server).get(`/api/scorecards${path}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(message);
    });
  });

  it('refuses to start with a bad definition, naming scorecard, check and key path', async () => {
    await expect(
      startBackend({
        config: {
          scorecards: {
            definitions: [
              {
                id: 'broken',
                title: 'Broken',
                levels: [{ id: 'l', title: 'L' }],
                checks: [
                  {
                    id: 'c1',
                    title: 'C',
                    level: 'l',
                    rule: { 'entity.kind': { $like: 'x' } },
                  },
                ],
              },
            ],
          },
        },
      }),
    ).rejects.toThrow(
      'scorecards.definitions: scorecard "broken", check "c1", rule.entity.kind.$like: unknown operator "$like"',
    );
  });
});
