import { RateLimiter } from './RateLimiter';

describe('RateLimiter', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('spaces out starts to the configured rate', async () => {
    const limiter = new RateLimiter(60);
    const started: number[] = [];
    const all = [0, 1, 2].map(i =>
      limiter.acquire().then(() => started.push(i)),
    );

    await jest.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(started).toEqual([0, 1]);
    await jest.advanceTimersByTimeAsync(1000);
    expect(started).toEqual([0, 1, 2]);
    await Promise.all(all);
  });
});
