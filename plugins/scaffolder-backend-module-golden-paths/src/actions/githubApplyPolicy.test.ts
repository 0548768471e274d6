import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import {
  GITHUB_TOKEN,
  createTestSetup,
  encodedForms,
} from '../__testUtils__/fixtures';
import {
  createStepRunner,
  recordRequests,
  writesOf,
} from '../__testUtils__/harness';
import { createGithubApplyPolicyAction } from './githubApplyPolicy';

const server = setupServer();
registerMswTestHooks(server);

const API = 'https://api.github.com';
const REPO = `${API}/repos/lumen-logistics/parcel-tracker`;
const repoUrl = 'github.com?owner=lumen-logistics&repo=parcel-tracker';

/** A stateful GitHub that can fail chosen requests once. */
function fakeGithub(failOnce: string[] = []) {
  const rulesets: Array<{ id: number; name: string }> = [];
  const failures = new Set(failOnce);
  const maybeFail = (key: string) => failures.delete(key);
  server.use(
    rest.put(`${REPO}/branches/:branch/protection`, (_req, res, ctx) =>
      maybeFail('protection') ? res(ctx.status(500)) : res(ctx.json({})),
    ),
    rest.patch(REPO, (_req, res, ctx) =>
      maybeFail('patch')
        ? res(ctx.status(500), ctx.json({ message: 'Server Error' }))
        : res(ctx.json({})),
    ),
    rest.put(`${REPO}/topics`, (_req, res, ctx) =>
      res(ctx.json({ names: [] })),
    ),
    rest.get(`${REPO}/rulesets`, (_req, res, ctx) => res(ctx.json(rulesets))),
    rest.post(`${REPO}/rulesets`, async (req, res, ctx) => {
      const body = await req.json();
      const created = { id: 100 + rulesets.length, name: body.name };
      rulesets.push(created);
      // The write lands but the answer is lost, as with a timeout.
      return maybeFail('ruleset-response')
        ? res(ctx.status(502))
        : res(ctx.json(created));
    }),
    rest.put(`${REPO}/rulesets/:id`, (req, res, ctx) =>
      res(ctx.json({ id: Number(req.params.id) })),
    ),
  );
  const requests = recordRequests(server);
  return { rulesets, requests };
}

function setup() {
  const fixture = createTestSetup();
  return createStepRunner(
    createGithubApplyPolicyAction({
      config: fixture.goldenPaths,
      integrations: fixture.integrations,
    }),
  );
}

const writes = writesOf;

describe('cairn:github:repo:apply-policy', () => {
  it('applies branch protection, repository settings and topics', async () => {
    const { requests } = fakeGithub();
    const { run } = setup();
    const ctx = await run({
      repoUrl,
      branchPolicy: 'standard',
      topics: ['golden-path'],
    });

    expect(requests.map(r => `${r.method} ${r.path}`)).toEqual([
      'PUT /repos/lumen-logistics/parcel-tracker/branches/main/protection',
      'PATCH /repos/lumen-logistics/parcel-tracker',
      'PUT /repos/lumen-logistics/parcel-tracker/topics',
    ]);
    expect(requests[0].headers.authorization).toBe(`token ${GITHUB_TOKEN}`);
    expect(requests[0].body).toEqual({
      required_status_checks: { strict: true, contexts: ['ci/build'] },
      enforce_admins: false,
      required_pull_request_reviews: {
        dismiss_stale_reviews: true,
        require_code_owner_reviews: true,
        required_approving_review_count: 1,
      },
      restrictions: null,
      required_linear_history: true,
      required_conversation_resolution: true,
      allow_force_pushes: false,
      allow_deletions: false,
    });
    expect(requests[1].body).toEqual({ delete_branch_on_merge: true });
    expect(requests[2].body).toEqual({ names: ['golden-path'] });
    expect(ctx.output).toHaveBeenCalledWith('applied', true);
  });

  it('makes no request at all in dry-run and outputs the plan', async () => {
    const { requests } = fakeGithub();
    const { run } = setup();
    const ctx = await run(
      { repoUrl, branchPolicy: 'strict', branch: 'trunk' },
      true,
    );

    expect(requests).toEqual([]);
    expect(ctx.output).toHaveBeenCalledWith('applied', false);
    expect(ctx.output).toHaveBeenCalledWith('plan', [
      {
        method: 'POST',
        path: '/repos/lumen-logistics/parcel-tracker/rulesets',
        description: 'Create or update ruleset cairn-strict on trunk',
      },
      {
        method: 'PATCH',
        path: '/repos/lumen-logistics/parcel-tracker',
        description: 'Set delete branch on merge to true',
      },
    ]);
  });

  it('does not repeat successful writes when a failed step is retried', async () => {
    const { requests } = fakeGithub(['patch']);
    const { run } = setup();
    const input = {
      repoUrl,
      branchPolicy: 'standard',
      topics: ['golden-path'],
    };

    await expect(run(input)).rejects.toThrow(
      'GitHub PATCH /repos/lumen-logistics/parcel-tracker failed',
    );
    await run(input);

    expect(writes(requests)).toEqual([
      'PUT /repos/lumen-logistics/parcel-tracker/branches/main/protection',
      'PATCH /repos/lumen-logistics/parcel-tracker',
      'PATCH /repos/lumen-logistics/parcel-tracker',
      'PUT /repos/lumen-logistics/parcel-tracker/topics',
    ]);
  });

  it('creates exactly one ruleset across retries', async () => {
    const { requests, rulesets } = fakeGithub(['patch']);
    const { run } = setup();
    const input = { repoUrl, branchPolicy: 'strict' };

    await expect(run(input)).rejects.toThrow();
    const ctx = await run(input);

    expect(rulesets).toEqual([{ id: 100, name: 'cairn-strict' }]);
    expect(writes(requests)).toEqual([
      'POST /repos/lumen-logistics/parcel-tracker/rulesets',
      'PATCH /repos/lumen-logistics/parcel-tracker',
      'PATCH /repos/lumen-logistics/parcel-tracker',
    ]);
    expect(ctx.output).toHaveBeenCalledWith('rulesetId', 100);
    const post = requests.find(r => r.method === 'POST')!;
    expect(post.body).toMatchObject({
      name: 'cairn-strict',
      enforcement: 'active',
      conditions: { ref_name: { include: ['refs/heads/main'], exclude: [] } },
    });
    expect((post.body as { rules: unknown[] }).rules).toContainEqual({
      type: 'required_status_checks',
      parameters: {
        strict_required_status_checks_policy: true,
        required_status_checks: [
          { context: 'ci/build' },
          { context: 'ci/security' },
        ],
      },
    });
  });

  it('updates the ruleset it created when the creating response was lost', async () => {
    const { requests, rulesets } = fakeGithub(['ruleset-response']);
    const { run } = setup();
    const input = { repoUrl, branchPolicy: 'strict' };

    await expect(run(input)).rejects.toThrow();
    await run(input);

    expect(rulesets).toHaveLength(1);
    expect(writes(requests)).toEqual([
      'POST /repos/lumen-logistics/parcel-tracker/rulesets',
      'PUT /repos/lumen-logistics/parcel-tracker/rulesets/100',
      'PATCH /repos/lumen-logistics/parcel-tracker',
    ]);
  });

  it('never lets the token reach logs, outputs or errors', async () => {
    fakeGithub(['protection']);
    const { run, logger } = setup();
    const error = await run({ repoUrl, branchPolicy: 'standard' }).catch(
      e => e,
    );
    const ctx = await run({ repoUrl, branchPolicy: 'standard', topics: ['a'] });

    const seen = JSON.stringify([
      logger.lines,
      (ctx.output as jest.Mock).mock.calls,
      String(error),
      error.stack,
      error.cause?.message,
    ]);
    for (const form of encodedForms(GITHUB_TOKEN)) {
      expect(seen).not.toContain(form);
    }
    expect(logger.lines.length).toBeGreaterThan(0);
  });

  it('names the offending field for bad input', async () => {
    const { run } = setup();
    await expect(run({ repoUrl, branchPolicy: 'nope' })).rejects.toThrow(
      'branchPolicy: unknown branch-policy set "nope" (known: standard, strict)',
    );
    await expect(
      run({
        repoUrl: 'dev.azure.com?organization=lumen&project=p&repo=r',
        branchPolicy: 'standard',
      }),
    ).rejects.toThrow('repoUrl: dev.azure.com is not a configured github');
    await expect(run({ branchPolicy: 'standard' })).rejects.toThrow(
      'repoUrl: a repoUrl is required',
    );
  });
});
