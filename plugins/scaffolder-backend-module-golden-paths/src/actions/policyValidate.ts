import { AuthService } from '@backstage/backend-plugin-api';
import {
  CompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { ForwardedError, InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { requirePolicy } from '../config/lookup';
import { GoldenPathsConfig } from '../config/types';
import { GroupHierarchy, directGroupsOf } from '../lib/groups';
import {
  Target,
  Violation,
  checkAccess,
  checkName,
  describeTarget,
  isTargetAllowed,
  parseRef,
  repositoryExists,
} from '../lib/policyChecks';
import { examples } from './policyValidate.examples';

/**
 * Options for {@link createPolicyValidateAction}.
 *
 * @public
 */
export interface PolicyValidateActionOptions {
  /** The validated `goldenPaths` config. */
  config: GoldenPathsConfig;
  /** The catalog, read with the module's own service credentials. */
  catalog: CatalogService;
  /** Issues the service credentials for catalog reads. */
  auth: AuthService;
  /** SCM integrations, for hosts and credentials. */
  integrations: ScmIntegrationRegistry;
  /**
   * How long the group tree read from the catalog is reused, in
   * milliseconds (default 30 seconds). Membership is always read fresh.
   */
  groupCacheTtlMs?: number;
}

/**
 * Creates `cairn:policy:validate`, which re-checks a template's inputs on the
 * server against a named golden-path policy and reports every violation at
 * once. It only reads, so it also runs in dry-run.
 *
 * @public
 */
export function createPolicyValidateAction(
  options: PolicyValidateActionOptions,
) {
  const { config, catalog, auth, integrations } = options;
  const hierarchy = new GroupHierarchy(catalog, options.groupCacheTtlMs);

  return createTemplateAction({
    id: 'cairn:policy:validate',
    description:
      'Checks template inputs on the server against a golden-path policy: naming, owner membership, allowed SCM targets, system ownership and uniqueness.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        policy: z =>
          z.string().describe('Name of the policy under goldenPaths.policies.'),
        name: z =>
          z
            .string()
            .optional()
            .describe('Component and repository name to check and reserve.'),
        owner: z =>
          z
            .string()
            .optional()
            .describe('Owner group entity ref; the kind defaults to group.'),
        system: z =>
          z
            .string()
            .optional()
            .describe('System entity ref the component joins.'),
        lifecycle: z =>
          z.string().optional().describe('The spec.lifecycle to check.'),
        resource: z =>
          z
            .string()
            .optional()
            .describe('Resource entity ref that must exist (access requests).'),
        target: z =>
          z
            .object({
              provider: z
                .enum(['github', 'azure'])
                .describe('Which SCM the repository lives in.'),
              host: z
                .string()
                .optional()
                .describe('SCM host; github.com or dev.azure.com by default.'),
              organization: z
                .string()
                .describe('GitHub organisation or Azure DevOps organisation.'),
              project: z
                .string()
                .optional()
                .describe('Azure DevOps project (Azure only).'),
            })
            .optional()
            .describe('Where the repository will be created.'),
        accessLevel: z =>
          z
            .string()
            .optional()
            .describe('Access level asked for (access requests).'),
        durationDays: z =>
          z
            .number()
            .optional()
            .describe('How many days the access is asked for.'),
        checkRepository: z =>
          z
            .boolean()
            .optional()
            .describe(
              'Whether to check that no repository with the name exists yet (default true).',
            ),
      },
      output: {
        policy: z => z.string().describe('The policy that was applied.'),
        name: z => z.string().optional().describe('The validated name.'),
        ownerRef: z =>
          z.string().optional().describe('Full entity ref of the owner group.'),
        systemRef: z =>
          z.string().optional().describe('Full entity ref of the system.'),
        lifecycle: z =>
          z.string().optional().describe('The validated lifecycle.'),
        resourceRef: z =>
          z.string().optional().describe('Full entity ref of the resource.'),
        repoUrl: z =>
          z
            .string()
            .optional()
            .describe('repoUrl in the form the publish:* actions expect.'),
        repoSlug: z =>
          z
            .string()
            .optional()
            .describe('organisation/name on GitHub, project/name on Azure.'),
        branchPolicy: z =>
          z
            .string()
            .optional()
            .describe("The policy's branch-policy set, for apply-policy."),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      if (typeof input.policy !== 'string' || !input.policy) {
        throw new InputError('policy: a policy name is required');
      }
      const policy = requirePolicy(config, input.policy);
      const credentials = await auth.getOwnServiceCredentials();
      const violations: Violation[] = [];
      const name = input.name?.trim();
      const target = input.target as Target | undefined;
      const fetchEntity = (ref: CompoundEntityRef | undefined) =>
        ref ? catalog.getEntityByRef(ref, { credentials }) : undefined;

      // Every catalog read is independent of the others, so they all start
      // at once; only the walk up the owner's parents is sequential.
      const ownerRefInput =
        input.owner === undefined ? undefined : parseRef(input.owner, 'group');
      const systemRefInput =
        input.system === undefined
          ? undefined
          : parseRef(input.system, 'system');
      const resourceRefInput =
        input.resource === undefined
          ? undefined
          : parseRef(input.resource, 'resource');
      const [ownerLookup, user, system, resource, sameName] = await Promise.all(
        [
          Promise.resolve(fetchEntity(ownerRefInput)).then(async owner =>
            owner && owner.kind.toLocaleLowerCase('en-US') === 'group'
              ? {
                  owner,
                  lineage: await hierarchy.lineage(
                    stringifyEntityRef(owner),
                    credentials,
                  ),
                }
              : { owner, lineage: [] as string[] },
          ),
          input.owner !== undefined && policy.requireMembership
            ? ctx.user?.entity ??
              fetchEntity(
                ctx.user?.ref ? parseRef(ctx.user.ref, 'user') : undefined,
              )
            : undefined,
          fetchEntity(systemRefInput),
          fetchEntity(resourceRefInput),
          name
            ? catalog.getEntities(
                {
                  filter: { 'metadata.name': name },
                  fields: ['kind', 'metadata.namespace', 'metadata.name'],
                  limit: 10,
                },
                { credentials },
              )
            : undefined,
        ],
      );

      if (name !== undefined) {
        violations.push(...checkName(policy, name));
      }

      let ownerRef: string | undefined;
      const { owner, lineage } = ownerLookup;
      if (input.owner !== undefined) {
        if (!ownerRefInput) {
          violations.push({
            field: 'owner',
            message: `"${input.owner}" is not an entity ref`,
          });
        } else if (!owner) {
          violations.push({
            field: 'owner',
            message: `${stringifyEntityRef(
              ownerRefInput,
            )} does not exist in the catalog`,
          });
        } else if (owner.kind.toLocaleLowerCase('en-US') !== 'group') {
          violations.push({
            field: 'owner',
            message: `${stringifyEntityRef(owner)} is a ${
              owner.kind
            }, not a Group`,
          });
        } else {
          ownerRef = stringifyEntityRef(owner);
        }
      }

      if (ownerRef && policy.requireMembership) {
        if (!user) {
          violations.push({
            field: 'owner',
            message:
              'membership cannot be checked: the template was not run by a user known to the catalog',
          });
        } else {
          const groups = directGroupsOf(user);
          if (!groups.some(group => lineage.includes(group))) {
            violations.push({
              field: 'owner',
              message: `${stringifyEntityRef(
                user,
              )} is not a member of ${ownerRef} or of a group above it`,
            });
          }
        }
      }

      let targetAllowed = false;
      if (target) {
        if (target.provider === 'azure' && !target.project) {
          violations.push({
            field: 'target.project',
            message: 'an Azure DevOps project is required',
          });
        } else if (ownerRef) {
          const { allowed, choices } = isTargetAllowed(policy, lineage, target);
          targetAllowed = allowed;
          if (!allowed) {
            violations.push({
              field:
                target.provider === 'github'
                  ? 'target.organization'
                  : 'target.project',
              message: `${ownerRef} may not create repositories in ${describeTarget(
                target,
              )} (allowed: ${choices.join(', ') || 'none'})`,
            });
          }
        }
      }

      let systemRef: string | undefined;
      if (input.system !== undefined) {
        if (!systemRefInput || !system) {
          violations.push({
            field: 'system',
            message: `${
              systemRefInput
                ? stringifyEntityRef(systemRefInput)
                : `"${input.system}"`
            } does not exist in the catalog`,
          });
        } else {
          systemRef = stringifyEntityRef(system);
          const systemOwner = parseRef(
            String(system.spec?.owner ?? ''),
            'group',
          );
          const systemOwnerRef = systemOwner && stringifyEntityRef(systemOwner);
          if (
            ownerRef &&
            (!systemOwnerRef || !lineage.includes(systemOwnerRef))
          ) {
            violations.push({
              field: 'system',
              message: `${systemRef} belongs to ${
                systemOwnerRef ?? 'nobody'
              }, not to ${ownerRef} or a group above it`,
            });
          }
        }
      }

      if (input.lifecycle !== undefined && policy.lifecycles) {
        if (!policy.lifecycles.includes(input.lifecycle)) {
          violations.push({
            field: 'lifecycle',
            message: `"${
              input.lifecycle
            }" is not allowed (allowed: ${policy.lifecycles.join(', ')})`,
          });
        }
      }

      violations.push(
        ...checkAccess(policy, input.accessLevel, input.durationDays),
      );

      let resourceRef: string | undefined;
      if (input.resource !== undefined) {
        if (!resource) {
          violations.push({
            field: 'resource',
            message: `${
              resourceRefInput
                ? stringifyEntityRef(resourceRefInput)
                : `"${input.resource}"`
            } does not exist in the catalog`,
          });
        } else {
          resourceRef = stringifyEntityRef(resource);
        }
      }

      if (name && sameName && sameName.items.length > 0) {
        violations.push({
          field: 'name',
          message: `"${name}" is already used in the catalog by ${sameName.items
            .map(entity => stringifyEntityRef(entity))
            .join(', ')}`,
        });
      }

      const host =
        target?.host ??
        (target?.provider === 'azure' ? 'dev.azure.com' : 'github.com');
      if (name && target && targetAllowed && input.checkRepository !== false) {
        const exists = await repositoryExists(
          integrations,
          host,
          target,
          name,
        ).catch(error => {
          throw new ForwardedError(
            `Could not check whether "${name}" exists in ${describeTarget(
              target,
            )}`,
            error,
          );
        });
        if (exists) {
          violations.push({
            field: 'name',
            message: `a repository named "${name}" already exists in ${describeTarget(
              target,
            )}`,
          });
        }
      }

      if (violations.length > 0) {
        const lines = violations.map(v => `- ${v.field}: ${v.message}`);
        ctx.logger.warn(
          `Policy ${policy.name} rejected the request with ${violations.length} violation(s)`,
        );
        throw new InputError(
          `The request breaks golden-path policy "${
            policy.name
          }":\n${lines.join('\n')}`,
        );
      }

      ctx.logger.info(`Policy ${policy.name} accepted the request`);
      ctx.output('policy', policy.name);
      if (name) ctx.output('name', name);
      if (ownerRef) ctx.output('ownerRef', ownerRef);
      if (systemRef) ctx.output('systemRef', systemRef);
      if (input.lifecycle) ctx.output('lifecycle', input.lifecycle);
      if (resourceRef) ctx.output('resourceRef', resourceRef);
      if (policy.branchPolicy) ctx.output('branchPolicy', policy.branchPolicy);
      if (name && target) {
        if (target.provider === 'github') {
          ctx.output(
            'repoUrl',
            `${host}?owner=${encodeURIComponent(
              target.organization,
            )}&repo=${encodeURIComponent(name)}`,
          );
          ctx.output('repoSlug', `${target.organization}/${name}`);
        } else {
          ctx.output(
            'repoUrl',
            `${host}?organization=${encodeURIComponent(
              target.organization,
            )}&project=${encodeURIComponent(
              target.project!,
            )}&repo=${encodeURIComponent(name)}`,
          );
          ctx.output('repoSlug', `${target.project}/${name}`);
        }
      }
    },
  });
}
