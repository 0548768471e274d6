/**
 * Naming rules of a golden-path policy.
 *
 * @public
 */
export interface NamingRules {
  pattern?: RegExp;
  patternDescription?: string;
  minLength?: number;
  maxLength?: number;
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
  name: string;
  description?: string;
  naming: NamingRules;
  requireMembership: boolean;
  owners: OwnerTargetRule[];
  lifecycles?: string[];
  requiredAnnotations: string[];
  branchPolicy?: string;
}

/**
 * A named branch-policy set read from `goldenPaths.branchPolicies`.
 *
 * @public
 */
export interface BranchPolicySet {
  name: string;
  branch?: string;
  requiredApprovals: number;
  requireCodeOwnerReview: boolean;
  dismissStaleReviews: boolean;
  requiredStatusChecks: string[];
  requireLinearHistory: boolean;
  requireConversationResolution: boolean;
  deleteBranchOnMerge: boolean;
  github: {
    mode: 'branch-protection' | 'ruleset';
    enforceAdmins: boolean;
  };
  azure: {
    buildDefinitionIds: number[];
    requireLinkedWorkItems: boolean;
  };
}

/**
 * All golden-path configuration, validated.
 *
 * @public
 */
export interface GoldenPathsConfig {
  policies: Map<string, GoldenPathPolicy>;
  branchPolicies: Map<string, BranchPolicySet>;
}
