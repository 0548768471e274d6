import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import request from 'supertest';
import { scaffolderModuleGoldenPaths } from './module';
import { goldenPathsTestConfig } from './__testUtils__/fixtures';

function start(goldenPaths: JsonObject) {
  return startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleGoldenPaths,
      catalogServiceMock.factory(),
      mockServices.rootConfig.factory({ data: { goldenPaths } }),
    ],
  });
}

describe('scaffolderModuleGoldenPaths', () => {
  it('registers the cairn actions with their schemas and examples', async () => {
    const { server } = await start(goldenPathsTestConfig);
    const response = await request(server)
      .get('/api/scaffolder/v2/actions')
      .set('Authorization', mockCredentials.user.header());

    const cairn = (
      response.body as Array<{
        id: string;
        examples?: unknown[];
        schema?: {
          input?: { properties?: Record<string, { description?: string }> };
        };
      }>
    ).filter(action => action.id.startsWith('cairn:'));
    expect(cairn.map(a => a.id).sort()).toEqual([
      'cairn:azure:repo:apply-policy',
      'cairn:catalog:write-info',
      'cairn:codeowners:write',
      'cairn:github:repo:apply-policy',
      'cairn:policy:validate',
    ]);
    for (const action of cairn) {
      expect(action.examples!.length).toBeGreaterThan(0);
      const properties = Object.entries(action.schema!.input!.properties!);
      expect(properties.length).toBeGreaterThan(0);
      for (const [name, property] of properties) {
        expect([action.id, name, typeof property.description]).toEqual([
          action.id,
          name,
          'string',
        ]);
      }
    }
  });

  it('stops the backend at startup when a policy is invalid, naming the key', async () => {
    await expect(
      start({ policies: { service: { naming: { pattern: '[unclosed' } } } }),
    ).rejects.toThrow(
      /Invalid config at goldenPaths\.policies\.service\.naming\.pattern/,
    );
  });
});
