/**
 * Spaces out work so that at most `perMinute` tasks start per minute.
 *
 * @public
 */
export class RateLimiter {
  readonly #intervalMs: number;
  #next = 0;

  constructor(perMinute: number) {
    this.#intervalMs = 60_000 / perMinute;
  }

  /** Resolves when the caller may start its next task. */
  async acquire(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.#next);
    this.#next = at + this.#intervalMs;
    if (at > now) {
      await new Promise(resolve => setTimeout(resolve, at - now));
    }
  }
}
