import {
  ComponentEntityV1alpha1,
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
  componentEntityV1alpha1Validator,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { ScmIntegrationRegistry } from '@backstage/integration';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import { requirePolicy } from '../config/lookup';
import { GoldenPathsConfig } from '../config/types';
import { describeRepository } from '../lib/repository';
import { writeWorkspaceFile } from '../lib/writeWorkspaceFile';
import { examples } from './catalogWriteInfo.examples';

/**
 * Options for {@link createCatalogWriteInfoAction}.
 *
 * @public
 */
export interface CatalogWriteInfoActionOptions {
  /** The validated `goldenPaths` config. */
  config: GoldenPathsConfig;
  /** SCM integrations, for hosts and credentials. */
  integrations: ScmIntegrationRegistry;
}

const entityPolicy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);
const validators = makeValidator();

/** Which input supplies each annotation, for error messages. */
const ANNOTATION_FIELDS: Record<string, string> = {
  'pagerduty.com/service-id': 'pagerDutyServiceId',
  'backstage.io/techdocs-ref': 'techdocs',
  'github.com/project-slug': 'repoUrl',
  'dev.azure.com/project-repo': 'repoUrl',
  'backstage.io/source-location': 'repoUrl',
};

function normaliseRef(field: string, value: string, defaultKind: string) {
  try {
    return stringifyEntityRef(
      parseEntityRef(value, { defaultKind, defaultNamespace: 'default' }),
    );
  } catch {
    throw new InputError(`${field}: "${value}" is not an entity ref`);
  }
}

/**
 * Creates `cairn:catalog:write-info`, which writes the new component's
 * catalog-info.yaml the golden-path way (owner, system, lifecycle, tags and
 * the annotations Cairn's ownership and scorecards read). The entity is
 * validated with the catalog model before it is written, and the file never
 * lands outside the workspace.
 *
 * @public
 */
export function createCatalogWriteInfoAction(
  options: CatalogWriteInfoActionOptions,
) {
  const { config, integrations } = options;

  return createTemplateAction({
    id: 'cairn:catalog:write-info',
    description:
      'Writes a validated catalog-info.yaml for a new golden-path component into the workspace.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        policy: z =>
          z
            .string()
            .optional()
            .describe(
              'Policy whose lifecycles and required annotations apply.',
            ),
        name: z => z.string().describe('metadata.name of the component.'),
        title: z => z.string().optional().describe('metadata.title.'),
        description: z =>
          z.string().optional().describe('metadata.description.'),
        type: z =>
          z.string().optional().describe('spec.type; defaults to service.'),
        owner: z =>
          z.string().describe('Owner group ref; the kind defaults to group.'),
        system: z =>
          z.string().optional().describe('System ref the component joins.'),
        lifecycle: z => z.string().describe('spec.lifecycle.'),
        tags: z => z.array(z.string()).optional().describe('metadata.tags.'),
        repoUrl: z =>
          z
            .string()
            .optional()
            .describe(
              'Repository in publish:* form; sets the slug and source-location annotations.',
            ),
        defaultBranch: z =>
          z
            .string()
            .optional()
            .describe('Branch for the source location; defaults to main.'),
        pagerDutyServiceId: z =>
          z
            .string()
            .optional()
            .describe('Sets the pagerduty.com/service-id annotation.'),
        techdocs: z =>
          z
            .boolean()
            .optional()
            .describe('Sets backstage.io/techdocs-ref: dir:. (default true).'),
        annotations: z =>
          z
            .record(z.string())
            .optional()
            .describe('Further annotations to set.'),
        filePath: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace-relative file to write; defaults to catalog-info.yaml.',
            ),
      },
      output: {
        entityRef: z => z.string().describe('Ref of the written entity.'),
        filePath: z =>
          z.string().describe('Workspace-relative path that was written.'),
        catalogInfoPath: z =>
          z
            .string()
            .describe(
              'The same path with a leading slash, for catalog:register.',
            ),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const policy = input.policy
        ? requirePolicy(config, input.policy)
        : undefined;

      if (!validators.isValidEntityName(input.name)) {
        throw new InputError(
          `name: "${input.name}" is not a valid entity name (letters, digits, - _ . up to 63 characters)`,
        );
      }
      for (const [index, tag] of (input.tags ?? []).entries()) {
        if (!validators.isValidTag(tag)) {
          throw new InputError(
            `tags[${index}]: "${tag}" is not a valid tag (lower case a-z, 0-9, + # - only)`,
          );
        }
      }
      if (policy?.lifecycles && !policy.lifecycles.includes(input.lifecycle)) {
        throw new InputError(
          `lifecycle: "${input.lifecycle}" is not allowed by policy ${
            policy.name
          } (allowed: ${policy.lifecycles.join(', ')})`,
        );
      }

      const annotations: Record<string, string> = {};
      if (input.repoUrl) {
        Object.assign(
          annotations,
          describeRepository(input.repoUrl, integrations, input.defaultBranch)
            .annotations,
        );
      }
      if (input.pagerDutyServiceId) {
        annotations['pagerduty.com/service-id'] = input.pagerDutyServiceId;
      }
      if (input.techdocs !== false) {
        annotations['backstage.io/techdocs-ref'] = 'dir:.';
      }
      // Creating the component through the golden path is a confirmation of
      // its ownership, which Cairn ownership reads to spot stale owners.
      annotations['cairn.dev/ownership-confirmed'] = new Date()
        .toISOString()
        .slice(0, 10);
      Object.assign(annotations, input.annotations ?? {});
      for (const key of Object.keys(annotations)) {
        if (!validators.isValidAnnotationKey(key)) {
          throw new InputError(`annotations: "${key}" is not a valid key`);
        }
      }
      for (const key of policy?.requiredAnnotations ?? []) {
        if (!annotations[key]) {
          throw new InputError(
            `${ANNOTATION_FIELDS[key] ?? 'annotations'}: policy ${
              policy!.name
            } requires the annotation ${key}`,
          );
        }
      }

      const entity: ComponentEntityV1alpha1 = {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: input.name,
          ...(input.title ? { title: input.title } : {}),
          ...(input.description ? { description: input.description } : {}),
          annotations,
          ...(input.tags?.length ? { tags: input.tags } : {}),
        },
        spec: {
          type: input.type ?? 'service',
          lifecycle: input.lifecycle,
          owner: normaliseRef('owner', input.owner, 'group'),
          ...(input.system
            ? { system: normaliseRef('system', input.system, 'system') }
            : {}),
        },
      };

      try {
        await entityPolicy.enforce(entity);
        await componentEntityV1alpha1Validator.check(entity);
      } catch (error) {
        throw new InputError(
          `The catalog would reject the component: ${(error as Error).message}`,
        );
      }

      const filePath = await writeWorkspaceFile({
        workspacePath: ctx.workspacePath,
        field: 'filePath',
        filePath: input.filePath ?? 'catalog-info.yaml',
        content: yaml.stringify(entity),
      });
      const entityRef = stringifyEntityRef(entity);
      ctx.logger.info(`Wrote ${filePath} for ${entityRef}`);
      ctx.output('entityRef', entityRef);
      ctx.output('filePath', filePath);
      ctx.output('catalogInfoPath', `/${filePath}`);
    },
  });
}
