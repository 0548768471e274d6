import { createMockDirectory } from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import { createTestSetup } from '../__testUtils__/fixtures';
import { createCatalogWriteInfoAction } from './catalogWriteInfo';
import { createCodeownersWriteAction } from './codeownersWrite';

const mockDir = createMockDirectory();
const workspace = mockDir.resolve('workspace');
const outside = mockDir.resolve('outside');

function layout() {
  mockDir.setContent({
    outside: { 'keep.txt': 'untouched', deep: { 'keep.txt': 'untouched' } },
    workspace: {
      'README.md': '# skeleton',
      sub: { 'inner.txt': 'inner' },
      nested: {},
    },
  });
  const link = (target: string, at: string) =>
    fs.symlinkSync(target, path.join(workspace, at));
  link('../outside', 'escape');
  link(outside, 'abs');
  link('../outside/deep', 'deep-escape');
  link('../outside/not-there-yet', 'dangling');
  link('../outside/new-file.yaml', 'dangling-file.yaml');
  link('../outside/keep.txt', 'file-link.yaml');
  link('./sub', 'inner-link');
  link('../../outside', 'nested/escape');
  link('/nonexistent/root/dir', 'dangling-abs');
}

/** Everything outside the workspace, with contents, to compare after. */
function snapshotOutside(): Record<string, string> {
  const result: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (full === workspace) continue;
      if (entry.isSymbolicLink()) result[full] = `-> ${fs.readlinkSync(full)}`;
      else if (entry.isDirectory()) walk(full);
      else result[full] = fs.readFileSync(full, 'utf8');
    }
  };
  walk(mockDir.path);
  return result;
}

const symlinkCases = [
  'escape/pwned.yaml',
  'escape/deep/pwned.yaml',
  'abs/pwned.yaml',
  'deep-escape/pwned.yaml',
  'dangling/pwned.yaml',
  'dangling-file.yaml',
  'file-link.yaml',
  'nested/escape/pwned.yaml',
  'inner-link/pwned.yaml',
  'dangling-abs/pwned.yaml',
  'README.md/x.yaml',
];
const cores = [
  '..',
  '../',
  '../x.yaml',
  '../../x.yaml',
  '../outside/keep.txt',
  '../outside/pwned.yaml',
  'a/../../x.yaml',
  'a/b/../../../x.yaml',
  'sub/../../x.yaml',
  'sub/..',
  './../x.yaml',
  '.../x.yaml',
  '.. /x.yaml',
  'a/../b/../../x.yaml',
  '/etc/passwd',
  '/tmp/pwned.yaml',
  '//server/share/x.yaml',
  '/',
  '..\\x.yaml',
  '..\\..\\x.yaml',
  'a\\..\\..\\x.yaml',
  'C:\\Windows\\x.yaml',
  'C:/Windows/x.yaml',
  'c:x.yaml',
  'D:..\\x.yaml',
  '\\\\server\\share\\x.yaml',
  '\\x.yaml',
  'catalog-info.yaml::$DATA',
  'CON:',
  '%2e%2e/x.yaml',
  '%2e%2e%2fx.yaml',
  '..%2fx.yaml',
  '%2E%2E%2F%2E%2E%2Fx.yaml',
  '..%5cx.yaml',
  '%252e%252e%252fx.yaml',
  '%c0%ae%c0%ae/x.yaml',
  '..%c0%afx.yaml',
  '%2fetc%2fpasswd',
  '%5c%5cserver%5cx.yaml',
  '..%00/x.yaml',
  'x.yaml\u0000.txt',
  'a/\u0000/b.yaml',
  'x.yaml\n',
  '',
  '   ',
  '.',
  './',
  '~/x.yaml',
  '~root/x.yaml',
];
// The same attacks behind harmless-looking prefixes.
const cases = [
  ...cores,
  ...symlinkCases,
  ...symlinkCases.map(c => `./${c}`),
  ...cores
    .filter(
      c =>
        c && !c.startsWith('/') && !c.startsWith('\\') && !/^[A-Za-z]:/.test(c),
    )
    .flatMap(c => [`./${c}`, `sub/${c}`]),
];

describe('path traversal in the file-writing actions', () => {
  const fixture = createTestSetup();
  const actions = {
    'cairn:catalog:write-info': {
      action: createCatalogWriteInfoAction({
        config: fixture.goldenPaths,
        integrations: fixture.integrations,
      }),
      input: {
        name: 'parcel-tracker',
        owner: 'group:default/team-checkout',
        lifecycle: 'experimental',
      },
    },
    'cairn:codeowners:write': {
      action: createCodeownersWriteAction({
        catalog: fixture.catalog,
        auth: fixture.auth,
        integrations: fixture.integrations,
      }),
      input: { owner: 'team-checkout', team: 'lumen-logistics/checkout' },
    },
  };

  it('covers at least 100 cases per action', () => {
    expect(new Set(cases).size).toBeGreaterThanOrEqual(100);
  });

  describe.each(Object.entries(actions))('%s', (_id, { action, input }) => {
    it.each(cases.map(c => [JSON.stringify(c), c]))(
      'refuses %s and writes nothing outside the workspace',
      async (_label, filePath) => {
        layout();
        const before = snapshotOutside();
        const ctx = createMockActionContext({
          input: { ...input, filePath },
          workspacePath: workspace,
        });

        await expect(action.handler(ctx as never)).rejects.toThrow(
          /filePath: /,
        );
        expect(snapshotOutside()).toEqual(before);
        expect(ctx.output).not.toHaveBeenCalled();
      },
    );

    it.each([
      ['catalog-info.yaml', 'catalog-info.yaml'],
      ['./services/parcel/owners.txt', 'services/parcel/owners.txt'],
      ['a..b/file.yaml', 'a..b/file.yaml'],
      ['sub//x.yaml', 'sub/x.yaml'],
      ['.github/CODEOWNERS', '.github/CODEOWNERS'],
    ])(
      'writes the safe path %s inside the workspace',
      async (filePath, written) => {
        layout();
        const before = snapshotOutside();
        const ctx = createMockActionContext({
          input: { ...input, filePath },
          workspacePath: workspace,
        });
        await action.handler(ctx as never);

        expect(ctx.output).toHaveBeenCalledWith('filePath', written);
        expect(fs.readFileSync(path.join(workspace, written), 'utf8')).toMatch(
          /team-checkout/,
        );
        expect(snapshotOutside()).toEqual(before);
      },
    );
  });
});
