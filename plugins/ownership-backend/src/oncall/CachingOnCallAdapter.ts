import { stringifyEntityRef } from '@backstage/catalog-model';
import { OnCallAnswer } from '@cairn/plugin-ownership-common';
import { OnCallAdapter, OnCallQuery } from './types';

/** Seconds a failed answer is reused, so a burst of page views does not
 * keep hitting a provider that is down or rate limiting. */
export const FAILURE_TTL_SECONDS = 15;

/**
 * Reuses on-call answers for a while so a busy entity page does not spend
 * the provider's rate limit: answers for `ttlSeconds`, failures for
 * {@link FAILURE_TTL_SECONDS} at most. "Not configured" and "not
 * applicable" cost nothing and are not kept.
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
    let ttl = 0;
    if (answer.status === 'ok') {
      ttl = this.ttlSeconds;
    } else if (answer.status === 'error') {
      ttl = Math.min(this.ttlSeconds, FAILURE_TTL_SECONDS);
    }
    if (ttl > 0) {
      if (this.cache.size >= this.maxEntries) {
        this.cache.clear();
      }
      this.cache.set(key, { expires: Date.now() + ttl * 1000, answer });
    }
    return answer;
  }
}
