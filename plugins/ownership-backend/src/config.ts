import { Config, ConfigReader } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { DEFAULT_MAX_GROUP_DEPTH } from '@cairn/plugin-ownership-common';

/**
 * The ownership backend's settings, read once at startup.
 *
 * @public
 */
export interface OwnershipConfig {
  placeholderOwners: string[];
  fallbackOwner?: string;
  refreshIntervalSeconds: number;
  maxAgeSeconds: number;
  pageSize: number;
  maxGroupDepth: number;
  confirmationMaxAgeDays: number;
  requireConfirmation: boolean;
  onCallCacheSeconds: number;
  pagerDuty?: { apiToken: string; baseUrl: string };
  opsgenie?: { apiKey: string; baseUrl: string };
}

function positive(config: Config, key: string, defaultValue: number): number {
  const value = config.getOptionalNumber(key) ?? defaultValue;
  if (!Number.isFinite(value) || value <= 0) {
    throw new InputError(`ownership.${key} must be a positive number`);
  }
  return value;
}

/**
 * Reads and validates the `ownership` config section.
 *
 * @public
 * @param root - The root config.
 */
export function readOwnershipConfig(root: Config): OwnershipConfig {
  const config =
    root.getOptionalConfig('ownership') ?? new ConfigReader({}, 'ownership');
  const pagerDuty = config.getOptionalConfig('pagerDuty');
  const opsgenie = config.getOptionalConfig('opsgenie');
  const refreshIntervalSeconds = positive(
    config,
    'index.refreshIntervalSeconds',
    60,
  );
  const maxAgeSeconds = positive(config, 'index.maxAgeSeconds', 300);
  if (maxAgeSeconds < refreshIntervalSeconds) {
    throw new InputError(
      'ownership.index.maxAgeSeconds must not be below ownership.index.refreshIntervalSeconds',
    );
  }

  return {
    placeholderOwners: (
      config.getOptionalStringArray('placeholderOwners') ?? []
    ).map(p => p.toLowerCase()),
    fallbackOwner: config.getOptionalString('fallbackOwner'),
    refreshIntervalSeconds,
    maxAgeSeconds,
    pageSize: Math.floor(positive(config, 'index.pageSize', 1000)),
    maxGroupDepth: Math.floor(
      positive(config, 'index.maxGroupDepth', DEFAULT_MAX_GROUP_DEPTH),
    ),
    confirmationMaxAgeDays: positive(
      config,
      'staleness.confirmationMaxAgeDays',
      365,
    ),
    requireConfirmation:
      config.getOptionalBoolean('staleness.requireConfirmation') ?? false,
    onCallCacheSeconds: positive(config, 'onCallCacheSeconds', 60),
    pagerDuty: pagerDuty && {
      apiToken: pagerDuty.getString('apiToken'),
      baseUrl:
        pagerDuty.getOptionalString('baseUrl') ?? 'https://api.pagerduty.com',
    },
    opsgenie: opsgenie && {
      apiKey: opsgenie.getString('apiKey'),
      baseUrl:
        opsgenie.getOptionalString('baseUrl') ?? 'https://api.opsgenie.com',
    },
  };
}
