import { parseEntityRef } from '@backstage/catalog-model';
import { isError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { GoldenPathPolicy } from '../config/types';
import { createAzureRequester, createGithubClient } from './scm';

// The individual checks of cairn:policy:validate.

/**
 * One broken rule, with the input field it concerns.
 *
 * @internal
 */
export interface Violation {
  field: string;
  message: string;
}

/**
 * Where a repository is to be created.
 *
 * @internal
 */
export interface Target {
  provider: 'github' | 'azure';
  host?: string;
  organization: string;
  project?: string;
}

/**
 * The naming rules a name breaks.
 *
 * @internal
 */
export function checkName(policy: GoldenPathPolicy, name: string): Violation[] {
  const { naming } = policy;
  const found: Violation[] = [];
  const add = (message: string) => found.push({ field: 'name', message });
  if (naming.minLength !== undefined && name.length < naming.minLength) {
    add(`"${name}" is shorter than ${naming.minLength} characters`);
  }
  if (naming.maxLength !== undefined && name.length > naming.maxLength) {
    add(`"${name}" is longer than ${naming.maxLength} characters`);
  }
  if (naming.pattern && !naming.pattern.test(name)) {
    const rule = naming.patternDescription ?? `match ${naming.pattern.source}`;
    add(`"${name}" does not follow the naming rule: ${rule}`);
  }
  if (naming.reservedWords.includes(name.toLocaleLowerCase('en-US'))) {
    add(`"${name}" is a reserved word`);
  }
  return found;
}

/**
 * The access-level rules an access request breaks.
 *
 * @internal
 */
export function checkAccess(
  policy: GoldenPathPolicy,
  level: string | undefined,
  durationDays: number | undefined,
): Violation[] {
  if (level === undefined || !policy.accessLevels) {
    return [];
  }
  const rule = policy.accessLevels.find(r => r.level === level);
  if (!rule) {
    const allowed = policy.accessLevels.map(r => r.level).join(', ');
    return [
      {
        field: 'accessLevel',
        message: `"${level}" is not allowed (allowed: ${allowed})`,
      },
    ];
  }
  if (
    rule.maxDurationDays !== undefined &&
    (durationDays === undefined || durationDays > rule.maxDurationDays)
  ) {
    return [
      {
        field: 'durationDays',
        message: `${level} access is granted for at most ${
          rule.maxDurationDays
        } days, asked for ${durationDays ?? 'no limit'}`,
      },
    ];
  }
  return [];
}

/**
 * Parses an entity ref, or returns undefined when it is not one.
 *
 * @internal
 */
export function parseRef(
  value: string,
  defaultKind: string,
): ReturnType<typeof parseEntityRef> | undefined {
  try {
    return parseEntityRef(value, { defaultKind, defaultNamespace: 'default' });
  } catch {
    return undefined;
  }
}

/**
 * A target as people read it in messages.
 *
 * @internal
 */
export function describeTarget(target: Target): string {
  return target.provider === 'github'
    ? `GitHub organisation "${target.organization}"`
    : `Azure DevOps project "${target.organization}/${target.project}"`;
}

/**
 * Whether the owner lineage may create repositories in the target, and where it may.
 *
 * @internal
 */
export function isTargetAllowed(
  policy: GoldenPathPolicy,
  lineage: string[],
  target: Target,
): { allowed: boolean; choices: string[] } {
  const rules = policy.owners.filter(rule => lineage.includes(rule.group));
  const choices = rules.flatMap(rule =>
    target.provider === 'github'
      ? rule.githubOrganizations
      : rule.azureProjects,
  );
  const wanted = (
    target.provider === 'github'
      ? target.organization
      : `${target.organization}/${target.project}`
  ).toLocaleLowerCase('en-US');
  return {
    allowed: choices.some(c => c.toLocaleLowerCase('en-US') === wanted),
    choices,
  };
}

/**
 * Whether a repository of that name exists in the target (a GET to the SCM).
 *
 * @internal
 */
export async function repositoryExists(
  integrations: ScmIntegrationRegistry,
  host: string,
  target: Target,
  name: string,
): Promise<boolean> {
  if (target.provider === 'github') {
    const octokit = await createGithubClient({
      integrations,
      host,
      owner: target.organization,
      repo: name,
    });
    try {
      await octokit.rest.repos.get({ owner: target.organization, repo: name });
      return true;
    } catch (error) {
      if (isError(error) && (error as { status?: number }).status === 404) {
        return false;
      }
      throw error;
    }
  }
  const azure = await createAzureRequester({
    integrations,
    host,
    organization: target.organization,
    project: target.project!,
  });
  const { status } = await azure.request(
    'GET',
    `/git/repositories/${encodeURIComponent(name)}`,
  );
  return status !== 404;
}
