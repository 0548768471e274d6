import { CatalogService } from '@backstage/plugin-catalog-node';

/**
 * Wraps a catalog service so that the time spent in each of its methods is
 * summed, to show where a validation spends its time.
 */
export function timedCatalog(catalog: CatalogService) {
  const totals = new Map<string, { calls: number; ms: number }>();
  const timed = new Proxy(catalog, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const start = performance.now();
        try {
          return await value.apply(target, args);
        } finally {
          const entry = totals.get(String(property)) ?? { calls: 0, ms: 0 };
          entry.calls += 1;
          entry.ms += performance.now() - start;
          totals.set(String(property), entry);
        }
      };
    },
  });
  return {
    catalog: timed,
    reset: () => totals.clear(),
    report: () =>
      [...totals.entries()]
        .map(
          ([method, { calls, ms }]) =>
            `${method} ${calls} calls, mean ${(ms / calls).toFixed(1)} ms`,
        )
        .join('; '),
  };
}
