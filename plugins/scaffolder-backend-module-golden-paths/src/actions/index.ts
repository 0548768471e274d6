export {
  createPolicyValidateAction,
  type PolicyValidateActionOptions,
} from './policyValidate';
export {
  createGithubApplyPolicyAction,
  type GithubApplyPolicyActionOptions,
} from './githubApplyPolicy';
export {
  AZURE_POLICY_TYPES,
  createAzureApplyPolicyAction,
  type AzureApplyPolicyActionOptions,
} from './azureApplyPolicy';
export {
  createCatalogWriteInfoAction,
  type CatalogWriteInfoActionOptions,
} from './catalogWriteInfo';
export {
  TEAM_SLUG_ANNOTATION,
  createCodeownersWriteAction,
  type CodeownersWriteActionOptions,
} from './codeownersWrite';
