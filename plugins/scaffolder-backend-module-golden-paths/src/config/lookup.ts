import { InputError } from '@backstage/errors';
import { BranchPolicySet, GoldenPathPolicy, GoldenPathsConfig } from './types';

function known(names: Iterable<string>): string {
  return [...names].join(', ') || 'none configured';
}

/**
 * Finds a policy by name, or throws an `InputError` naming the input field.
 *
 * @internal
 */
export function requirePolicy(
  config: GoldenPathsConfig,
  name: string,
  field = 'policy',
): GoldenPathPolicy {
  const policy = config.policies.get(name);
  if (!policy) {
    throw new InputError(
      `${field}: unknown golden-path policy "${name}" (known: ${known(
        config.policies.keys(),
      )})`,
    );
  }
  return policy;
}

/**
 * Finds a branch-policy set by name, or throws an `InputError` naming the
 * input field.
 *
 * @internal
 */
export function requireBranchPolicySet(
  config: GoldenPathsConfig,
  name: string,
  field = 'branchPolicy',
): BranchPolicySet {
  const set = config.branchPolicies.get(name);
  if (!set) {
    throw new InputError(
      `${field}: unknown branch-policy set "${name}" (known: ${known(
        config.branchPolicies.keys(),
      )})`,
    );
  }
  return set;
}
