import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { JsonObject } from '@backstage/types';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import {
  GITHUB_TOKEN,
  createTestSetup,
  encodedForms,
  findEntity,
} from '../__testUtils__/fixtures';
import { recordRequests } from '../__testUtils__/harness';
import { createPolicyValidateAction } from './policyValidate';

const server = setupServer();
registerMswTestHooks(server);

const GITHUB_REPO = 'https://api.github.com/repos/:owner/:repo';
const AZURE_REPO =
  'https://dev.azure.com/:org/:project/_apis/git/repositories/:repo';

function setup(existingRepos: string[] = []) {
  const fixture = createTestSetup();
  const action = createPolicyValidateAction({
    config: fixture.goldenPaths,
    catalog: fixture.catalog,
    auth: fixture.auth,
    integrations: fixture.integrations,
  });
  server.use(
    rest.get(GITHUB_REPO, (req, res, ctx) =>
      existingRepos.includes(`${req.params.owner}/${req.params.repo}`)
        ? res(ctx.json({ id: 1, name: req.params.repo }))
        : res(ctx.status(404), ctx.json({ message: 'Not Found' })),
    ),
    rest.get(AZURE_REPO, (req, res, ctx) =>
      existingRepos.includes(`${req.params.project}/${req.params.repo}`)
        ? res(ctx.json({ id: 'r-1', name: req.params.repo }))
        : res(ctx.status(404), ctx.json({ message: 'not found' })),
    ),
  );
  const requests = recordRequests(server);
  const user = (name: string) => {
    const entity = findEntity(fixture.entities, 'User', name);
    return {
      entity: entity as Entity & { kind: 'User' },
      ref: `user:default/${name}`,
    };
  };
  async function run(
    input: JsonObject,
    options: { as?: string; dryRun?: boolean } = {},
  ) {
    const ctx = {
      ...createMockActionContext({
        input,
        user: user(options.as ?? 'guest') as never,
      }),
      isDryRun: options.dryRun,
    };
    await action.handler(ctx as never);
    return ctx;
  }
  return { action, run, requests };
}

const valid = {
  policy: 'service',
  name: 'parcel-tracker',
  owner: 'group:default/team-checkout',
  system: 'storefront',
  lifecycle: 'experimental',
  target: { provider: 'github', organization: 'lumen-logistics' },
};

describe('cairn:policy:validate', () => {
  it('accepts a request that follows the policy and outputs normalised values', async () => {
    const { run, requests } = setup();
    const ctx = await run({ ...valid, owner: 'team-checkout' });

    expect(ctx.output).toHaveBeenCalledWith('name', 'parcel-tracker');
    expect(ctx.output).toHaveBeenCalledWith(
      'ownerRef',
      'group:default/team-checkout',
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'systemRef',
      'system:default/storefront',
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'repoUrl',
      'github.com?owner=lumen-logistics&repo=parcel-tracker',
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'repoSlug',
      'lumen-logistics/parcel-tracker',
    );
    expect(ctx.output).toHaveBeenCalledWith('branchPolicy', 'standard');
    expect(requests.map(r => `${r.method} ${r.url}`)).toEqual([
      'GET https://api.github.com/repos/lumen-logistics/parcel-tracker',
    ]);
  });

  it('lets a member of an ancestor group create for a team below it', async () => {
    const { run } = setup();
    const ctx = await run(valid, { as: 'omar.haddad' });
    expect(ctx.output).toHaveBeenCalledWith(
      'ownerRef',
      'group:default/team-checkout',
    );
  });

  it('only reads in dry-run and still checks everything', async () => {
    const { run, requests } = setup();
    const ctx = await run(valid, { dryRun: true });
    expect(ctx.output).toHaveBeenCalledWith('name', 'parcel-tracker');
    expect(requests.every(r => r.method === 'GET')).toBe(true);
    await expect(
      run({ ...valid, name: 'Bad' }, { dryRun: true }),
    ).rejects.toThrow(/name: "Bad" does not follow the naming rule/);
  });

  it('reports every violation at once in one message', async () => {
    const { run } = setup();
    const error = await run({
      ...valid,
      name: 'Admin',
      owner: 'group:default/team-payments',
      system: 'storefront',
      lifecycle: 'deprecated',
      target: { provider: 'github', organization: 'lumen-data' },
    }).catch(e => e);

    expect(error.name).toBe('InputError');
    expect(error.message).toBe(
      [
        'The request breaks golden-path policy "service":',
        '- name: "Admin" does not follow the naming rule: lower-case words joined by single hyphens',
        '- name: "Admin" is a reserved word',
        '- owner: user:default/guest is not a member of group:default/team-payments or of a group above it',
        '- target.organization: group:default/team-payments may not create repositories in GitHub organisation "lumen-data" (allowed: lumen-logistics)',
        '- system: system:default/storefront belongs to group:default/team-checkout, not to group:default/team-payments or a group above it',
        '- lifecycle: "deprecated" is not allowed (allowed: experimental, production)',
      ].join('\n'),
    );
  });

  it.each([
    ['ab', 'is shorter than 3 characters'],
    ['a'.repeat(41), 'is longer than 40 characters'],
    ['test', 'is a reserved word'],
    ['double--hyphen', 'does not follow the naming rule'],
    ['-leading', 'does not follow the naming rule'],
    ['under_score', 'does not follow the naming rule'],
  ])('rejects the name %s', async (name, message) => {
    const { run } = setup();
    await expect(run({ ...valid, name })).rejects.toThrow(
      new RegExp(`- name: "${name}" ${message}`),
    );
  });

  it('rejects a name already used in the catalog or by a repository', async () => {
    const { run } = setup(['lumen-logistics/parcel-tracker']);
    await expect(run({ ...valid, name: 'cart-service' })).rejects.toThrow(
      '- name: "cart-service" is already used in the catalog by component:default/cart-service',
    );
    await expect(run(valid)).rejects.toThrow(
      '- name: a repository named "parcel-tracker" already exists in GitHub organisation "lumen-logistics"',
    );
  });

  it('rejects owners that are missing or not groups', async () => {
    const { run } = setup();
    await expect(run({ ...valid, owner: 'team-growth' })).rejects.toThrow(
      '- owner: group:default/team-growth does not exist in the catalog',
    );
    await expect(
      run({ ...valid, owner: 'user:default/guest' }),
    ).rejects.toThrow('- owner: user:default/guest is a User, not a Group');
    await expect(run({ ...valid, owner: 'kind:' })).rejects.toThrow(
      '- owner: "kind:" is not an entity ref',
    );
  });

  it('rejects a run without a known user when membership is required', async () => {
    const fixture = createTestSetup();
    const action = createPolicyValidateAction({
      config: fixture.goldenPaths,
      catalog: fixture.catalog,
      auth: fixture.auth,
      integrations: fixture.integrations,
    });
    server.use(rest.get(GITHUB_REPO, (_req, res, ctx) => res(ctx.status(404))));
    await expect(
      action.handler(createMockActionContext({ input: valid }) as never),
    ).rejects.toThrow('- owner: membership cannot be checked');
  });

  it('checks Azure DevOps projects and repositories', async () => {
    const { run, requests } = setup(['commerce/taken-repo']);
    const ctx = await run({
      ...valid,
      target: { provider: 'azure', organization: 'lumen', project: 'commerce' },
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'repoUrl',
      'dev.azure.com?organization=lumen&project=commerce&repo=parcel-tracker',
    );
    expect(requests.map(r => `${r.method} ${r.url}`)).toEqual([
      'GET https://dev.azure.com/lumen/commerce/_apis/git/repositories/parcel-tracker?api-version=7.1',
    ]);

    await expect(
      run({
        ...valid,
        target: {
          provider: 'azure',
          organization: 'lumen',
          project: 'insights',
        },
      }),
    ).rejects.toThrow(
      '- target.project: group:default/team-checkout may not create repositories in Azure DevOps project "lumen/insights" (allowed: lumen/commerce)',
    );
    await expect(
      run({ ...valid, target: { provider: 'azure', organization: 'lumen' } }),
    ).rejects.toThrow('- target.project: an Azure DevOps project is required');
    await expect(
      run({
        ...valid,
        name: 'taken-repo',
        target: {
          provider: 'azure',
          organization: 'lumen',
          project: 'commerce',
        },
      }),
    ).rejects.toThrow('a repository named "taken-repo" already exists');
  });

  it('validates access requests: owner membership and the resource', async () => {
    const { run, requests } = setup();
    const ctx = await run({
      policy: 'access-request',
      owner: 'team-checkout',
      resource: 'cart-db',
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'resourceRef',
      'resource:default/cart-db',
    );
    expect(requests).toEqual([]);
    await expect(
      run({
        policy: 'access-request',
        owner: 'team-checkout',
        resource: 'nope',
      }),
    ).rejects.toThrow(
      '- resource: resource:default/nope does not exist in the catalog',
    );
  });

  it('fails clearly, without the token, when the SCM cannot be asked', async () => {
    const { run } = setup();
    server.use(
      rest.get(GITHUB_REPO, (_req, res, ctx) =>
        res(ctx.status(500), ctx.json({ message: 'boom' })),
      ),
    );
    const error = await run(valid).catch(e => e);
    expect(error.message).toMatch(
      /^Could not check whether "parcel-tracker" exists in GitHub organisation "lumen-logistics"/,
    );
    const seen = JSON.stringify([String(error), error.stack, error.cause]);
    for (const form of encodedForms(GITHUB_TOKEN)) {
      expect(seen).not.toContain(form);
    }
  });

  it.each<[JsonObject, string | undefined]>([
    [{ accessLevel: 'read', durationDays: 90 }, undefined],
    [{ accessLevel: 'admin', durationDays: 7 }, undefined],
    [
      { accessLevel: 'admin', durationDays: 30 },
      '- durationDays: admin access is granted for at most 7 days, asked for 30',
    ],
    [
      { accessLevel: 'admin' },
      '- durationDays: admin access is granted for at most 7 days, asked for no limit',
    ],
    [
      { accessLevel: 'root', durationDays: 1 },
      '- accessLevel: "root" is not allowed (allowed: read, write, admin)',
    ],
  ])('checks access levels and durations: %j', async (access, message) => {
    const { run } = setup();
    const outcome = await run({
      policy: 'access-request',
      owner: 'team-checkout',
      resource: 'cart-db',
      ...access,
    }).then(
      () => 'accepted',
      (error: Error) => error.message,
    );
    expect(outcome).toContain(message ?? 'accepted');
  });

  it('names the policy field when the policy is unknown', async () => {
    const { run } = setup();
    await expect(run({ ...valid, policy: 'nope' })).rejects.toThrow(
      'policy: unknown golden-path policy "nope" (known: service, access-request)',
    );
  });
});
