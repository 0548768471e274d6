import { AuthService } from '@backstage/backend-plugin-api';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { describeRepository } from '../lib/repository';
import { writeWorkspaceFile } from '../lib/writeWorkspaceFile';
import { examples } from './codeownersWrite.examples';

/**
 * The group annotation that names a group's GitHub team as `org/team-slug`,
 * as the GitHub org entity provider writes it.
 *
 * @public
 */
export const TEAM_SLUG_ANNOTATION = 'github.com/team-slug';

/**
 * Options for {@link createCodeownersWriteAction}.
 *
 * @public
 */
export interface CodeownersWriteActionOptions {
  /** The catalog, read with the module's own service credentials. */
  catalog: CatalogService;
  /** Issues the service credentials for catalog reads. */
  auth: AuthService;
  /** SCM integrations, for hosts and credentials. */
  integrations: ScmIntegrationRegistry;
}

const TEAM = /^[A-Za-z0-9][A-Za-z0-9_.-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const PATTERN = /^[^\s#]+$/;

/**
 * Creates `cairn:codeowners:write`, which writes a CODEOWNERS file mapping
 * the repository to the owner group's SCM team. The team comes from the
 * input, else the group's `github.com/team-slug` annotation, else the group
 * name in the repository's organisation.
 *
 * @public
 */
export function createCodeownersWriteAction(
  options: CodeownersWriteActionOptions,
) {
  const { catalog, auth, integrations } = options;

  return createTemplateAction({
    id: 'cairn:codeowners:write',
    description:
      "Writes a CODEOWNERS file that maps to the owner group's SCM team, inside the workspace.",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        owner: z =>
          z.string().describe('Owner group ref; the kind defaults to group.'),
        repoUrl: z =>
          z
            .string()
            .optional()
            .describe('Repository in publish:* form; gives the organisation.'),
        team: z =>
          z
            .string()
            .optional()
            .describe('SCM team as org/team-slug, overriding the lookup.'),
        rules: z =>
          z
            .array(
              z.object({
                pattern: z.string().describe('A CODEOWNERS path pattern.'),
                owners: z
                  .array(z.string())
                  .describe('Owners, like @org/team or user@example.com.'),
              }),
            )
            .optional()
            .describe('Extra rules written after the default rule.'),
        filePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace-relative file; defaults to .github/CODEOWNERS.',
            ),
      },
      output: {
        team: z => z.string().describe('The team that owns every path.'),
        filePath: z =>
          z.string().describe('Workspace-relative path that was written.'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      let ownerRef;
      try {
        ownerRef = parseEntityRef(input.owner, {
          defaultKind: 'group',
          defaultNamespace: 'default',
        });
      } catch {
        throw new InputError(`owner: "${input.owner}" is not an entity ref`);
      }
      const group = await catalog.getEntityByRef(ownerRef, {
        credentials: await auth.getOwnServiceCredentials(),
      });
      if (!group || group.kind.toLocaleLowerCase('en-US') !== 'group') {
        throw new InputError(
          `owner: ${stringifyEntityRef(
            ownerRef,
          )} is not a Group in the catalog`,
        );
      }

      const organization = input.repoUrl
        ? describeRepository(input.repoUrl, integrations).organization
        : undefined;
      const team =
        input.team ??
        group.metadata.annotations?.[TEAM_SLUG_ANNOTATION] ??
        (organization ? `${organization}/${group.metadata.name}` : undefined);
      if (!team) {
        throw new InputError(
          `team: ${stringifyEntityRef(
            group,
          )} has no ${TEAM_SLUG_ANNOTATION} annotation; give team or repoUrl`,
        );
      }
      if (!TEAM.test(team)) {
        throw new InputError(`team: "${team}" is not written org/team-slug`);
      }

      const lines = [
        `# Owned by ${stringifyEntityRef(
          group,
        )}; written by the Cairn golden path.`,
        `* @${team}`,
      ];
      for (const [index, rule] of (input.rules ?? []).entries()) {
        if (!PATTERN.test(rule.pattern)) {
          throw new InputError(
            `rules[${index}].pattern: "${rule.pattern}" is not a CODEOWNERS pattern`,
          );
        }
        const bad = rule.owners.find(
          o => !/^(@[\w./-]+|[^\s@]+@[^\s@]+)$/.test(o),
        );
        if (bad !== undefined || rule.owners.length === 0) {
          throw new InputError(
            `rules[${index}].owners: "${
              bad ?? ''
            }" is not @user, @org/team or an email`,
          );
        }
        lines.push(`${rule.pattern} ${rule.owners.join(' ')}`);
      }

      const filePath = await writeWorkspaceFile({
        workspacePath: ctx.workspacePath,
        field: 'filePath',
        filePath: input.filePath ?? '.github/CODEOWNERS',
        content: `${lines.join('\n')}\n`,
      });
      ctx.logger.info(`Wrote ${filePath} owned by @${team}`);
      ctx.output('team', team);
      ctx.output('filePath', filePath);
    },
  });
}
