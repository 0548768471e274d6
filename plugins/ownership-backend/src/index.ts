/**
 * The Cairn ownership backend plugin.
 *
 * @packageDocumentation
 */

export { ownershipPlugin as default } from './plugin';
