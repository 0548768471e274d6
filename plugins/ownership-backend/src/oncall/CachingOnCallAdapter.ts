import { stringifyEntityRef } from '@backstage/catalog-model';
import { OnCallAnswer } from '@cairn/plugin-ownership-common';
import { OnCallAdapter, OnCallQuery } from './types';

/**
 * Reuses on-call answers for a while so a busy entity page does not spend
 * the provider's rate limit. Only answers from the provider are cached.
 */
export class CachingOnCallAdapter implements OnCallAdapter {
  private readonly cache = new Map<
    string,
    { expires: number; answer: OnCallAnswer }
  >();

  constructor(
    private readonly inner: OnCallAdapter,
    private readonly ttlSeconds: number,
    private readonly maxEntries = 5000,
  ) {}

  async lookup(query: OnCallQuery): Promise<OnCallAnswer> {
    const key = `${stringifyEntityRef(query.entity)}|${
      query.owner ? stringifyEntityRef(query.owner) : ''
    }`;
    const hit = this.cache.get(key);
    if (hit && hit.expires > Date.now()) {
      return hit.answer;
    }

    const answer = await this.inner.lookup(query);
    if (answer.status === 'ok') {
      if (this.cache.size >= this.maxEntries) {
        this.cache.clear();
      }
      this.cache.set(key, {
        expires: Date.now() + this.ttlSeconds * 1000,
        answer,
      });
    }
    return answer;
  }
}
