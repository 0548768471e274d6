import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { rest } from 'msw';
import { setupServer } from 'msw/node';
import { RepositoryFactCollector, usesLatest } from './RepositoryFactCollector';

const server = setupServer();
const host = 'https://git.example.test';

function entity(name: string, location?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: location ? { 'backstage.io/source-location': location } : {},
    },
    spec: {},
  };
}

describe('RepositoryFactCollector', () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  const logger = mockServices.logger.mock();
  const reader = UrlReaders.default({
    config: new ConfigReader({
      backend: { reading: { allow: [{ host: 'git.example.test' }] } },
    }),
    logger,
  });
  const collector = new RepositoryFactCollector({
    reader,
    requestsPerMinute: 60_000,
  });

  it('reads repository files and isolates a failing entity', async () => {
    const files: Record<string, string> = {
      '/good/README.md': '# Good service\n',
      '/good/.github/CODEOWNERS': '* @lumen/checkout\n',
      '/good/.github/workflows/build.yml': 'on: push\n',
      '/good/Dockerfile': 'FROM node:20.11-alpine\n',
      '/latest/readme.md': 'x',
      '/latest/Dockerfile':
        'FROM node AS build\nFROM gcr.io/distroless/nodejs:latest\n',
    };
    const seen: string[] = [];
    server.use(
      rest.get(`${host}/*`, (req, res, ctx) => {
        seen.push(req.url.pathname);
        if (req.url.pathname.startsWith('/broken/')) {
          return res(ctx.status(500), ctx.text('boom'));
        }
        const body = files[req.url.pathname];
        return body === undefined ? res(ctx.status(404)) : res(ctx.text(body));
      }),
    );

    const results = await collector.collect(
      [
        entity('good', `url:${host}/good`),
        entity('broken', `url:${host}/broken/`),
        entity('bare', `url:${host}/bare/`),
        entity('latest', `url:${host}/latest/`),
      ],
      { logger },
    );

    expect(results[0]).toEqual({
      entityRef: 'component:default/good',
      facts: {
        hasReadme: true,
        readmeLength: 15,
        hasCodeowners: true,
        hasCiWorkflow: true,
        hasDockerfile: true,
        dockerfileUsesLatest: false,
      },
    });
    expect(results[1]).toMatchObject({ entityRef: 'component:default/broken' });
    expect('error' in results[1] && results[1].error.message).toMatch(/500/);
    expect(results[2]).toEqual({
      entityRef: 'component:default/bare',
      facts: {
        hasReadme: false,
        readmeLength: 0,
        hasCodeowners: false,
        hasCiWorkflow: false,
        hasDockerfile: false,
        dockerfileUsesLatest: false,
      },
    });
    expect('facts' in results[3] && results[3].facts).toMatchObject({
      hasReadme: true,
      dockerfileUsesLatest: true,
    });
    expect(seen).toContain('/good/README.md');
  });

  it('applies only to entities with a source location', () => {
    expect(collector.appliesTo).toEqual({
      'metadata.annotations.backstage.io/source-location': { $exists: true },
    });
  });

  it.each([
    ['FROM node:20', false],
    ['FROM node', true],
    ['FROM node:latest', true],
    ['FROM --platform=linux/amd64 registry:5000/app', true],
    ['FROM registry:5000/app:1.2', false],
    ['FROM scratch', false],
    ['FROM alpine@sha256:abc', false],
  ])('usesLatest(%s) is %s', (dockerfile, expected) => {
    expect(usesLatest(dockerfile)).toBe(expected);
  });
});
