import { OnCallAnswer } from '@cairn/plugin-ownership-common';
import { entity } from '../__testUtils__/catalog';
import { CachingOnCallAdapter } from './CachingOnCallAdapter';

const ok: OnCallAnswer = {
  provider: 'pagerduty',
  status: 'ok',
  people: [{ name: 'Ann' }],
};
const failed: OnCallAnswer = {
  provider: 'pagerduty',
  status: 'error',
  reason: 'PagerDuty answered 503',
  people: [],
};

describe('CachingOnCallAdapter', () => {
  const component = entity('Component', 'a', { owner: 'team-a' });

  it('reuses a provider answer until it expires', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const inner = { lookup: jest.fn().mockResolvedValue(ok) };
      const adapter = new CachingOnCallAdapter(inner, 60);

      await adapter.lookup({ entity: component });
      await adapter.lookup({ entity: component });
      expect(inner.lookup).toHaveBeenCalledTimes(1);

      jest.setSystemTime(Date.now() + 61_000);
      await adapter.lookup({ entity: component });
      expect(inner.lookup).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps a failure only briefly, then tries again', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const inner = {
        lookup: jest.fn().mockResolvedValueOnce(failed).mockResolvedValue(ok),
      };
      const adapter = new CachingOnCallAdapter(inner, 60);
      expect((await adapter.lookup({ entity: component })).status).toBe(
        'error',
      );
      expect((await adapter.lookup({ entity: component })).status).toBe(
        'error',
      );
      jest.setSystemTime(Date.now() + 16_000);
      expect((await adapter.lookup({ entity: component })).status).toBe('ok');
      expect(inner.lookup).toHaveBeenCalledTimes(2);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keys answers by entity and owner', async () => {
    const inner = { lookup: jest.fn().mockResolvedValue(ok) };
    const adapter = new CachingOnCallAdapter(inner, 60);
    await adapter.lookup({ entity: component });
    await adapter.lookup({ entity: entity('Component', 'b') });
    expect(inner.lookup).toHaveBeenCalledTimes(2);
  });
});
