import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { parseRepoUrl } from '@backstage/plugin-scaffolder-node';

/**
 * What a scaffolder repoUrl means for the catalog: its provider, its
 * organisation and the annotations a component in it carries.
 *
 * @internal
 */
export function describeRepository(
  repoUrl: string,
  integrations: ScmIntegrationRegistry,
  defaultBranch = 'main',
  field = 'repoUrl',
): {
  provider: 'github' | 'azure';
  organization: string;
  repo: string;
  annotations: Record<string, string>;
} {
  let parsed;
  try {
    parsed = parseRepoUrl(repoUrl, integrations);
  } catch (error) {
    throw new InputError(`${field}: ${(error as Error).message}`);
  }
  const { host, repo, owner, organization, project } = parsed;
  const type = integrations.byHost(host)?.type;
  if (type === 'github' && owner) {
    return {
      provider: 'github',
      organization: owner,
      repo,
      annotations: {
        'github.com/project-slug': `${owner}/${repo}`,
        'backstage.io/source-location': `url:https://${host}/${owner}/${repo}/tree/${defaultBranch}/`,
      },
    };
  }
  if (type === 'azure' && organization && project) {
    return {
      provider: 'azure',
      organization,
      repo,
      annotations: {
        'dev.azure.com/project-repo': `${project}/${repo}`,
        'backstage.io/source-location': `url:https://${host}/${organization}/${project}/_git/${repo}?version=GB${defaultBranch}`,
      },
    };
  }
  throw new InputError(
    `${field}: "${repoUrl}" is not a GitHub or Azure DevOps repository of a configured integration`,
  );
}

/**
 * Parses a scaffolder `repoUrl` and checks that it names a repository of the
 * expected provider, throwing an `InputError` naming the field otherwise.
 *
 * @internal
 */
export function parseProviderRepoUrl(
  repoUrl: unknown,
  integrations: ScmIntegrationRegistry,
  provider: 'github' | 'azure',
  field = 'repoUrl',
) {
  if (typeof repoUrl !== 'string' || !repoUrl) {
    throw new InputError(`${field}: a repoUrl is required`);
  }
  let parsed;
  try {
    parsed = parseRepoUrl(repoUrl, integrations);
  } catch (error) {
    throw new InputError(`${field}: ${(error as Error).message}`);
  }
  const integration = integrations.byHost(parsed.host);
  if (integration?.type !== provider) {
    throw new InputError(
      `${field}: ${parsed.host} is not a configured ${provider} integration host`,
    );
  }
  if (provider === 'github' && !parsed.owner) {
    throw new InputError(`${field}: the owner query parameter is missing`);
  }
  if (provider === 'azure' && (!parsed.organization || !parsed.project)) {
    throw new InputError(
      `${field}: the organization and project query parameters are required`,
    );
  }
  return parsed;
}
