/**
 * Cairn golden-path scaffolder actions, with guardrails enforced on the
 * server.
 *
 * @packageDocumentation
 */

export { scaffolderModuleGoldenPaths as default } from './module';
export { scaffolderModuleGoldenPaths } from './module';
export * from './actions';
export { readGoldenPathsConfig } from './config/readGoldenPathsConfig';
export type {
  AccessLevelRule,
  BranchPolicySet,
  GoldenPathPolicy,
  GoldenPathsConfig,
  NamingRules,
  OwnerTargetRule,
} from './config/types';
