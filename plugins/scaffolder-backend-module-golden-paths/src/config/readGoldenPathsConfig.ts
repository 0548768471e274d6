import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import {
  BranchPolicySet,
  GoldenPathPolicy,
  GoldenPathsConfig,
  NamingRules,
  OwnerTargetRule,
} from './types';

const ROOT = 'goldenPaths';
const MAX_APPROVALS = 10;

function fail(key: string, message: string): never {
  throw new InputError(`Invalid config at ${key}: ${message}`);
}

function readStrings(config: Config, key: string, path: string): string[] {
  const values = config.getOptionalStringArray(key) ?? [];
  values.forEach((value, index) => {
    if (!value.trim()) {
      fail(`${path}.${key}[${index}]`, 'must not be empty');
    }
  });
  return values;
}

function readCount(
  config: Config,
  key: string,
  path: string,
  max?: number,
): number | undefined {
  const value = config.getOptionalNumber(key);
  if (value === undefined) {
    return undefined;
  }
  if (
    !Number.isInteger(value) ||
    value < 0 ||
    (max !== undefined && value > max)
  ) {
    const range = max === undefined ? 'a whole number >= 0' : `0 to ${max}`;
    fail(`${path}.${key}`, `must be ${range}, got ${value}`);
  }
  return value;
}

function readNaming(config: Config | undefined, path: string): NamingRules {
  if (!config) {
    return { reservedWords: [] };
  }
  const source = config.getOptionalString('pattern');
  let pattern: RegExp | undefined;
  if (source !== undefined) {
    try {
      pattern = new RegExp(source, 'u');
    } catch (error) {
      fail(`${path}.pattern`, `not a valid regular expression (${error})`);
    }
  }
  const minLength = readCount(config, 'minLength', path);
  const maxLength = readCount(config, 'maxLength', path);
  if (
    minLength !== undefined &&
    maxLength !== undefined &&
    minLength > maxLength
  ) {
    fail(`${path}.minLength`, `must not exceed maxLength (${maxLength})`);
  }
  return {
    pattern,
    patternDescription: config.getOptionalString('patternDescription'),
    minLength,
    maxLength,
    reservedWords: readStrings(config, 'reservedWords', path).map(word =>
      word.toLocaleLowerCase('en-US'),
    ),
  };
}

function readOwnerRule(config: Config, path: string): OwnerTargetRule {
  const group = config.getString('group');
  let ref;
  try {
    ref = parseEntityRef(group, { defaultKind: 'group' });
  } catch (error) {
    fail(`${path}.group`, `not an entity ref (${error})`);
  }
  if (ref.kind.toLocaleLowerCase('en-US') !== 'group') {
    fail(`${path}.group`, `must refer to a Group, got kind ${ref.kind}`);
  }
  const azureProjects = readStrings(config, 'azureProjects', path);
  azureProjects.forEach((project, index) => {
    if (!/^[^/]+\/[^/]+$/.test(project)) {
      fail(
        `${path}.azureProjects[${index}]`,
        `must be written organization/project, got "${project}"`,
      );
    }
  });
  return {
    group: stringifyEntityRef(ref),
    githubOrganizations: readStrings(config, 'githubOrganizations', path),
    azureProjects,
  };
}

function readPolicy(
  name: string,
  config: Config,
  path: string,
  branchPolicies: Map<string, BranchPolicySet>,
): GoldenPathPolicy {
  const branchPolicy = config.getOptionalString('branchPolicy');
  if (branchPolicy !== undefined && !branchPolicies.has(branchPolicy)) {
    const known = [...branchPolicies.keys()].join(', ') || 'none';
    fail(
      `${path}.branchPolicy`,
      `unknown branch-policy set "${branchPolicy}" (defined: ${known})`,
    );
  }
  const lifecycles = config.has('lifecycles')
    ? readStrings(config, 'lifecycles', path)
    : undefined;
  if (lifecycles && lifecycles.length === 0) {
    fail(`${path}.lifecycles`, 'must list at least one lifecycle');
  }
  return {
    name,
    description: config.getOptionalString('description'),
    naming: readNaming(config.getOptionalConfig('naming'), `${path}.naming`),
    requireMembership: config.getOptionalBoolean('requireMembership') ?? true,
    owners: (config.getOptionalConfigArray('owners') ?? []).map(
      (owner, index) => readOwnerRule(owner, `${path}.owners[${index}]`),
    ),
    lifecycles,
    requiredAnnotations: readStrings(config, 'requiredAnnotations', path),
    branchPolicy,
    accessLevels: config
      .getOptionalConfigArray('accessLevels')
      ?.map((rule, index) => ({
        level: rule.getString('level'),
        maxDurationDays: readCount(
          rule,
          'maxDurationDays',
          `${path}.accessLevels[${index}]`,
        ),
      })),
  };
}

function readBranchPolicySet(
  name: string,
  config: Config,
  path: string,
): BranchPolicySet {
  const mode = config.getOptionalString('github.mode') ?? 'branch-protection';
  if (mode !== 'branch-protection' && mode !== 'ruleset') {
    fail(
      `${path}.github.mode`,
      `must be "branch-protection" or "ruleset", got "${mode}"`,
    );
  }
  const buildDefinitionIds =
    config
      .getOptionalConfig('azure')
      ?.getOptional<unknown[]>('buildDefinitionIds') ?? [];
  if (!Array.isArray(buildDefinitionIds)) {
    fail(`${path}.azure.buildDefinitionIds`, 'must be a list of numbers');
  }
  buildDefinitionIds.forEach((id, index) => {
    if (typeof id !== 'number' || !Number.isInteger(id) || id <= 0) {
      fail(
        `${path}.azure.buildDefinitionIds[${index}]`,
        `must be a positive whole number, got ${JSON.stringify(id)}`,
      );
    }
  });
  return {
    name,
    branch: config.getOptionalString('branch'),
    requiredApprovals:
      readCount(config, 'requiredApprovals', path, MAX_APPROVALS) ?? 1,
    requireCodeOwnerReview:
      config.getOptionalBoolean('requireCodeOwnerReview') ?? false,
    dismissStaleReviews:
      config.getOptionalBoolean('dismissStaleReviews') ?? false,
    requiredStatusChecks: readStrings(config, 'requiredStatusChecks', path),
    requireLinearHistory:
      config.getOptionalBoolean('requireLinearHistory') ?? false,
    requireConversationResolution:
      config.getOptionalBoolean('requireConversationResolution') ?? false,
    deleteBranchOnMerge:
      config.getOptionalBoolean('deleteBranchOnMerge') ?? false,
    github: {
      mode,
      enforceAdmins: config.getOptionalBoolean('github.enforceAdmins') ?? false,
    },
    azure: {
      buildDefinitionIds: buildDefinitionIds as number[],
      requireLinkedWorkItems:
        config.getOptionalBoolean('azure.requireLinkedWorkItems') ?? false,
    },
  };
}

/**
 * Reads and validates `goldenPaths` from the app config. Throws an
 * `InputError` naming the offending key path, so a bad policy stops the
 * backend at startup rather than failing a template run later.
 *
 * @public
 * @param config - The root app config.
 */
export function readGoldenPathsConfig(config: Config): GoldenPathsConfig {
  const root = config.getOptionalConfig(ROOT);
  const branchPolicies = new Map<string, BranchPolicySet>();
  const policies = new Map<string, GoldenPathPolicy>();

  const sets = root?.getOptionalConfig('branchPolicies');
  for (const name of sets?.keys() ?? []) {
    const path = `${ROOT}.branchPolicies.${name}`;
    branchPolicies.set(
      name,
      readBranchPolicySet(name, sets!.getConfig(name), path),
    );
  }

  const policyConfig = root?.getOptionalConfig('policies');
  for (const name of policyConfig?.keys() ?? []) {
    const path = `${ROOT}.policies.${name}`;
    policies.set(
      name,
      readPolicy(name, policyConfig!.getConfig(name), path, branchPolicies),
    );
  }

  return { policies, branchPolicies };
}
