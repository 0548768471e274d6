import {
  CheckResultChange,
  EvaluatedCheck,
} from '@cairn/plugin-scorecards-common';

/**
 * One scorecard's result for one entity, as written by the evaluation.
 *
 * @public
 */
export interface ResultRecord {
  entityRef: string;
  scorecardId: string;
  score: number;
  levelIndex: number;
  levelId?: string;
  checks: EvaluatedCheck[];
}

/**
 * A stored result with its times.
 *
 * @public
 */
export interface StoredResult extends ResultRecord {
  evaluatedAt: Date;
  changedAt: Date;
}

/**
 * What roll-ups group an entity by.
 *
 * @public
 */
export interface EntityRecord {
  entityRef: string;
  kind: string;
  title?: string;
  ownerRef?: string;
  systemRef?: string;
  domainRef?: string;
}

/**
 * Which entities a roll-up covers.
 *
 * @public
 */
export type RollupFilter =
  | { ownerRefs: string[] }
  | { systemRef: string }
  | { domainRef: string };

/**
 * One entity's result inside a roll-up.
 *
 * @public
 */
export interface RollupRow {
  entityRef: string;
  kind: string;
  title?: string;
  ownerRef?: string;
  scorecardId: string;
  score: number;
  levelId?: string;
  failing: string[];
}

/**
 * Aggregates of one scorecard over some entities, per level.
 *
 * @public
 */
export interface LevelAggregate {
  key: string;
  levelId?: string;
  count: number;
  scoreSum: number;
}

/**
 * Collected facts for one entity and source.
 *
 * @public
 */
export type FactRecord =
  | { entityRef: string; source: string; facts: Record<string, unknown> }
  | { entityRef: string; source: string; error: string };

/**
 * A stored exemption row.
 *
 * @public
 */
export interface ExemptionRecord {
  id: string;
  entityRef: string;
  scorecardId: string;
  checkId: string;
  reason: string;
  expiresAt: Date;
  createdBy: string;
  createdAt: Date;
}

export type { CheckResultChange };
