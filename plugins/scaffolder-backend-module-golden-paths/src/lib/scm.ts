import { ForwardedError, InputError, ResponseError } from '@backstage/errors';
import {
  DefaultAzureDevOpsCredentialsProvider,
  DefaultGithubCredentialsProvider,
  ScmIntegrationRegistry,
} from '@backstage/integration';
import { Octokit } from '@octokit/rest';

/**
 * Creates an Octokit client for one repository, with the credentials of
 * Backstage's GitHub integration for its host.
 *
 * @internal
 */
export async function createGithubClient(options: {
  integrations: ScmIntegrationRegistry;
  host: string;
  owner: string;
  repo: string;
}): Promise<Octokit> {
  const { integrations, host, owner, repo } = options;
  const integration = integrations.github.byHost(host);
  if (!integration) {
    throw new InputError(
      `host: no GitHub integration is configured for "${host}"`,
    );
  }
  const credentials = await DefaultGithubCredentialsProvider.fromIntegrations(
    integrations,
  ).getCredentials({ url: `https://${host}/${owner}/${repo}` });
  return new Octokit({
    auth: credentials.token,
    baseUrl: integration.config.apiBaseUrl,
    log: { debug() {}, info() {}, warn() {}, error() {} },
  });
}

/**
 * A minimal client for the Azure DevOps REST API that authenticates with the
 * Azure DevOps integration's credentials.
 *
 * @internal
 */
export interface AzureDevOpsRequester {
  baseUrl: string;
  request<T>(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T | undefined }>;
}

const API_VERSION = '7.1';

/**
 * Creates an {@link AzureDevOpsRequester} for one organisation and project.
 *
 * @internal
 */
export async function createAzureRequester(options: {
  integrations: ScmIntegrationRegistry;
  host: string;
  organization: string;
  project: string;
}): Promise<AzureDevOpsRequester> {
  const { integrations, host, organization, project } = options;
  const integration = integrations.azure.byHost(host);
  if (!integration) {
    throw new InputError(
      `host: no Azure DevOps integration is configured for "${host}"`,
    );
  }
  const baseUrl = `https://${host}/${encodeURIComponent(
    organization,
  )}/${encodeURIComponent(project)}/_apis`;
  const credentials =
    await DefaultAzureDevOpsCredentialsProvider.fromIntegrations(
      integrations,
    ).getCredentials({ url: `https://${host}/${organization}/${project}` });
  if (!credentials) {
    throw new InputError(
      `host: the Azure DevOps integration for "${host}" has no credentials for ${organization}`,
    );
  }

  return {
    baseUrl,
    async request(method, path, body) {
      const separator = path.includes('?') ? '&' : '?';
      const url = `${baseUrl}${path}${separator}api-version=${API_VERSION}`;
      const response = await fetch(url, {
        method,
        headers: {
          ...credentials.headers,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.status === 404 && method === 'GET') {
        return { status: 404, body: undefined };
      }
      if (!response.ok) {
        throw new ForwardedError(
          `Azure DevOps ${method} ${path} failed`,
          await ResponseError.fromResponse(response),
        );
      }
      const text = await response.text();
      return {
        status: response.status,
        body: text ? (JSON.parse(text) as never) : undefined,
      };
    },
  };
}
