import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { FactDeclaration, FactType } from '@cairn/plugin-scorecards-node';
import { OwnerResolutionOptions } from '@cairn/plugin-ownership-common';

const FACT_TYPES: FactType[] = [
  'boolean',
  'number',
  'string',
  'string[]',
  'object',
];

/**
 * The scorecards backend's settings, read once at startup.
 *
 * @public
 */
export interface ScorecardsSettings {
  schedule: SchedulerServiceTaskScheduleDefinition;
  pageSize: number;
  retentionDays: number;
  trendDays: number;
  maxExemptionDays: number;
  maxFactPayloadBytes: number;
  pushSources: Map<string, Record<string, FactDeclaration>>;
  ownership: OwnerResolutionOptions;
}

/**
 * Reads and checks the `scorecards` config, naming the key on error.
 *
 * @public
 */
export function readScorecardsSettings(config: Config): ScorecardsSettings {
  const schedule = config.has('scorecards.schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('scorecards.schedule'),
      )
    : {
        frequency: { minutes: 30 },
        timeout: { minutes: 15 },
        initialDelay: { seconds: 10 },
      };

  const pushSources = new Map<string, Record<string, FactDeclaration>>();
  for (const [i, source] of (
    config.getOptionalConfigArray('scorecards.pushSources') ?? []
  ).entries()) {
    const id = source.getString('id');
    if (pushSources.has(id)) {
      throw new InputError(
        `scorecards.pushSources[${i}].id: duplicate source "${id}"`,
      );
    }
    const facts: Record<string, FactDeclaration> = Object.create(null);
    const factsConfig = source.getConfig('facts');
    for (const name of factsConfig.keys()) {
      const type = factsConfig.getString(`${name}.type`) as FactType;
      if (!FACT_TYPES.includes(type)) {
        throw new InputError(
          `scorecards.pushSources[${i}].facts.${name}.type: must be one of ${FACT_TYPES.join(
            ', ',
          )}`,
        );
      }
      facts[name] = {
        type,
        description: factsConfig.getOptionalString(`${name}.description`),
      };
    }
    pushSources.set(id, facts);
  }

  return {
    schedule,
    pageSize: positive(config, 'scorecards.pageSize', 1000),
    retentionDays: positive(config, 'scorecards.retentionDays', 180),
    trendDays: positive(config, 'scorecards.trendDays', 90),
    maxExemptionDays: positive(config, 'scorecards.exemptions.maxDays', 90),
    maxFactPayloadBytes: positive(
      config,
      'scorecards.maxFactPayloadBytes',
      65536,
    ),
    pushSources,
    ownership: {
      placeholderOwners: config.getOptionalStringArray(
        'ownership.placeholderOwners',
      ),
      fallbackOwner: config.getOptionalString('ownership.fallbackOwner'),
    },
  };
}

function positive(config: Config, key: string, fallback: number): number {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value <= 0) {
    throw new InputError(`${key}: must be a positive whole number`);
  }
  return value;
}
