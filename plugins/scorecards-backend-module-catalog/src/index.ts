/**
 * Catalog metadata fact collector for Cairn scorecards.
 *
 * @packageDocumentation
 */

export { scorecardsModuleCatalogCollector as default } from './module';
export { CatalogFactCollector } from './CatalogFactCollector';
export type { CatalogFactCollectorOptions } from './CatalogFactCollector';
