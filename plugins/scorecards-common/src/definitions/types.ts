import { JsonObject } from '@backstage/types';

/**
 * A level of a scorecard, as written in a definition.
 *
 * @public
 */
export interface ScorecardLevelDefinition {
  /** Unique id. */
  id: string;
  /** Display title. */
  title: string;
  /** Short description, plain text. */
  description?: string;
}

/**
 * A check, as written in a definition.
 *
 * @public
 */
export interface ScorecardCheckDefinition {
  /** Unique id. */
  id: string;
  /** Display title. */
  title: string;
  /** Short description, plain text. */
  description?: string;
  /** Why the check matters, as markdown. */
  why?: string;
  /** How to make it pass, as markdown. */
  howToFix?: string;
  /** The id of the level the check belongs to. */
  level: string;
  /** Relative weight in the score; default 1. */
  weight?: number;
  /**
   * `error` (default): a failing check fails. `warn`: a failing check is
   * reported as `warn`, lowers the score but does not block a level.
   */
  severity?: 'error' | 'warn';
  /** Filter over the entity; the check is `not_applicable` where it does not match. */
  appliesTo?: JsonObject;
  /** Rule over the document `{ entity, facts }`. */
  rule: JsonObject;
}

/**
 * A scorecard, as written in app-config or a YAML file.
 *
 * @public
 */
export interface ScorecardDefinition {
  /** Unique id. */
  id: string;
  /** Display title. */
  title: string;
  /** Short description, plain text. */
  description?: string;
  /** Entity ref of the owning group. */
  owner?: string;
  /** Filter over the entity; default: every Component. */
  appliesTo?: JsonObject;
  /** Levels, lowest first. */
  levels: ScorecardLevelDefinition[];
  /** The checks. */
  checks: ScorecardCheckDefinition[];
}
