import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import { readGoldenPathsConfig } from '../config/readGoldenPathsConfig';

/** The repository root, where examples/ and templates/ live. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** Tokens with characters that change under URL and base64 encoding. */
export const GITHUB_TOKEN = 'ghp_S3cr3t+Tok/en=Cairn&42';
export const AZURE_TOKEN = 'azdo+PAT/S3cr3t=Cairn?99';

/** Every form a token could leak in. */
export function encodedForms(token: string): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [
    token,
    encodeURIComponent(token),
    encodeURI(token),
    b64(token),
    b64(`:${token}`),
    b64(`x-access-token:${token}`),
    Buffer.from(token).toString('base64url'),
    Buffer.from(token).toString('hex'),
    JSON.stringify(token).slice(1, -1),
  ];
}

/** Loads the Lumen Logistics example catalog. */
export function loadExampleEntities(): Entity[] {
  return ['org.yaml', 'entities.yaml'].flatMap(file =>
    yaml
      .parseAllDocuments(
        fs.readFileSync(path.join(REPO_ROOT, 'examples', file), 'utf8'),
      )
      .map(doc => doc.toJSON() as Entity)
      .filter(Boolean),
  );
}

export const goldenPathsTestConfig: JsonObject = {
  branchPolicies: {
    standard: {
      requiredApprovals: 1,
      requireCodeOwnerReview: true,
      dismissStaleReviews: true,
      requiredStatusChecks: ['ci/build'],
      requireLinearHistory: true,
      requireConversationResolution: true,
      deleteBranchOnMerge: true,
      azure: { buildDefinitionIds: [42], requireLinkedWorkItems: true },
    },
    strict: {
      requiredApprovals: 2,
      requireCodeOwnerReview: true,
      dismissStaleReviews: true,
      requiredStatusChecks: ['ci/build', 'ci/security'],
      requireLinearHistory: true,
      requireConversationResolution: true,
      deleteBranchOnMerge: true,
      github: { mode: 'ruleset' },
    },
  },
  policies: {
    service: {
      naming: {
        pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$',
        patternDescription: 'lower-case words joined by single hyphens',
        minLength: 3,
        maxLength: 40,
        reservedWords: ['admin', 'backstage', 'test'],
      },
      owners: [
        {
          group: 'group:default/commerce',
          githubOrganizations: ['lumen-logistics'],
          azureProjects: ['lumen/commerce'],
        },
        {
          group: 'group:default/platform',
          githubOrganizations: ['lumen-logistics', 'lumen-platform'],
          azureProjects: ['lumen/platform'],
        },
        {
          group: 'group:default/data-science',
          githubOrganizations: ['lumen-data'],
          azureProjects: ['lumen/insights'],
        },
      ],
      lifecycles: ['experimental', 'production'],
      requiredAnnotations: [
        'backstage.io/techdocs-ref',
        'backstage.io/source-location',
      ],
      branchPolicy: 'standard',
    },
    'access-request': {
      accessLevels: [
        { level: 'read', maxDurationDays: 90 },
        { level: 'write', maxDurationDays: 30 },
        { level: 'admin', maxDurationDays: 7 },
      ],
    },
  },
};

export const integrationsTestConfig: JsonObject = {
  github: [{ host: 'github.com', token: GITHUB_TOKEN }],
  azure: [
    {
      host: 'dev.azure.com',
      credentials: [{ personalAccessToken: AZURE_TOKEN }],
    },
  ],
};

export function createTestSetup(entities: Entity[] = loadExampleEntities()) {
  const config = new ConfigReader({
    goldenPaths: goldenPathsTestConfig,
    integrations: integrationsTestConfig,
  });
  return {
    goldenPaths: readGoldenPathsConfig(config),
    integrations: ScmIntegrations.fromConfig(config),
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    entities,
  };
}

export function findEntity(entities: Entity[], kind: string, name: string) {
  const entity = entities.find(
    e => e.kind === kind && e.metadata.name === name,
  );
  if (!entity) throw new Error(`No ${kind} ${name} in the examples`);
  return entity;
}
