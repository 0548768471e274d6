import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { JsonObject } from '@backstage/types';
import yaml from 'yaml';
import { createTestSetup } from '../__testUtils__/fixtures';
import { createCatalogWriteInfoAction } from './catalogWriteInfo';

const mockDir = createMockDirectory();

function setup() {
  const fixture = createTestSetup();
  const action = createCatalogWriteInfoAction({
    config: fixture.goldenPaths,
    integrations: fixture.integrations,
  });
  async function run(input: JsonObject, isDryRun = false) {
    mockDir.clear();
    const ctx = {
      ...createMockActionContext({ input, workspacePath: mockDir.path }),
      isDryRun,
    };
    await action.handler(ctx as never);
    return ctx;
  }
  return { run };
}

const base = {
  policy: 'service',
  name: 'parcel-tracker',
  description: 'Tracks parcels',
  owner: 'group:default/team-checkout',
  system: 'storefront',
  lifecycle: 'experimental',
  tags: ['golden-path', 'typescript'],
  repoUrl: 'github.com?owner=lumen-logistics&repo=parcel-tracker',
  pagerDutyServiceId: 'PTRACK1',
};

describe('cairn:catalog:write-info', () => {
  beforeEach(() => {
    jest.useFakeTimers({
      now: new Date('2026-12-03T10:00:00Z'),
      doNotFake: ['nextTick', 'setImmediate'],
    });
  });
  afterEach(() => jest.useRealTimers());

  it('writes a validated component with the annotations Cairn reads', async () => {
    const { run } = setup();
    const ctx = await run({ ...base, owner: 'team-checkout' });

    expect(
      yaml.parse(mockDir.content()!['catalog-info.yaml'] as string),
    ).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'parcel-tracker',
        description: 'Tracks parcels',
        annotations: {
          'github.com/project-slug': 'lumen-logistics/parcel-tracker',
          'backstage.io/source-location':
            'url:https://github.com/lumen-logistics/parcel-tracker/tree/main/',
          'pagerduty.com/service-id': 'PTRACK1',
          'backstage.io/techdocs-ref': 'dir:.',
          'cairn.dev/ownership-confirmed': '2026-12-03',
        },
        tags: ['golden-path', 'typescript'],
      },
      spec: {
        type: 'service',
        lifecycle: 'experimental',
        owner: 'group:default/team-checkout',
        system: 'system:default/storefront',
      },
    });
    expect(ctx.output).toHaveBeenCalledWith(
      'entityRef',
      'component:default/parcel-tracker',
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'catalogInfoPath',
      '/catalog-info.yaml',
    );
  });

  it('writes the Azure DevOps annotations for an Azure repository', async () => {
    const { run } = setup();
    await run({
      ...base,
      repoUrl:
        'dev.azure.com?organization=lumen&project=commerce&repo=parcel-tracker',
    });
    const entity = yaml.parse(
      mockDir.content()!['catalog-info.yaml'] as string,
    );
    expect(entity.metadata.annotations).toMatchObject({
      'dev.azure.com/project-repo': 'commerce/parcel-tracker',
      'backstage.io/source-location':
        'url:https://dev.azure.com/lumen/commerce/_git/parcel-tracker?version=GBmain',
    });
  });

  it('also writes in dry-run, since it only touches the workspace', async () => {
    const { run } = setup();
    await run(base, true);
    expect(mockDir.content()).toHaveProperty(['catalog-info.yaml']);
  });

  it.each([
    [
      { name: 'Not A Name!' },
      /^name: "Not A Name!" is not a valid entity name/,
    ],
    [{ tags: ['ok', 'Bad Tag'] }, /^tags\[1\]: "Bad Tag" is not a valid tag/],
    [
      { lifecycle: 'deprecated' },
      /^lifecycle: "deprecated" is not allowed by policy service/,
    ],
    [
      { techdocs: false },
      /^techdocs: policy service requires the annotation backstage.io\/techdocs-ref/,
    ],
    [
      { repoUrl: undefined },
      /^repoUrl: policy service requires the annotation backstage.io\/source-location/,
    ],
    [{ repoUrl: 'gitlab.com?owner=a&repo=b' }, /^repoUrl: /],
    [{ owner: 'group:' }, /^owner: "group:" is not an entity ref/],
    [
      { annotations: { 'bad key!': 'x' } },
      /^annotations: "bad key!" is not a valid key/,
    ],
    [{ type: '' }, /^The catalog would reject the component: /],
    [{ policy: 'nope' }, /^policy: unknown golden-path policy "nope"/],
  ])('rejects %j naming the field', async (change, message) => {
    const { run } = setup();
    await expect(run({ ...base, ...change } as JsonObject)).rejects.toThrow(
      message,
    );
    expect(mockDir.content()).toEqual({});
  });
});
