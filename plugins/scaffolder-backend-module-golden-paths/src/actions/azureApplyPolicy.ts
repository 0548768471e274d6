import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { requireBranchPolicySet } from '../config/lookup';
import { BranchPolicySet, GoldenPathsConfig } from '../config/types';
import { parseProviderRepoUrl } from '../lib/repository';
import { createAzureRequester } from '../lib/scm';
import { examples } from './azureApplyPolicy.examples';

/**
 * Azure DevOps policy type ids (the same in every organisation).
 *
 * @public
 */
export const AZURE_POLICY_TYPES = {
  minimumReviewers: 'fa4e907d-c16b-4a4c-9dfa-4906e5d171dd',
  build: '0609b952-1397-4640-95ec-e00a01b2c241',
  commentRequirements: 'c6a1889d-b943-4856-b76f-9e46bb6b0df2',
  workItemLinking: '40e92b44-2fe1-4dd6-b3d8-74a9c21d0c6e',
  mergeStrategy: 'fa4e907d-c16b-4a4c-9dfa-4916e5d171ab',
} as const;

/**
 * Options for {@link createAzureApplyPolicyAction}.
 *
 * @public
 */
export interface AzureApplyPolicyActionOptions {
  /** The validated `goldenPaths` config. */
  config: GoldenPathsConfig;
  /** SCM integrations, for hosts and credentials. */
  integrations: ScmIntegrationRegistry;
}

interface DesiredPolicy {
  key: string;
  typeId: string;
  description: string;
  settings: Record<string, unknown>;
}

interface PolicyConfiguration {
  id: number;
  type: { id: string };
  settings: Record<string, unknown>;
}

/**
 * The policy configurations a branch-policy set asks for, and the settings
 * Azure DevOps cannot express. The scope is filled in once the repository id
 * is known.
 *
 * @internal
 */
export function planAzurePolicy(set: BranchPolicySet): {
  policies: DesiredPolicy[];
  unsupported: string[];
} {
  const policies: DesiredPolicy[] = [];
  const unsupported: string[] = [];
  if (set.requiredApprovals > 0) {
    policies.push({
      key: 'minimum-reviewers',
      typeId: AZURE_POLICY_TYPES.minimumReviewers,
      description: `Require ${set.requiredApprovals} reviewer(s)`,
      settings: {
        minimumApproverCount: set.requiredApprovals,
        creatorVoteCounts: false,
        allowDownvotes: false,
        resetOnSourcePush: set.dismissStaleReviews,
      },
    });
  }
  for (const buildDefinitionId of set.azure.buildDefinitionIds) {
    policies.push({
      key: `build-${buildDefinitionId}`,
      typeId: AZURE_POLICY_TYPES.build,
      description: `Require build definition ${buildDefinitionId} to pass`,
      settings: {
        buildDefinitionId,
        queueOnSourceUpdateOnly: true,
        manualQueueOnly: false,
        displayName: null,
        validDuration: 720,
      },
    });
  }
  if (set.requireConversationResolution) {
    policies.push({
      key: 'comment-requirements',
      typeId: AZURE_POLICY_TYPES.commentRequirements,
      description: 'Require comment resolution',
      settings: {},
    });
  }
  if (set.azure.requireLinkedWorkItems) {
    policies.push({
      key: 'work-item-linking',
      typeId: AZURE_POLICY_TYPES.workItemLinking,
      description: 'Require linked work items',
      settings: {},
    });
  }
  if (set.requireLinearHistory) {
    policies.push({
      key: 'merge-strategy',
      typeId: AZURE_POLICY_TYPES.mergeStrategy,
      description: 'Allow only squash and rebase merges (linear history)',
      settings: {
        allowSquash: true,
        allowRebase: true,
        allowNoFastForward: false,
        allowRebaseMerge: false,
      },
    });
  }
  if (set.requireCodeOwnerReview) {
    // TODO(cairn): map code-owner review to the required-reviewers policy
    // once owner groups carry their Azure DevOps identity ids.
    unsupported.push('requireCodeOwnerReview (needs reviewer identity ids)');
  }
  if (set.requiredStatusChecks.length > 0) {
    unsupported.push(
      'requiredStatusChecks (use azure.buildDefinitionIds for build validation)',
    );
  }
  if (set.deleteBranchOnMerge) {
    unsupported.push('deleteBranchOnMerge (a pull request completion option)');
  }
  return { policies, unsupported };
}

function sameBuild(existing: PolicyConfiguration, desired: DesiredPolicy) {
  return (
    desired.typeId !== AZURE_POLICY_TYPES.build ||
    existing.settings?.buildDefinitionId === desired.settings.buildDefinitionId
  );
}

/**
 * Creates `cairn:azure:repo:apply-policy`, which applies a named
 * branch-policy set to an Azure DevOps repository through the REST API with
 * the Azure DevOps integration's credentials. Existing policies of the same
 * type are updated, and each write sits in its own checkpoint.
 *
 * @public
 */
export function createAzureApplyPolicyAction(
  options: AzureApplyPolicyActionOptions,
) {
  const { config, integrations } = options;

  return createTemplateAction({
    id: 'cairn:azure:repo:apply-policy',
    description:
      'Applies a named golden-path branch-policy set (minimum reviewers, build validation, comment resolution, linked work items) to an Azure DevOps repository.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        repoUrl: z =>
          z
            .string()
            .describe(
              'Repository, as dev.azure.com?organization=ORG&project=PROJECT&repo=NAME.',
            ),
        branchPolicy: z =>
          z
            .string()
            .describe('Name of the set under goldenPaths.branchPolicies.'),
        branch: z =>
          z
            .string()
            .optional()
            .describe('Branch to protect; defaults to the set, then main.'),
      },
      output: {
        plan: z =>
          z
            .array(
              z.object({
                policyType: z.string().describe('Azure DevOps policy type id.'),
                description: z.string().describe('What the policy enforces.'),
              }),
            )
            .describe('The policies that apply (or would apply) the set.'),
        unsupported: z =>
          z
            .array(z.string())
            .describe('Settings of the set Azure DevOps cannot enforce.'),
        applied: z =>
          z.boolean().describe('False in dry-run, when nothing is written.'),
        policyIds: z =>
          z
            .array(z.number())
            .optional()
            .describe('Ids of the created or updated policy configurations.'),
      },
    },
    async handler(ctx) {
      const set = requireBranchPolicySet(config, ctx.input.branchPolicy);
      const { host, organization, project, repo } = parseProviderRepoUrl(
        ctx.input.repoUrl,
        integrations,
        'azure',
      );
      const branch = ctx.input.branch ?? set.branch ?? 'main';
      const refName = `refs/heads/${branch}`;
      const { policies, unsupported } = planAzurePolicy(set);
      ctx.output(
        'plan',
        policies.map(p => ({
          policyType: p.typeId,
          description: p.description,
        })),
      );
      ctx.output('unsupported', unsupported);
      for (const setting of unsupported) {
        ctx.logger.warn(`Azure DevOps cannot enforce ${setting}`);
      }

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would apply ${policies.length} policies of ${set.name} to ${organization}/${project}/${repo}`,
        );
        ctx.output('applied', false);
        return;
      }

      const azure = await createAzureRequester({
        integrations,
        host,
        organization: organization!,
        project: project!,
      });
      const { body: repository } = await azure.request<{ id: string }>(
        'GET',
        `/git/repositories/${encodeURIComponent(repo)}`,
      );
      if (!repository) {
        throw new InputError(
          `repoUrl: repository ${organization}/${project}/${repo} does not exist`,
        );
      }
      const scope = [
        { repositoryId: repository.id, refName, matchKind: 'exact' },
      ];

      const policyIds: number[] = [];
      for (const policy of policies) {
        const id = await ctx.checkpoint({
          key: `cairn.azure.${organization}/${project}/${repo}.${branch}.${policy.key}`,
          fn: async () => {
            // Listed inside the checkpoint: a retry after a lost response
            // finds the policy it created and updates it instead.
            const { body: existing } = await azure.request<{
              value: PolicyConfiguration[];
            }>(
              'GET',
              `/git/policy/configurations?repositoryId=${
                repository.id
              }&refName=${encodeURIComponent(refName)}&policyType=${
                policy.typeId
              }`,
            );
            const match = existing?.value.find(c => sameBuild(c, policy));
            const body = {
              isEnabled: true,
              isBlocking: true,
              type: { id: policy.typeId },
              settings: { ...policy.settings, scope },
            };
            const { body: saved } = match
              ? await azure.request<PolicyConfiguration>(
                  'PUT',
                  `/policy/configurations/${match.id}`,
                  body,
                )
              : await azure.request<PolicyConfiguration>(
                  'POST',
                  '/policy/configurations',
                  body,
                );
            return saved?.id ?? match?.id ?? 0;
          },
        });
        policyIds.push(id);
        ctx.logger.info(policy.description);
      }
      ctx.output('policyIds', policyIds);
      ctx.output('applied', true);
    },
  });
}
