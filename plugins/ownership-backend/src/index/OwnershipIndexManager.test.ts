import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { QueryEntitiesRequest } from '@backstage/catalog-client';
import { fixtureEntities } from '../__testUtils__/catalog';
import { INDEX_FIELDS } from './OwnershipIndex';
import { OwnershipIndexManager } from './OwnershipIndexManager';

/** A catalog that pages with cursors, as the real one does. */
function pagingCatalog(entities: Entity[]) {
  const requests: QueryEntitiesRequest[] = [];
  const queryEntities = jest.fn(async (request?: QueryEntitiesRequest) => {
    requests.push(request!);
    const start = request && 'cursor' in request ? Number(request.cursor) : 0;
    const limit = request?.limit ?? 10;
    const items = entities.slice(start, start + limit);
    const next = start + limit;
    return {
      items,
      totalItems: entities.length,
      pageInfo: next < entities.length ? { nextCursor: String(next) } : {},
    };
  });
  return { queryEntities, requests };
}

function manager(
  catalog: ReturnType<typeof pagingCatalog>,
  maxAgeSeconds = 300,
) {
  return new OwnershipIndexManager({
    catalog,
    auth: {
      getOwnServiceCredentials: async () => mockCredentials.service(),
    },
    logger: mockServices.logger.mock(),
    pageSize: 5,
    maxAgeSeconds,
    placeholderOwners: ['unknown'],
    maxGroupDepth: 32,
  });
}

describe('OwnershipIndexManager', () => {
  it('reads the catalog in pages with only the indexed fields', async () => {
    const catalog = pagingCatalog(fixtureEntities);
    const index = await manager(catalog).getIndex();

    expect(index.size).toBe(fixtureEntities.length);
    expect(catalog.requests).toHaveLength(
      Math.ceil(fixtureEntities.length / 5),
    );
    for (const request of catalog.requests) {
      expect(request).toMatchObject({ fields: INDEX_FIELDS, limit: 5 });
    }
  });

  it('reuses a fresh index and shares one build between callers', async () => {
    const catalog = pagingCatalog(fixtureEntities);
    const m = manager(catalog);
    const [a, b] = await Promise.all([m.getIndex(), m.getIndex()]);
    expect(a).toBe(b);
    expect(await m.getIndex()).toBe(a);
    expect(catalog.requests).toHaveLength(5);
  });

  it('rebuilds an index older than the configured maximum age', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const catalog = pagingCatalog(fixtureEntities);
      const m = manager(catalog, 120);
      const first = await m.getIndex();
      jest.setSystemTime(Date.now() + 121_000);
      const second = await m.getIndex();
      expect(second).not.toBe(first);
      expect(second.info().ageSeconds).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it('rebuilds after a miss only once the index is 10 s old', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const catalog = pagingCatalog(fixtureEntities);
      const m = manager(catalog);
      const first = await m.getIndex();
      expect(await m.getIndexAfterMiss()).toBe(first);
      jest.setSystemTime(Date.now() + 11_000);
      expect(await m.getIndexAfterMiss()).not.toBe(first);
    } finally {
      jest.useRealTimers();
    }
  });

  it('rebuilds an empty index on a miss at once', async () => {
    const catalog = pagingCatalog([]);
    const m = manager(catalog);
    const empty = await m.getIndex();
    expect(empty.size).toBe(0);
    expect(await m.getIndexAfterMiss()).not.toBe(empty);
  });

  it('turns a failed build into 503 Service Unavailable', async () => {
    const catalog = pagingCatalog(fixtureEntities);
    catalog.queryEntities.mockRejectedValueOnce(new Error('catalog down'));
    await expect(manager(catalog).getIndex()).rejects.toMatchObject({
      name: 'ServiceUnavailableError',
      message: expect.stringContaining('catalog down'),
    });
  });
});
