import { registerMswTestHooks } from '@backstage/backend-test-utils';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import {
  AZURE_TOKEN,
  createTestSetup,
  encodedForms,
} from '../__testUtils__/fixtures';
import {
  createStepRunner,
  recordRequests,
  writesOf,
} from '../__testUtils__/harness';
import {
  AZURE_POLICY_TYPES,
  createAzureApplyPolicyAction,
} from './azureApplyPolicy';

const server = setupServer();
registerMswTestHooks(server);

const BASE = 'https://dev.azure.com/lumen/commerce/_apis';
const repoUrl =
  'dev.azure.com?organization=lumen&project=commerce&repo=parcel-tracker';
const scope = [
  { repositoryId: 'repo-guid', refName: 'refs/heads/main', matchKind: 'exact' },
];

interface StoredPolicy {
  id: number;
  type: { id: string };
  settings: Record<string, unknown>;
}

/** A stateful Azure DevOps that can fail the nth policy write once. */
function fakeAzure(
  options: { failWrite?: number; existing?: StoredPolicy[] } = {},
) {
  const policies: StoredPolicy[] = [...(options.existing ?? [])];
  let writes = 0;
  let failed = false;
  const failNow = () => {
    writes += 1;
    if (!failed && writes === options.failWrite) {
      failed = true;
      return true;
    }
    return false;
  };
  server.use(
    rest.get(`${BASE}/git/repositories/parcel-tracker`, (_req, res, ctx) =>
      res(ctx.json({ id: 'repo-guid', name: 'parcel-tracker' })),
    ),
    rest.get(`${BASE}/git/repositories/:repo`, (_req, res, ctx) =>
      res(ctx.status(404), ctx.json({ message: 'TF401019' })),
    ),
    rest.get(`${BASE}/git/policy/configurations`, (req, res, ctx) => {
      const type = req.url.searchParams.get('policyType');
      const value = policies.filter(p => p.type.id === type);
      return res(ctx.json({ count: value.length, value }));
    }),
    rest.post(`${BASE}/policy/configurations`, async (req, res, ctx) => {
      if (failNow()) return res(ctx.status(503), ctx.text('busy'));
      const body = await req.json();
      const saved = { ...body, id: policies.length + 1 };
      policies.push(saved);
      return res(ctx.json(saved));
    }),
    rest.put(`${BASE}/policy/configurations/:id`, async (req, res, ctx) => {
      if (failNow()) return res(ctx.status(503));
      const body = await req.json();
      const index = policies.findIndex(p => p.id === Number(req.params.id));
      policies[index] = { ...body, id: Number(req.params.id) };
      return res(ctx.json(policies[index]));
    }),
  );
  return { policies, requests: recordRequests(server) };
}

function setup() {
  const fixture = createTestSetup();
  return createStepRunner(
    createAzureApplyPolicyAction({
      config: fixture.goldenPaths,
      integrations: fixture.integrations,
    }),
  );
}

const writes = writesOf;

describe('cairn:azure:repo:apply-policy', () => {
  it('creates one blocking policy per rule of the set', async () => {
    const { requests, policies } = fakeAzure();
    const { run } = setup();
    const ctx = await run({ repoUrl, branchPolicy: 'standard' });

    const basic = Buffer.from(`:${AZURE_TOKEN}`).toString('base64');
    expect(
      requests.every(r => r.headers.authorization === `Basic ${basic}`),
    ).toBe(true);
    expect(requests[0].path).toBe(
      '/lumen/commerce/_apis/git/repositories/parcel-tracker?api-version=7.1',
    );
    expect(writes(requests)).toEqual(
      Array(5).fill(
        'POST /lumen/commerce/_apis/policy/configurations?api-version=7.1',
      ),
    );
    expect(policies.map(p => p.type.id)).toEqual([
      AZURE_POLICY_TYPES.minimumReviewers,
      AZURE_POLICY_TYPES.build,
      AZURE_POLICY_TYPES.commentRequirements,
      AZURE_POLICY_TYPES.workItemLinking,
      AZURE_POLICY_TYPES.mergeStrategy,
    ]);
    expect(requests.find(r => r.method === 'POST')!.body).toEqual({
      isEnabled: true,
      isBlocking: true,
      type: { id: AZURE_POLICY_TYPES.minimumReviewers },
      settings: {
        minimumApproverCount: 1,
        creatorVoteCounts: false,
        allowDownvotes: false,
        resetOnSourcePush: true,
        scope,
      },
    });
    expect(policies[1].settings).toEqual({
      buildDefinitionId: 42,
      queueOnSourceUpdateOnly: true,
      manualQueueOnly: false,
      displayName: null,
      validDuration: 720,
      scope,
    });
    expect(policies[4].settings).toMatchObject({
      allowSquash: true,
      allowRebase: true,
      allowNoFastForward: false,
    });
    expect(ctx.output).toHaveBeenCalledWith('policyIds', [1, 2, 3, 4, 5]);
    expect(ctx.output).toHaveBeenCalledWith('unsupported', [
      'requireCodeOwnerReview (needs reviewer identity ids)',
      'requiredStatusChecks (use azure.buildDefinitionIds for build validation)',
      'deleteBranchOnMerge (a pull request completion option)',
    ]);
  });

  it('updates an existing policy of the same type instead of adding one', async () => {
    const { requests, policies } = fakeAzure({
      existing: [
        {
          id: 9,
          type: { id: AZURE_POLICY_TYPES.minimumReviewers },
          settings: { minimumApproverCount: 0 },
        },
      ],
    });
    const { run } = setup();
    await run({ repoUrl, branchPolicy: 'standard' });

    expect(writes(requests)[0]).toBe(
      'PUT /lumen/commerce/_apis/policy/configurations/9?api-version=7.1',
    );
    expect(policies).toHaveLength(5);
    expect(policies[0].settings.minimumApproverCount).toBe(1);
  });

  it('makes no request in dry-run and outputs the plan', async () => {
    const { requests } = fakeAzure();
    const { run } = setup();
    const ctx = await run({ repoUrl, branchPolicy: 'standard' }, true);

    expect(requests).toEqual([]);
    expect(ctx.output).toHaveBeenCalledWith('applied', false);
    expect(ctx.output).toHaveBeenCalledWith(
      'plan',
      expect.arrayContaining([
        {
          policyType: AZURE_POLICY_TYPES.build,
          description: 'Require build definition 42 to pass',
        },
      ]),
    );
  });

  it('writes each policy exactly once when a failed step is retried', async () => {
    const { requests, policies } = fakeAzure({ failWrite: 3 });
    const { run } = setup();
    const input = { repoUrl, branchPolicy: 'standard' };

    await expect(run(input)).rejects.toThrow(
      'Azure DevOps POST /policy/configurations failed',
    );
    await run(input);

    expect(policies).toHaveLength(5);
    expect(new Set(policies.map(p => p.type.id)).size).toBe(5);
    // Two writes before the failure, the failed one, then the three left.
    expect(writes(requests)).toHaveLength(6);
  });

  it('never lets the token reach logs, outputs or errors', async () => {
    fakeAzure({ failWrite: 1 });
    const { run, logger } = setup();
    const error = await run({ repoUrl, branchPolicy: 'standard' }).catch(
      e => e,
    );
    const ctx = await run({ repoUrl, branchPolicy: 'standard' });

    const seen = JSON.stringify([
      logger.lines,
      (ctx.output as jest.Mock).mock.calls,
      String(error),
      error.stack,
      JSON.stringify(error.cause ?? {}),
    ]);
    for (const form of encodedForms(AZURE_TOKEN)) {
      expect(seen).not.toContain(form);
    }
  });

  it('names the offending field for bad input', async () => {
    fakeAzure();
    const { run } = setup();
    await expect(
      run({
        repoUrl: 'dev.azure.com?organization=lumen&project=commerce&repo=ghost',
        branchPolicy: 'standard',
      }),
    ).rejects.toThrow(
      'repoUrl: repository lumen/commerce/ghost does not exist',
    );
    await expect(
      run({ repoUrl: 'github.com?owner=o&repo=r', branchPolicy: 'standard' }),
    ).rejects.toThrow('repoUrl: github.com is not a configured azure');
    await expect(run({ repoUrl, branchPolicy: 'gold' })).rejects.toThrow(
      'branchPolicy: unknown branch-policy set "gold"',
    );
  });
});
