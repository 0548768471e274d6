/**
 * Repository files fact collector for Cairn scorecards, reading through the
 * UrlReaderService.
 *
 * @packageDocumentation
 */

export { scorecardsModuleRepositoryCollector as default } from './module';
export { RepositoryFactCollector, usesLatest } from './RepositoryFactCollector';
export type { RepositoryFactCollectorOptions } from './RepositoryFactCollector';
export { RateLimiter } from './RateLimiter';
