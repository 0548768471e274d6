/**
 * Naming rules of a golden-path policy.
 *
 * @public
 */
export interface NamingRules {
  /** A pattern the whole name must match. */
  pattern?: RegExp;
  /** Shown instead of the raw pattern when a name does not match. */
  patternDescription?: string;
  /** The shortest allowed name. */
  minLength?: number;
  /** The longest allowed name. */
  maxLength?: number;
  /** Names that may not be used, lower-cased. */
  reservedWords: string[];
}

/**
 * Where one owner group (and every group below it) may create repositories.
 *
 * @public
 */
export interface OwnerTargetRule {
  /** Full group entity ref, like `group:default/commerce`. */
  group: string;
  /** GitHub organisations the group may create repositories in. */
  githubOrganizations: string[];
  /** Azure DevOps projects written `organization/project`. */
  azureProjects: string[];
}

/**
 * A named golden-path policy read from `goldenPaths.policies`.
 *
 * @public
 */
export interface GoldenPathPolicy {
  /** The policy's key under `goldenPaths.policies`. */
  name: string;
  /** What the policy is for. */
  description?: string;
  /** Rules for component and repository names. */
  naming: NamingRules;
  /** Whether the user must belong to the owner group or a group above it. */
  requireMembership: boolean;
  /** Where each owner group may create repositories. */
  owners: OwnerTargetRule[];
  /** Allowed lifecycles; any when undefined. */
  lifecycles?: string[];
  /** Annotations the written catalog-info.yaml must carry. */
  requiredAnnotations: string[];
  /** The branch-policy set for repositories of this policy. */
  branchPolicy?: string;
  /** Allowed access levels and their longest durations; any when undefined. */
  accessLevels?: AccessLevelRule[];
}

/**
 * An access level an access request may ask for.
 *
 * @public
 */
export interface AccessLevelRule {
  /** The level's name, like read, write or admin. */
  level: string;
  /** The longest access granted at this level, in days. */
  maxDurationDays?: number;
}

/**
 * A named branch-policy set read from `goldenPaths.branchPolicies`.
 *
 * @public
 */
export interface BranchPolicySet {
  /** The set's key under `goldenPaths.branchPolicies`. */
  name: string;
  /** The branch to protect; the action input or `main` when undefined. */
  branch?: string;
  /** Approving reviews needed before a merge. */
  requiredApprovals: number;
  /** Whether a code owner must approve. */
  requireCodeOwnerReview: boolean;
  /** Whether new pushes dismiss earlier approvals. */
  dismissStaleReviews: boolean;
  /** GitHub status-check contexts that must pass. */
  requiredStatusChecks: string[];
  /** Whether merges must keep a linear history. */
  requireLinearHistory: boolean;
  /** Whether review conversations must be resolved. */
  requireConversationResolution: boolean;
  /** Whether merged head branches are deleted. */
  deleteBranchOnMerge: boolean;
  /** GitHub-only settings. */
  github: {
    /** Classic branch protection or a repository ruleset. */
    mode: 'branch-protection' | 'ruleset';
    /** Whether administrators are bound too. */
    enforceAdmins: boolean;
  };
  /** Azure DevOps-only settings. */
  azure: {
    /** Build definitions whose runs must pass. */
    buildDefinitionIds: number[];
    /** Whether pull requests must link a work item. */
    requireLinkedWorkItems: boolean;
  };
}

/**
 * All golden-path configuration, validated.
 *
 * @public
 */
export interface GoldenPathsConfig {
  /** Policies by name. */
  policies: Map<string, GoldenPathPolicy>;
  /** Branch-policy sets by name. */
  branchPolicies: Map<string, BranchPolicySet>;
}
