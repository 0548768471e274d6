import { Entity } from '@backstage/catalog-model';
import { OnCallAnswer } from '@cairn/plugin-ownership-common';

/** What an on-call adapter gets to decide who is on call. */
export interface OnCallQuery {
  entity: Entity;
  /** The resolved owner, when it is in the catalog. */
  owner?: Entity;
}

/** One on-call provider. */
export interface OnCallAdapter {
  lookup(query: OnCallQuery): Promise<OnCallAnswer>;
}
