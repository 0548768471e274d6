import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ScorecardsFactCollector } from '@cairn/plugin-scorecards-node';
import { collectBatch } from './runCollector';

const entities: Entity[] = ['a', 'b', 'c', 'd'].map(name => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
}));

function collector(
  collect: ScorecardsFactCollector['collect'],
): ScorecardsFactCollector {
  return { id: 'test', facts: { ok: { type: 'boolean' } }, collect };
}

describe('collectBatch', () => {
  const logger = mockServices.logger.mock();

  it('keeps per-entity failures, missing and invalid results apart from good ones', async () => {
    const records = await collectBatch(
      collector(async () => [
        { entityRef: 'Component:default/a', facts: { ok: true } },
        { entityRef: 'component:default/b', error: new Error('rate limited') },
        { entityRef: 'component:default/c', facts: { ok: 'yes' } },
      ]),
      entities,
      logger,
    );
    expect(records).toEqual([
      { entityRef: 'component:default/a', source: 'test', facts: { ok: true } },
      {
        entityRef: 'component:default/b',
        source: 'test',
        error: 'rate limited',
      },
      {
        entityRef: 'component:default/c',
        source: 'test',
        error: 'fact "ok" must be of type boolean',
      },
      {
        entityRef: 'component:default/d',
        source: 'test',
        error: 'no facts collected',
      },
    ]);
  });

  it('turns a thrown batch into errors for each of its entities', async () => {
    const records = await collectBatch(
      collector(async () => {
        throw new Error('upstream down');
      }),
      entities.slice(0, 2),
      logger,
    );
    expect(records).toEqual([
      {
        entityRef: 'component:default/a',
        source: 'test',
        error: 'upstream down',
      },
      {
        entityRef: 'component:default/b',
        source: 'test',
        error: 'upstream down',
      },
    ]);
    expect(logger.warn).toHaveBeenCalled();
  });
});
