import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { parseRepoUrl } from '@backstage/plugin-scaffolder-node';

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
