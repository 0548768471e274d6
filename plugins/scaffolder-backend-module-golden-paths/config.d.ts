export interface Config {
  /**
   * Cairn golden paths: the guardrails that the `cairn:*` scaffolder actions
   * enforce on the server, whatever the template form allowed.
   */
  goldenPaths?: {
    /**
     * Named policies. A template selects one with the `policy` input of
     * `cairn:policy:validate` (and of the write and apply actions).
     */
    policies?: {
      [policyName: string]: {
        /** What the policy is for, shown in error messages and docs. */
        description?: string;
        /** Naming rules for the component and repository name. */
        naming?: {
          /** A regular expression the whole name must match. */
          pattern?: string;
          /** Shown instead of the raw pattern when the name does not match. */
          patternDescription?: string;
          /** The shortest allowed name. */
          minLength?: number;
          /** The longest allowed name. */
          maxLength?: number;
          /** Names that may not be used, compared case-insensitively. */
          reservedWords?: string[];
        };
        /**
         * Whether the user running the template must belong to the owner
         * group or one of its ancestors. Defaults to true.
         */
        requireMembership?: boolean;
        /**
         * Where each owner group may create repositories. A rule applies to
         * the group it names and to every group below it.
         */
        owners?: Array<{
          /** A group entity ref, like `group:default/commerce`. */
          group: string;
          /** GitHub organisations the group may create repositories in. */
          githubOrganizations?: string[];
          /**
           * Azure DevOps projects the group may create repositories in,
           * written `organization/project`.
           */
          azureProjects?: string[];
        }>;
        /** Allowed `spec.lifecycle` values. Any lifecycle when absent. */
        lifecycles?: string[];
        /** Annotations the written catalog-info.yaml must carry. */
        requiredAnnotations?: string[];
        /** The branch-policy set applied to repositories of this policy. */
        branchPolicy?: string;
        /**
         * Access levels an access request may ask for, each with the longest
         * duration allowed. Any level when absent.
         */
        accessLevels?: Array<{
          /** The level's name, like read, write or admin. */
          level: string;
          /** The longest access granted at this level, in days. */
          maxDurationDays?: number;
        }>;
      };
    };
    /** Named branch-policy sets, applied by the apply-policy actions. */
    branchPolicies?: {
      [setName: string]: {
        /** The branch to protect. Defaults to the repository default. */
        branch?: string;
        /** Approving reviews needed before a merge (0 to 10). */
        requiredApprovals?: number;
        /** Whether a code owner must approve. */
        requireCodeOwnerReview?: boolean;
        /** Whether new pushes dismiss earlier approvals. */
        dismissStaleReviews?: boolean;
        /** Status checks (GitHub contexts) that must pass. */
        requiredStatusChecks?: string[];
        /** Whether merges must keep a linear history. */
        requireLinearHistory?: boolean;
        /** Whether all review conversations must be resolved. */
        requireConversationResolution?: boolean;
        /** Whether merged head branches are deleted. */
        deleteBranchOnMerge?: boolean;
        /** GitHub-only settings. */
        github?: {
          /**
           * `branch-protection` (classic protection, the default) or
           * `ruleset` (a repository ruleset named after the set).
           */
          mode?: 'branch-protection' | 'ruleset';
          /** Whether administrators are bound by the protection too. */
          enforceAdmins?: boolean;
        };
        /** Azure DevOps-only settings. */
        azure?: {
          /** Build definitions whose runs must pass (build validation). */
          buildDefinitionIds?: number[];
          /** Whether pull requests must link a work item. */
          requireLinkedWorkItems?: boolean;
        };
      };
    };
  };
}
