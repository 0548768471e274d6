import {
  SchedulerServiceTaskScheduleDefinition,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { assertError } from '@backstage/errors';
import {
  CollectedFacts,
  FactCollectorContext,
  FactDeclaration,
  FactValues,
  ScorecardsFactCollector,
} from '@cairn/plugin-scorecards-node';
import pLimit from 'p-limit';
import { RateLimiter } from './RateLimiter';

const SOURCE_LOCATION = 'backstage.io/source-location';
const README = ['README.md', 'README', 'readme.md', 'README.rst'];
const CODEOWNERS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
// TODO(cairn): CI workflows are found by well-known names; list
// `.github/workflows/` through UrlReaderService.search to find any name.
const CI_FILES = [
  '.github/workflows/ci.yml',
  '.github/workflows/ci.yaml',
  '.github/workflows/build.yml',
  '.github/workflows/main.yml',
  '.gitlab-ci.yml',
  'azure-pipelines.yml',
  'Jenkinsfile',
];
const DOCKERFILE = ['Dockerfile'];

/**
 * Options for {@link RepositoryFactCollector}.
 *
 * @public
 */
export interface RepositoryFactCollectorOptions {
  /** Reads repository files. */
  reader: UrlReaderService;
  /** Most reads started per minute; default 600. */
  requestsPerMinute?: number;
  /** Most reads in flight; default 4. */
  concurrency?: number;
  /** When the collector runs. */
  schedule?: SchedulerServiceTaskScheduleDefinition;
}

/**
 * Collects facts about repository files (source id `repository`) through
 * the `UrlReaderService`, for entities with a
 * `backstage.io/source-location` annotation: README, CODEOWNERS, a CI
 * workflow and a Dockerfile. Reads are rate-limited; an entity whose
 * repository cannot be read gets an error (its facts become unknown) while
 * the batch goes on.
 *
 * @public
 */
export class RepositoryFactCollector implements ScorecardsFactCollector {
  /** Source id; rules read these facts as `facts.repository.<name>`. */
  readonly id = 'repository';
  /** The facts this collector provides. */
  readonly facts: Record<string, FactDeclaration> = {
    hasReadme: { type: 'boolean', description: 'A README at the root' },
    readmeLength: {
      type: 'number',
      description: 'README size in characters, 0 if none',
    },
    hasCodeowners: { type: 'boolean', description: 'A CODEOWNERS file' },
    hasCiWorkflow: { type: 'boolean', description: 'A CI workflow file' },
    hasDockerfile: { type: 'boolean', description: 'A Dockerfile at the root' },
    dockerfileUsesLatest: {
      type: 'boolean',
      description:
        'The Dockerfile has a FROM image without a pinned tag or with :latest',
    },
  };
  /** The entities this collector examines. */
  readonly appliesTo = {
    [`metadata.annotations.${SOURCE_LOCATION}`]: { $exists: true },
  };
  /** Catalog fields the collector reads. */
  readonly entityFields = [
    'kind',
    'metadata.name',
    'metadata.namespace',
    'metadata.annotations',
  ];
  /** Entities per call of `collect`. */
  readonly batchSize = 25;
  /** When the collector runs. */
  readonly schedule: SchedulerServiceTaskScheduleDefinition;

  readonly #reader: UrlReaderService;
  readonly #limiter: RateLimiter;
  readonly #concurrency: number;

  constructor(options: RepositoryFactCollectorOptions) {
    this.#reader = options.reader;
    this.#limiter = new RateLimiter(options.requestsPerMinute ?? 600);
    this.#concurrency = options.concurrency ?? 4;
    this.schedule = options.schedule ?? {
      frequency: { hours: 6 },
      timeout: { hours: 1 },
      initialDelay: { seconds: 30 },
    };
  }

  /** Collects facts for a batch of entities. */
  async collect(
    entities: Entity[],
    context: FactCollectorContext,
  ): Promise<CollectedFacts[]> {
    const limit = pLimit(this.#concurrency);
    const read = (url: string) =>
      limit(async () => {
        await this.#limiter.acquire();
        return this.#readOptional(url, context.signal);
      });

    return Promise.all(
      entities.map(async (entity): Promise<CollectedFacts> => {
        const entityRef = refOf(entity);
        try {
          const base = baseUrlOf(entity);
          return { entityRef, facts: await this.#factsFor(base, read) };
        } catch (error) {
          assertError(error);
          context.logger.warn(`Cannot read repository of ${entityRef}`, error);
          return { entityRef, error };
        }
      }),
    );
  }

  async #factsFor(
    base: string,
    read: (url: string) => Promise<string | undefined>,
  ): Promise<FactValues> {
    const first = async (paths: string[]) => {
      for (const path of paths) {
        const content = await read(new URL(path, base).toString());
        if (content !== undefined) {
          return content;
        }
      }
      return undefined;
    };
    const [readme, codeowners, ci, dockerfile] = await Promise.all([
      first(README),
      first(CODEOWNERS),
      first(CI_FILES),
      first(DOCKERFILE),
    ]);
    return {
      hasReadme: readme !== undefined,
      readmeLength: readme?.length ?? 0,
      hasCodeowners: codeowners !== undefined && codeowners.trim().length > 0,
      hasCiWorkflow: ci !== undefined,
      hasDockerfile: dockerfile !== undefined,
      dockerfileUsesLatest: dockerfile !== undefined && usesLatest(dockerfile),
    };
  }

  /** File content, or undefined when the file does not exist. */
  async #readOptional(
    url: string,
    signal?: AbortSignal,
  ): Promise<string | undefined> {
    try {
      const response = await this.#reader.readUrl(url, { signal });
      return (await response.buffer()).toString('utf8');
    } catch (error) {
      assertError(error);
      if (error.name === 'NotFoundError') {
        return undefined;
      }
      throw error;
    }
  }
}

/**
 * Whether any FROM line of a Dockerfile uses an unpinned or `latest` image.
 *
 * @public
 */
export function usesLatest(dockerfile: string): boolean {
  for (const line of dockerfile.split('\n')) {
    const match = /^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(line);
    if (!match) {
      continue;
    }
    const image = match[1];
    if (image.toLowerCase() === 'scratch' || image.includes('@sha256:')) {
      continue;
    }
    const lastSegment = image.split('/').pop() ?? image;
    if (!lastSegment.includes(':') || lastSegment.endsWith(':latest')) {
      return true;
    }
  }
  return false;
}

function baseUrlOf(entity: Entity): string {
  const raw = entity.metadata.annotations?.[SOURCE_LOCATION] ?? '';
  const target = raw.replace(/^url:/, '');
  const url = new URL(target);
  if (!url.pathname.endsWith('/')) {
    url.pathname += '/';
  }
  return url.toString();
}

function refOf(entity: Entity): string {
  const namespace = entity.metadata.namespace ?? 'default';
  return `${entity.kind}:${namespace}/${entity.metadata.name}`.toLocaleLowerCase(
    'en-US',
  );
}
