import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { JsonObject } from '@backstage/types';
import fs from 'node:fs';
import {
  createTestSetup,
  loadExampleEntities,
} from '../__testUtils__/fixtures';
import { createCodeownersWriteAction } from './codeownersWrite';

const mockDir = createMockDirectory();
const read = (file: string) => fs.readFileSync(mockDir.resolve(file), 'utf8');

function setup() {
  const entities = loadExampleEntities().map(entity =>
    entity.metadata.name === 'team-payments'
      ? {
          ...entity,
          metadata: {
            ...entity.metadata,
            annotations: {
              'github.com/team-slug': 'lumen-logistics/payments-team',
            },
          },
        }
      : entity,
  );
  const fixture = createTestSetup(entities);
  const action = createCodeownersWriteAction({
    catalog: fixture.catalog,
    auth: fixture.auth,
    integrations: fixture.integrations,
  });
  async function run(input: JsonObject) {
    mockDir.clear();
    const ctx = createMockActionContext({ input, workspacePath: mockDir.path });
    await action.handler(ctx as never);
    return { ctx };
  }
  return { run };
}

const repoUrl = 'github.com?owner=lumen-logistics&repo=parcel-tracker';

describe('cairn:codeowners:write', () => {
  it("maps the owner to the group's GitHub team annotation", async () => {
    const { run } = setup();
    const { ctx } = await run({ owner: 'team-payments', repoUrl });
    expect(read('.github/CODEOWNERS')).toBe(
      '# Owned by group:default/team-payments; written by the Cairn golden path.\n* @lumen-logistics/payments-team\n',
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'team',
      'lumen-logistics/payments-team',
    );
    expect(ctx.output).toHaveBeenCalledWith('filePath', '.github/CODEOWNERS');
  });

  it('falls back to the group name in the repository organisation', async () => {
    const { run } = setup();
    const { ctx } = await run({
      owner: 'group:default/team-checkout',
      repoUrl,
      rules: [
        {
          pattern: '/docs/',
          owners: ['@lumen-logistics/devex', 'docs@lumen.example'],
        },
      ],
      filePath: 'CODEOWNERS',
    });
    expect(read('CODEOWNERS')).toBe(
      '# Owned by group:default/team-checkout; written by the Cairn golden path.\n* @lumen-logistics/team-checkout\n/docs/ @lumen-logistics/devex docs@lumen.example\n',
    );
    expect(ctx.output).toHaveBeenCalledWith(
      'team',
      'lumen-logistics/team-checkout',
    );
  });

  it.each([
    [
      { owner: 'user:default/guest' },
      /^owner: user:default\/guest is not a Group/,
    ],
    [
      { owner: 'team-growth' },
      /^owner: group:default\/team-growth is not a Group/,
    ],
    [
      { repoUrl: undefined },
      /^team: group:default\/team-checkout has no github.com\/team-slug/,
    ],
    [{ team: 'no-slash' }, /^team: "no-slash" is not written org\/team-slug/],
    [{ rules: [{ pattern: 'a b', owners: ['@x'] }] }, /^rules\[0\].pattern: /],
    [
      { rules: [{ pattern: '*.md', owners: ['nobody'] }] },
      /^rules\[0\].owners: "nobody"/,
    ],
    [{ rules: [{ pattern: '*.md', owners: [] }] }, /^rules\[0\].owners: /],
  ])('rejects %j naming the field', async (change, message) => {
    const { run } = setup();
    await expect(
      run({ owner: 'team-checkout', repoUrl, ...change } as JsonObject),
    ).rejects.toThrow(message);
    expect(mockDir.content()).toEqual({});
  });
});
