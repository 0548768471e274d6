/**
 * Cairn scorecards backend: server-side evaluation, history, roll-ups and
 * exemptions.
 *
 * @packageDocumentation
 */

export { scorecardsPlugin as default } from './plugin';
