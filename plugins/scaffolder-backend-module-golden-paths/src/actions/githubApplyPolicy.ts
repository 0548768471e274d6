import { ForwardedError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { Octokit } from '@octokit/rest';
import { requireBranchPolicySet } from '../config/lookup';
import { BranchPolicySet, GoldenPathsConfig } from '../config/types';
import { parseProviderRepoUrl } from '../lib/repository';
import { createGithubClient } from '../lib/scm';
import { examples } from './githubApplyPolicy.examples';

/**
 * Options for {@link createGithubApplyPolicyAction}.
 *
 * @public
 */
export interface GithubApplyPolicyActionOptions {
  /** The validated `goldenPaths` config. */
  config: GoldenPathsConfig;
  /** SCM integrations, for hosts and credentials. */
  integrations: ScmIntegrationRegistry;
}

type PlannedRequest = {
  key: string;
  method: 'PUT' | 'PATCH' | 'POST';
  path: string;
  description: string;
  body: Record<string, unknown>;
};

function rulesetName(set: BranchPolicySet) {
  return `cairn-${set.name}`;
}

function protectionBody(set: BranchPolicySet) {
  return {
    required_status_checks:
      set.requiredStatusChecks.length > 0
        ? { strict: true, contexts: set.requiredStatusChecks }
        : null,
    enforce_admins: set.github.enforceAdmins,
    required_pull_request_reviews: {
      dismiss_stale_reviews: set.dismissStaleReviews,
      require_code_owner_reviews: set.requireCodeOwnerReview,
      required_approving_review_count: set.requiredApprovals,
    },
    restrictions: null,
    required_linear_history: set.requireLinearHistory,
    required_conversation_resolution: set.requireConversationResolution,
    allow_force_pushes: false,
    allow_deletions: false,
  };
}

function rulesetBody(set: BranchPolicySet, branch: string) {
  const rules: Array<Record<string, unknown>> = [
    { type: 'deletion' },
    { type: 'non_fast_forward' },
    {
      type: 'pull_request',
      parameters: {
        required_approving_review_count: set.requiredApprovals,
        dismiss_stale_reviews_on_push: set.dismissStaleReviews,
        require_code_owner_review: set.requireCodeOwnerReview,
        require_last_push_approval: false,
        required_review_thread_resolution: set.requireConversationResolution,
      },
    },
  ];
  if (set.requireLinearHistory) {
    rules.push({ type: 'required_linear_history' });
  }
  if (set.requiredStatusChecks.length > 0) {
    rules.push({
      type: 'required_status_checks',
      parameters: {
        strict_required_status_checks_policy: true,
        required_status_checks: set.requiredStatusChecks.map(context => ({
          context,
        })),
      },
    });
  }
  return {
    name: rulesetName(set),
    target: 'branch',
    enforcement: 'active',
    conditions: {
      ref_name: { include: [`refs/heads/${branch}`], exclude: [] },
    },
    rules,
  };
}

/**
 * The requests that apply a branch-policy set, in order. Shared by the
 * dry-run plan and the real run so both always agree.
 *
 * @internal
 */
export function planGithubPolicy(options: {
  set: BranchPolicySet;
  owner: string;
  repo: string;
  branch: string;
  topics: string[];
}): PlannedRequest[] {
  const { set, owner, repo, branch, topics } = options;
  const base = `/repos/${owner}/${repo}`;
  const plan: PlannedRequest[] = [];
  if (set.github.mode === 'ruleset') {
    plan.push({
      key: 'ruleset',
      method: 'POST',
      path: `${base}/rulesets`,
      description: `Create or update ruleset ${rulesetName(set)} on ${branch}`,
      body: rulesetBody(set, branch),
    });
  } else {
    plan.push({
      key: 'branch-protection',
      method: 'PUT',
      path: `${base}/branches/${encodeURIComponent(branch)}/protection`,
      description: `Protect ${branch}`,
      body: protectionBody(set),
    });
  }
  plan.push({
    key: 'repository-settings',
    method: 'PATCH',
    path: base,
    description: `Set delete branch on merge to ${set.deleteBranchOnMerge}`,
    body: { delete_branch_on_merge: set.deleteBranchOnMerge },
  });
  if (topics.length > 0) {
    plan.push({
      key: 'topics',
      method: 'PUT',
      path: `${base}/topics`,
      description: `Set topics ${topics.join(', ')}`,
      body: { names: topics },
    });
  }
  return plan;
}

async function applyRuleset(
  octokit: Octokit,
  owner: string,
  repo: string,
  body: Record<string, unknown>,
): Promise<number> {
  // A retry after a lost response must not create a second ruleset, so an
  // existing one with our name is updated instead.
  const existing = await octokit.paginate(
    'GET /repos/{owner}/{repo}/rulesets',
    {
      owner,
      repo,
      per_page: 100,
    },
  );
  const match = existing.find(ruleset => ruleset.name === body.name);
  if (match) {
    await octokit.request('PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
      owner,
      repo,
      ruleset_id: match.id,
      ...(body as object),
    });
    return match.id;
  }
  const created = await octokit.request('POST /repos/{owner}/{repo}/rulesets', {
    owner,
    repo,
    ...(body as { name: string; enforcement: 'active' }),
  });
  return created.data.id;
}

/**
 * Creates `cairn:github:repo:apply-policy`, which applies a named
 * branch-policy set to a GitHub repository with the credentials of the
 * GitHub integration. Every write sits in its own checkpoint, so a retried
 * task does not repeat the writes that already succeeded.
 *
 * @public
 */
export function createGithubApplyPolicyAction(
  options: GithubApplyPolicyActionOptions,
) {
  const { config, integrations } = options;

  return createTemplateAction({
    id: 'cairn:github:repo:apply-policy',
    description:
      'Applies a named golden-path branch-policy set (protection or ruleset, reviews, status checks, topics) to a GitHub repository.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repoUrl: z =>
          z.string().describe('Repository, as github.com?owner=ORG&repo=NAME.'),
        branchPolicy: z =>
          z
            .string()
            .describe('Name of the set under goldenPaths.branchPolicies.'),
        branch: z =>
          z
            .string()
            .optional()
            .describe('Branch to protect; defaults to the set, then main.'),
        topics: z =>
          z
            .array(z.string())
            .optional()
            .describe('Repository topics to set, lower case.'),
      },
      output: {
        plan: z =>
          z
            .array(
              z.object({
                method: z.string().describe('HTTP method.'),
                path: z.string().describe('GitHub REST API path.'),
                description: z.string().describe('What the request does.'),
              }),
            )
            .describe('The requests that apply (or would apply) the set.'),
        applied: z =>
          z.boolean().describe('False in dry-run, when nothing is written.'),
        rulesetId: z =>
          z.number().optional().describe('Id of the ruleset, in ruleset mode.'),
      },
    },
    async handler(ctx) {
      const set = requireBranchPolicySet(config, ctx.input.branchPolicy);
      const { host, owner, repo } = parseProviderRepoUrl(
        ctx.input.repoUrl,
        integrations,
        'github',
      );
      const branch = ctx.input.branch ?? set.branch ?? 'main';
      const topics = ctx.input.topics ?? [];
      const plan = planGithubPolicy({
        set,
        owner: owner!,
        repo,
        branch,
        topics,
      });
      ctx.output(
        'plan',
        plan.map(({ method, path, description }) => ({
          method,
          path,
          description,
        })),
      );

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would make ${plan.length} request(s) to apply ${set.name} to ${owner}/${repo}`,
        );
        ctx.output('applied', false);
        return;
      }

      const octokit = await createGithubClient({
        integrations,
        host,
        owner: owner!,
        repo,
      });
      for (const step of plan) {
        const result = await ctx.checkpoint({
          key: `cairn.github.${owner}/${repo}.${step.key}`,
          fn: async () => {
            try {
              if (step.key === 'ruleset') {
                return await applyRuleset(octokit, owner!, repo, step.body);
              }
              await octokit.request(`${step.method} ${step.path}`, step.body);
              return undefined;
            } catch (error) {
              throw new ForwardedError(
                `GitHub ${step.method} ${step.path} failed`,
                error,
              );
            }
          },
        });
        if (step.key === 'ruleset' && typeof result === 'number') {
          ctx.output('rulesetId', result);
        }
        ctx.logger.info(step.description);
      }
      ctx.output('applied', true);
    },
  });
}
