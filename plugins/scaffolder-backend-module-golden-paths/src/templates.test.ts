// The scaffolder refuses to render templates on Node 20 unless NODE_OPTIONS
// names --no-node-snapshot (isolated-vm and the V8 startup snapshot clash).
// `yarn test:all` runs Jest with it (scripts/lib.sh); a plain `yarn test` in
// this package does not, and Jest cannot pass node flags to one test file,
// so the guard's env check is satisfied here as well.
process.env.NODE_OPTIONS = `${
  process.env.NODE_OPTIONS ?? ''
} --no-node-snapshot`.trim();

import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderModuleAzure from '@backstage/plugin-scaffolder-backend-module-azure';
import scaffolderModuleGithub from '@backstage/plugin-scaffolder-backend-module-github';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { JsonObject } from '@backstage/types';
import fs from 'node:fs';
import path from 'node:path';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import request from 'supertest';
import yaml from 'yaml';
import { scaffolderModuleGoldenPaths } from './module';
import {
  REPO_ROOT,
  goldenPathsTestConfig,
  integrationsTestConfig,
  loadExampleEntities,
} from './__testUtils__/fixtures';
import { RecordedRequest, recordRequests } from './__testUtils__/harness';

const TEMPLATES = path.join(REPO_ROOT, 'templates');

/** Every Template entity under templates/, with the folder it lives in. */
function loadTemplates() {
  const found: Array<{ file: string; template: Entity }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'skeleton') walk(full);
      if (entry.isFile() && /\.ya?ml$/.test(entry.name)) {
        const doc = yaml.parse(fs.readFileSync(full, 'utf8'));
        if (doc?.kind === 'Template') found.push({ file: full, template: doc });
      }
    }
  };
  walk(TEMPLATES);
  return found;
}

function directoryContents(dir: string) {
  const files: Array<{ path: string; base64Content: string }> = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        files.push({
          path: path.relative(dir, full),
          base64Content: fs.readFileSync(full).toString('base64'),
        });
    }
  };
  walk(dir);
  return files;
}

const templates = loadTemplates();
const byName = (name: string) => {
  const found = templates.find(t => t.template.metadata.name === name);
  if (!found) throw new Error(`No template ${name} in templates/`);
  return found;
};

const server = setupServer();
beforeAll(() =>
  server.listen({
    onUnhandledRequest(req, print) {
      if (!['127.0.0.1', 'localhost'].includes(req.url.hostname)) print.error();
    },
  }),
);
afterAll(() => server.close());

let scm: RecordedRequest[];
beforeEach(() => {
  server.resetHandlers();
  server.use(
    rest.get('https://api.github.com/repos/:owner/:repo', (_req, res, ctx) =>
      res(ctx.status(404), ctx.json({ message: 'Not Found' })),
    ),
    rest.get(
      'https://dev.azure.com/:org/:project/_apis/git/repositories/:repo',
      (_req, res, ctx) => res(ctx.status(404), ctx.json({})),
    ),
  );
  scm = recordRequests(server);
});

async function startBackend() {
  // Templates are catalog entities too, located at their files, so that real
  // tasks can be started from them by ref.
  const templateEntities = templates.map(({ file, template }) => ({
    ...template,
    metadata: {
      ...template.metadata,
      namespace: 'default',
      annotations: { 'backstage.io/managed-by-location': `file:${file}` },
    },
  }));
  const { server: httpServer } = await startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleGithub,
      scaffolderModuleAzure,
      scaffolderModuleGoldenPaths,
      catalogServiceMock.factory({
        entities: [...loadExampleEntities(), ...templateEntities],
      }),
      mockServices.rootConfig.factory({
        data: {
          goldenPaths: goldenPathsTestConfig,
          integrations: integrationsTestConfig,
        },
      }),
    ],
  });
  return httpServer;
}

type Backend = Awaited<ReturnType<typeof startBackend>>;
let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
}, 60_000);

const asGuest = mockCredentials.user.header('user:default/guest');

async function dryRun(
  name: string,
  values: JsonObject,
  tamper?: (t: Entity) => Entity,
) {
  const { file, template } = byName(name);
  const response = await request(backend)
    .post('/api/scaffolder/v2/dry-run')
    .set('Authorization', asGuest)
    .send({
      template: tamper ? tamper(structuredClone(template)) : template,
      values,
      directoryContents: directoryContents(path.dirname(file)),
    });
  const files = Object.fromEntries(
    (
      (response.body.directoryContents ?? []) as Array<{
        path: string;
        base64Content: string;
      }>
    ).map(f => [f.path, Buffer.from(f.base64Content, 'base64').toString()]),
  );
  const log = ((response.body.log ?? []) as Array<{ body: JsonObject }>).map(
    l => l.body,
  );
  return { response, files, log };
}

const serviceValues = {
  name: 'parcel-tracker',
  description: 'Tracks parcels from depot to door',
  owner: 'group:default/team-checkout',
  system: 'system:default/storefront',
  lifecycle: 'experimental',
};

/** Whether a dry-run log line (of one step, if given) contains the text. */
const logged = (log: JsonObject[], text: string, stepId?: string) =>
  log.some(
    l => (!stepId || l.stepId === stepId) && String(l.message).includes(text),
  );

const stepIds = (t: Entity) =>
  (t.spec!.steps as Array<{ id: string }>).map(s => s.id);
const nonGet = () => scm.filter(r => r.method !== 'GET');

describe('templates/', () => {
  it('holds the three golden-path templates, each using cairn:policy:validate first', () => {
    expect(templates.map(t => t.template.metadata.name).sort()).toEqual([
      'cairn-backend-service-azure',
      'cairn-backend-service-github',
      'cairn-cloud-access-request',
    ]);
    for (const { template } of templates) {
      expect(
        (template.spec!.steps as Array<{ action: string }>)[0].action,
      ).toBe('cairn:policy:validate');
    }
  });

  it('runs the GitHub service template through the real dry-run', async () => {
    const { response, files, log } = await dryRun(
      'cairn-backend-service-github',
      {
        ...serviceValues,
        organization: 'lumen-logistics',
        pagerDutyServiceId: 'PTRACK1',
      },
    );

    expect(response.status).toBe(200);
    expect(response.body.steps.map((s: { id: string }) => s.id)).toEqual([
      'validate',
      'fetch',
      'catalog-info',
      'codeowners',
      'publish',
      'apply-policy',
      'register',
    ]);
    expect(
      logged(log, 'Skipping because publish:github does not support dry-run'),
    ).toBe(true);
    expect(
      logged(
        log,
        'Dry run: would make 3 request(s) to apply standard to lumen-logistics/parcel-tracker',
        'apply-policy',
      ),
    ).toBe(true);

    const entity = yaml.parse(files['catalog-info.yaml']);
    expect(entity.spec).toEqual({
      type: 'service',
      lifecycle: 'experimental',
      owner: 'group:default/team-checkout',
      system: 'system:default/storefront',
    });
    expect(entity.metadata.annotations).toMatchObject({
      'github.com/project-slug': 'lumen-logistics/parcel-tracker',
      'pagerduty.com/service-id': 'PTRACK1',
      'backstage.io/techdocs-ref': 'dir:.',
    });
    expect(files['.github/CODEOWNERS']).toContain(
      '* @lumen-logistics/team-checkout',
    );
    expect(files['README.md']).toContain('# parcel-tracker');
    expect(JSON.parse(files['package.json']).name).toBe('parcel-tracker');
    expect(response.body.output.text[0].content).toBe(
      'Applied `standard` to `lumen-logistics/parcel-tracker`.',
    );

    expect(scm.map(r => `${r.method} ${r.url}`)).toEqual([
      'GET https://api.github.com/repos/lumen-logistics/parcel-tracker',
    ]);
  });

  it('runs the Azure DevOps service template through the real dry-run', async () => {
    const { response, files, log } = await dryRun(
      'cairn-backend-service-azure',
      {
        ...serviceValues,
        organization: 'lumen',
        project: 'commerce',
      },
    );

    expect(response.status).toBe(200);
    expect(response.body.steps.map((s: { id: string }) => s.id)).toEqual(
      stepIds(byName('cairn-backend-service-azure').template),
    );
    expect(
      logged(log, 'Skipping because publish:azure does not support dry-run'),
    ).toBe(true);
    expect(
      logged(
        log,
        'Dry run: would apply 5 policies of standard to lumen/commerce/parcel-tracker',
        'apply-policy',
      ),
    ).toBe(true);
    expect(
      yaml.parse(files['catalog-info.yaml']).metadata.annotations,
    ).toMatchObject({
      'dev.azure.com/project-repo': 'commerce/parcel-tracker',
    });
    expect(files.CODEOWNERS).toContain('* @lumen/team-checkout');
    expect(scm.map(r => `${r.method} ${r.url}`)).toEqual([
      'GET https://dev.azure.com/lumen/commerce/_apis/git/repositories/parcel-tracker?api-version=7.1',
    ]);
  });

  it('runs the access request template through the real dry-run', async () => {
    const { response, files, log } = await dryRun(
      'cairn-cloud-access-request',
      {
        resource: 'resource:default/cart-db',
        team: 'group:default/team-checkout',
        level: 'read',
        durationDays: 30,
        justification: 'Read replicas for the checkout latency dashboard',
      },
    );

    expect(response.status).toBe(200);
    expect(response.body.steps.map((s: { id: string }) => s.id)).toEqual([
      'validate',
      'fetch',
      'pull-request',
    ]);
    expect(
      logged(
        log,
        'Performing dry run of creating pull request',
        'pull-request',
      ),
    ).toBe(true);
    expect(response.body.output.links).toEqual([
      {
        title: 'Pull request',
        url: 'github.com?owner=lumen-logistics&repo=cloud-access',
      },
    ]);
    expect(yaml.parse(files['requests/cart-db/team-checkout.yaml'])).toEqual({
      resource: 'resource:default/cart-db',
      team: 'group:default/team-checkout',
      level: 'read',
      durationDays: 30,
      requestedBy: 'user:default/guest',
      justification: 'Read replicas for the checkout latency dashboard',
    });
    expect(scm).toEqual([]);
  });

  it('rejects admin access for longer than a week in the form schema', async () => {
    const { response } = await dryRun('cairn-cloud-access-request', {
      resource: 'resource:default/cart-db',
      team: 'group:default/team-checkout',
      level: 'admin',
      durationDays: 90,
      justification: 'Need to rotate the credentials by hand',
    });
    expect(response.status).toBe(400);
  });

  it.each<[JsonObject, string]>([
    [
      { level: 'write', durationDays: 90 },
      '- durationDays: write access is granted for at most 30 days, asked for 90',
    ],
    [
      { level: 'owner' },
      '- accessLevel: "owner" is not allowed (allowed: read, write, admin)',
    ],
  ])(
    'refuses access %j at the validate step, even past the form',
    async (change, message) => {
      const { response } = await dryRun(
        'cairn-cloud-access-request',
        {
          resource: 'resource:default/cart-db',
          team: 'group:default/team-checkout',
          level: 'read',
          durationDays: 30,
          justification: 'Read replicas for the checkout latency dashboard',
          ...change,
        },
        t => ({ ...t, spec: { ...t.spec, parameters: [] } }),
      );
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(
        'The request breaks golden-path policy "access-request":',
      );
      expect(response.body.error.message).toContain(message);
      expect(scm).toEqual([]);
    },
  );

  describe.each([
    [
      'cairn-backend-service-github',
      { organization: 'lumen-logistics' },
      { organization: 'lumen-data' },
      'target.organization: group:default/team-checkout may not create repositories in GitHub organisation "lumen-data" (allowed: lumen-logistics)',
    ],
    [
      'cairn-backend-service-azure',
      { organization: 'lumen', project: 'commerce' },
      { project: 'insights' },
      'target.project: group:default/team-checkout may not create repositories in Azure DevOps project "lumen/insights" (allowed: lumen/commerce)',
    ],
  ])(
    '%s refuses at the validate step',
    (name, target, disallowed, disallowedMessage) => {
      const values = { ...serviceValues, ...target };

      it.each<[string, JsonObject, string]>([
        [
          'a reserved name',
          { name: 'test' },
          '- name: "test" is a reserved word',
        ],
        [
          'a name already in the catalog',
          { name: 'cart-service' },
          '- name: "cart-service" is already used in the catalog by component:default/cart-service',
        ],
        [
          'a foreign owner',
          {
            owner: 'group:default/team-payments',
            system: 'system:default/payments',
          },
          '- owner: user:default/guest is not a member of group:default/team-payments or of a group above it',
        ],
        [
          'a system of another team',
          { system: 'system:default/analytics' },
          '- system: system:default/analytics belongs to group:default/team-data-eng',
        ],
        ['a disallowed organisation', disallowed, `- ${disallowedMessage}`],
      ])(
        '%s, in dry-run, with the policy message',
        async (_case, change, message) => {
          const { response } = await dryRun(name, { ...values, ...change });
          expect(response.status).toBe(400);
          expect(response.body.error.name).toBe('InputError');
          expect(response.body.error.message).toContain(
            'The request breaks golden-path policy "service":',
          );
          expect(response.body.error.message).toContain(message);
          expect(nonGet()).toEqual([]);
        },
      );

      it('a bad name even when the form is bypassed', async () => {
        const { response } = await dryRun(
          name,
          { ...values, name: 'Parcel_Tracker' },
          t => ({ ...t, spec: { ...t.spec, parameters: [] } }),
        );
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain(
          '- name: "Parcel_Tracker" does not follow the naming rule: lower-case words joined by single hyphens',
        );
      });

      it('in a real task: validate fails and no later step starts', async () => {
        const create = await request(backend)
          .post('/api/scaffolder/v2/tasks')
          .set('Authorization', asGuest)
          .send({
            templateRef: `template:default/${name}`,
            values: {
              ...values,
              owner: 'group:default/team-payments',
              system: 'system:default/payments',
            },
          });
        expect(create.status).toBe(201);
        const taskId = create.body.id;

        let status = 'open';
        for (
          let i = 0;
          i < 100 && !['failed', 'completed'].includes(status);
          i++
        ) {
          await new Promise(resolve => setTimeout(resolve, 100));
          status = (
            await request(backend)
              .get(`/api/scaffolder/v2/tasks/${taskId}`)
              .set('Authorization', asGuest)
          ).body.status;
        }
        expect(status).toBe('failed');

        const events = await request(backend)
          .get(`/api/scaffolder/v2/tasks/${taskId}/events`)
          .set('Authorization', asGuest);
        const steps = new Set(
          (events.body as Array<{ body: { stepId?: string } }>)
            .map(e => e.body.stepId)
            .filter(Boolean),
        );
        expect([...steps]).toEqual(['validate']);
        const failed = (
          events.body as Array<{ body: { stepId?: string; status?: string } }>
        ).find(e => e.body.stepId === 'validate' && e.body.status === 'failed');
        expect(failed).toBeDefined();
        const completion = (
          events.body as Array<{
            type: string;
            body: { error?: { message: string } };
          }>
        ).find(e => e.type === 'completion');
        expect(completion!.body.error!.message).toContain(
          '- owner: user:default/guest is not a member of group:default/team-payments',
        );
        expect(nonGet()).toEqual([]);
      }, 30_000);
    },
  );
});
