import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { CatalogServiceRequestOptions } from '@backstage/plugin-catalog-node';
import request from 'supertest';
import { ownershipPlugin } from '../plugin';
import {
  DENIED,
  fixturePermissions,
  OUTSIDER,
  permissionedCatalog,
} from '../__testUtils__/catalog';

const config = {
  ownership: {
    placeholderOwners: ['unknown', 'guest', 'tbd'],
    fallbackOwner: 'group:default/company',
    staleness: { confirmationMaxAgeDays: 365 },
  },
};

async function startServer() {
  const catalog = permissionedCatalog();
  const { server } = await startTestBackend({
    features: [
      ownershipPlugin,
      catalog.factory,
      fixturePermissions().factory,
      mockServices.rootConfig.factory({ data: config }),
      // Requests without a token get no credentials, as in a real backend.
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
    ],
  });
  return { server, catalog };
}

const asUser = mockCredentials.user.header('user:default/alice');
const asOutsider = mockCredentials.user.header(OUTSIDER);

describe('ownership router', () => {
  let server: Awaited<ReturnType<typeof startServer>>['server'];
  let catalog: Awaited<ReturnType<typeof startServer>>['catalog'];

  beforeAll(async () => {
    ({ server, catalog } = await startServer());
  });

  const get = (path: string, auth: string | null = asUser) => {
    const req = request(server).get(`/api/ownership${path}`);
    return auth ? req.set('Authorization', auth) : req;
  };

  describe('GET /entities/:kind/:namespace/:name', () => {
    it('answers owner, provenance, chain, contacts and index age', async () => {
      const res = await get('/entities/component/default/web');

      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        entityRef: 'component:default/web',
        title: 'Web Shop',
        owner: {
          ref: 'group:default/team-a',
          email: 'team-a@example.com',
          chatUrl: 'https://chat.example.com/team-a',
        },
        provenanceText: 'direct',
        confirmedAt: '2020-01-01',
      });
      expect(res.body.chain.steps.map((s: { ref: string }) => s.ref)).toEqual([
        'group:default/team-a',
        'group:default/engineering',
        'group:default/company',
      ]);
      expect(res.body.contacts.leads).toEqual([
        expect.objectContaining({ ref: 'user:default/alice' }),
      ]);
      expect(
        res.body.contacts.members.map((m: { ref: string }) => m.ref),
      ).toEqual(['user:default/alice', 'user:default/bob']);
      expect(res.body.staleness.map((f: { type: string }) => f.type)).toEqual([
        'confirmation_expired',
      ]);
      expect(res.body.index.entityCount).toBe(25);
      expect(res.body.index.ageSeconds).toBeGreaterThanOrEqual(0);
      expect(res.body.onCall).toEqual([
        expect.objectContaining({
          provider: 'pagerduty',
          status: 'not_configured',
        }),
        expect.objectContaining({
          provider: 'opsgenie',
          status: 'not_configured',
        }),
      ]);
    });

    it('inherits a placeholder-owned component from its system', async () => {
      const res = await get('/entities/Component/default/cart');
      expect(res.status).toBe(200);
      expect(res.body.owner.ref).toBe('group:default/team-a');
      expect(res.body.provenanceText).toBe('system:system:default/shop');
      expect(res.body.staleness[0].type).toBe('placeholder_owner');
    });

    it('falls through a dangling owner and an orphan system to the domain', async () => {
      const res = await get('/entities/component/default/fraud');
      expect(res.body.owner.ref).toBe('group:default/engineering');
      expect(res.body.provenance).toEqual({
        type: 'domain',
        ref: 'domain:default/commerce',
      });
      expect(res.body.staleness[0].type).toBe('dangling_owner');
    });

    it('uses the fallback owner for a template without owner', async () => {
      const res = await get('/entities/template/default/new-service');
      expect(res.body.owner.ref).toBe('group:default/company');
      expect(res.body.provenanceText).toBe('fallback');
    });

    it('flags an owner group without members and a user in no group', async () => {
      const empty = await get('/entities/component/default/forecast');
      expect(empty.body.staleness.map((f: { type: string }) => f.type)).toEqual(
        ['owner_group_without_members'],
      );
      const bot = await get('/entities/component/default/bot');
      expect(bot.body.owner).toMatchObject({ kind: 'User' });
      expect(bot.body.staleness.map((f: { type: string }) => f.type)).toEqual([
        'owner_user_without_group',
      ]);
    });

    it('ends a cyclic escalation chain with truncated', async () => {
      const res = await get('/entities/component/default/looped');
      expect(res.status).toBe(200);
      expect(res.body.chain).toMatchObject({
        truncated: true,
        reason: 'cycle',
      });
      expect(res.body.chain.steps).toHaveLength(2);
    });

    it('answers how to reach a group itself on its own page', async () => {
      const res = await get('/entities/group/default/team-a');
      expect(res.status).toBe(200);
      expect(res.body.owner).toBeUndefined();
      expect(res.body.contacts.email).toBe('team-a@example.com');
      expect(res.body.chain.steps[0].ref).toBe('group:default/team-a');

      const user = await get('/entities/user/default/bob');
      expect(user.body.chain.steps[0].ref).toBe('group:default/team-a');
    });

    it('answers 404 for an unknown entity', async () => {
      const res = await get('/entities/component/default/nope');
      expect(res.status).toBe(404);
    });

    it('answers 400 naming the bad part of the ref', async () => {
      const res = await get('/entities/component/default/bad name!');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/name/);
      const kind = await get('/entities/9kind/default/web');
      expect(kind.body.error.message).toMatch(/kind/);
    });

    it('answers 401 without credentials', async () => {
      const res = await get('/entities/component/default/web', null);
      expect(res.status).toBe(401);
    });

    it('hides an entity the user may not read, exactly like a missing one', async () => {
      const hidden = await get(
        '/entities/component/default/secret-sauce',
        asOutsider,
      );
      const missing = await get('/entities/component/default/nope', asOutsider);
      expect(hidden.status).toBe(404);
      expect(hidden.body.error.message).toBe(
        'No entity component:default/secret-sauce',
      );
      expect(missing.status).toBe(404);
      const allowed = await get('/entities/component/default/secret-sauce');
      expect(allowed.status).toBe(200);
    });

    it('says nothing about a hidden system an owner was inherited from', async () => {
      const allowed = await get('/entities/component/default/public-part');
      expect(allowed.body.provenanceText).toBe(
        'system:system:default/secret-system',
      );

      const res = await get(
        '/entities/component/default/public-part',
        asOutsider,
      );
      expect(res.status).toBe(200);
      expect(res.body.owner).toBeUndefined();
      expect(res.body.provenance).toEqual({ type: 'none' });
      expect(res.body.chain.steps).toEqual([]);
      expect(JSON.stringify(res.body)).not.toContain('secret-system');

      const search = await get('/search?q=public-part', asOutsider);
      expect(search.body.items[0]).toMatchObject({
        entityRef: 'component:default/public-part',
        provenance: { type: 'none' },
      });
      expect(search.body.items[0].owner).toBeUndefined();
    });

    it('says nothing to a user the policy denies catalog reads', async () => {
      const asDenied = mockCredentials.user.header(DENIED);
      catalog.getEntitiesByRefs.mockClear();
      expect(
        (await get('/entities/component/default/web', asDenied)).status,
      ).toBe(404);
      expect((await get('/search?q=web', asDenied)).body.items).toEqual([]);
      expect((await get('/report', asDenied)).body.totalCount).toBe(0);
      expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
    });

    it('skips the catalog call when the policy allows all reads', async () => {
      catalog.getEntitiesByRefs.mockClear();
      expect((await get('/entities/component/default/web')).status).toBe(200);
      expect(catalog.getEntitiesByRefs).not.toHaveBeenCalled();
    });

    it("asks the catalog once, on the caller's behalf", async () => {
      catalog.getEntitiesByRefs.mockClear();
      await get('/entities/component/default/web', asOutsider);
      expect(catalog.getEntitiesByRefs).toHaveBeenCalledTimes(1);
      const [, options] = catalog.getEntitiesByRefs.mock.calls[0];
      expect(
        (options as CatalogServiceRequestOptions).credentials.principal,
      ).toMatchObject({
        userEntityRef: OUTSIDER,
      });
    });
  });

  describe('GET /search', () => {
    it('finds by repository slug with owner inline', async () => {
      const res = await get('/search?q=web-shop');
      expect(res.status).toBe(200);
      expect(res.body.items[0]).toMatchObject({
        entityRef: 'component:default/web',
        matchedOn: 'github.com/project-slug',
        owner: { ref: 'group:default/team-a', email: 'team-a@example.com' },
      });
      expect(res.body.index.entityCount).toBe(25);
    });

    it('ranks an exact name before partial matches', async () => {
      const res = await get('/search?q=web');
      expect(
        res.body.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual(['component:default/web', 'api:default/web-api']);
    });

    it('leaves out entities the user may not read', async () => {
      const allowed = await get('/search?q=sauce');
      expect(allowed.body.items).toHaveLength(1);
      const hidden = await get('/search?q=sauce', asOutsider);
      expect(hidden.body.items).toEqual([]);
    });

    it('rejects a missing query and answers 401 without credentials', async () => {
      const res = await get('/search');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/'q'/);
      expect((await get('/search?q=web', null)).status).toBe(401);
    });
  });

  describe('GET /groups/:namespace/:name/owned', () => {
    it('lists what a group owns through its descendants', async () => {
      const res = await get('/groups/default/engineering/owned');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        groupRef: 'group:default/engineering',
        transitive: true,
        groupCount: 4,
        truncated: false,
      });
      const refs = res.body.items.map(
        (i: { entityRef: string }) => i.entityRef,
      );
      expect(refs).toEqual(
        expect.arrayContaining([
          'component:default/web',
          'component:default/cart',
          'component:default/fraud',
          'api:default/web-api',
          'domain:default/commerce',
        ]),
      );
      expect(res.body.totalCount).toBe(refs.length);
    });

    it('can stay with direct ownership, filter by kind and page', async () => {
      const direct = await get(
        '/groups/default/engineering/owned?transitive=false',
      );
      expect(
        direct.body.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual([
        'component:default/fraud',
        'domain:default/commerce',
        'system:default/orphan-system',
      ]);

      const apis = await get('/groups/default/engineering/owned?kind=API');
      expect(apis.body.totalCount).toBe(1);

      const page = await get(
        '/groups/default/engineering/owned?limit=2&offset=1',
      );
      expect(page.body.items).toHaveLength(2);
      expect(page.body.totalCount).toBeGreaterThan(3);
    });

    it('does not count hidden entities', async () => {
      const all = await get('/groups/default/team-b/owned');
      const outsider = await get('/groups/default/team-b/owned', asOutsider);
      // secret-sauce and secret-system are hidden from the outsider.
      expect(all.body.totalCount).toBe(outsider.body.totalCount + 2);
    });

    it('answers 404, 400 and 401', async () => {
      expect((await get('/groups/default/nope/owned')).status).toBe(404);
      expect(
        (await get('/groups/default/team-a/owned?transitive=yes')).status,
      ).toBe(400);
      expect((await get('/groups/default/team-a/owned', null)).status).toBe(
        401,
      );
    });
  });

  describe('GET /report', () => {
    it('counts and lists stale ownership', async () => {
      const res = await get('/report');
      expect(res.status).toBe(200);
      expect(res.body.counts).toMatchObject({
        placeholder_owner: 3,
        dangling_owner: 1,
        owner_group_without_members: 1,
        owner_user_without_group: 1,
        confirmation_expired: 1,
      });
      expect(
        res.body.items.map((i: { entityRef: string }) => i.entityRef),
      ).toContain('component:default/cart');
    });

    it('filters by group and kind', async () => {
      const res = await get(
        '/report?group=group:default/team-a&kind=component',
      );
      expect(
        res.body.items.map((i: { entityRef: string }) => i.entityRef),
      ).toEqual(['component:default/cart', 'component:default/web']);
    });

    it('answers 400, 404 and 401', async () => {
      expect((await get('/report?group=component:default/web')).status).toBe(
        400,
      );
      expect((await get('/report?group=group:default/nope')).status).toBe(404);
      expect((await get('/report', null)).status).toBe(401);
    });
  });

  describe('malformed input', () => {
    const badSegments = [
      '',
      ' ',
      '%20',
      'a%2Fb',
      '..',
      '.',
      '-',
      '_x',
      'x_',
      'a..b',
      '%00',
      '%ZZ',
      '%',
      'a%',
      '%E0%A4%A',
      'x'.repeat(64),
      'x'.repeat(300),
      'a b',
      '<script>',
      "'or'1'='1",
      '%27%22',
      'ünïcödé',
      '😀',
      'a:b',
      'a@b',
      'a#b',
      '{}',
      '[]',
      'null',
      '\\',
      'a%5Cb',
      '~',
      '$',
      '*',
    ];
    const paths: string[] = [];
    // Characters an HTTP client cannot send raw are percent-encoded; the
    // rest, including broken percent escapes, go out as they are.
    const segments = badSegments.map(s =>
      /[^\x21-\x7e]/.test(s) ? encodeURIComponent(s) : s,
    );
    for (const bad of segments) {
      paths.push(`/entities/${bad}/default/web`);
      paths.push(`/entities/component/${bad}/web`);
      paths.push(`/entities/component/default/${bad}`);
      paths.push(`/groups/${bad}/team-a/owned`);
      paths.push(`/groups/default/${bad}/owned`);
      paths.push(`/search?q=${bad}`);
      paths.push(`/report?group=${bad}`);
      paths.push(`/report?kind=${bad}`);
      paths.push(`/groups/default/team-a/owned?kind=${bad}&limit=${bad}`);
    }
    for (const p of ['limit', 'offset']) {
      for (const v of ['-1', '0.5', '1e3', 'abc', '99999999999', '0x10']) {
        paths.push(`/groups/default/team-a/owned?${p}=${v}`);
        paths.push(`/report?${p}=${v}`);
      }
    }
    paths.push('/search?q=a&q=b', '/search?q[x]=1', '/report?kind[]=a');
    paths.push(`/search?q=${'q'.repeat(500)}`, '/search?q=web&limit=1000');

    it(`never answers 500 (${paths.length} requests)`, async () => {
      expect(paths.length).toBeGreaterThanOrEqual(200);
      const failures: string[] = [];
      for (const path of paths) {
        const res = await get(path);
        if (res.status >= 500) {
          failures.push(`${res.status} ${path}`);
        }
      }
      expect(failures).toEqual([]);
    }, 60_000);

    it('answers 400 for bad query numbers with the key named', async () => {
      const res = await get('/report?limit=abc');
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/'limit'/);
    });
  });
});
