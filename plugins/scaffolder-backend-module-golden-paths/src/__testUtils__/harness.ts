import { JsonObject, JsonValue } from '@backstage/types';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { LoggerService } from '@backstage/backend-plugin-api';
import { rest } from 'msw';
import { SetupServer } from 'msw/node';

/** One request that reached the mocked SCM. */
export interface RecordedRequest {
  method: string;
  url: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Records every request msw sees, with its parsed body. Call it after
 * `server.use(...handlers)`: msw tries the handlers added last first, and
 * this one returns nothing, so msw falls through to the real handlers.
 */
export function recordRequests(server: SetupServer): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  server.use(
    rest.all('*', async req => {
      // The test backend itself answers on localhost; only the SCM counts.
      if (['127.0.0.1', 'localhost'].includes(req.url.hostname)) {
        return undefined;
      }
      const text = await req.clone().text();
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      requests.push({
        method: req.method,
        url: req.url.toString(),
        path: `${req.url.pathname}${req.url.search}`,
        headers: Object.fromEntries(req.headers.entries()),
        body,
      });
      return undefined;
    }),
  );
  return requests;
}

/**
 * Checkpoints as the scaffolder's workflow runner keeps them: a key that
 * succeeded once returns its stored value on every later run of the task.
 */
export function createCheckpointStore() {
  const state = new Map<string, { status: string; value?: JsonValue }>();
  return {
    state,
    async checkpoint<T extends JsonValue | void>(opts: {
      key: string;
      fn: () => Promise<T> | T;
    }): Promise<T> {
      const prev = state.get(opts.key);
      if (prev?.status === 'success' && prev.value) {
        return prev.value as T;
      }
      try {
        const value = await opts.fn();
        state.set(opts.key, {
          status: 'success',
          value: (value ?? {}) as JsonValue,
        });
        return value;
      } catch (error) {
        state.set(opts.key, { status: 'failed' });
        throw error;
      }
    },
  };
}

/** A logger that keeps every message and meta it is given. */
export function createCapturingLogger(): LoggerService & { lines: string[] } {
  const lines: string[] = [];
  const logger = {
    lines,
    child: () => logger,
    error: (message: string, meta?: unknown) => {
      lines.push(`error ${message} ${stringify(meta)}`);
    },
    warn: (message: string, meta?: unknown) => {
      lines.push(`warn ${message} ${stringify(meta)}`);
    },
    info: (message: string, meta?: unknown) => {
      lines.push(`info ${message} ${stringify(meta)}`);
    },
    debug: (message: string, meta?: unknown) => {
      lines.push(`debug ${message} ${stringify(meta)}`);
    },
  };
  return logger;
}

function stringify(value: unknown) {
  if (value === undefined) return '';
  try {
    return JSON.stringify(value, (_k, v) =>
      v instanceof Error ? { message: v.message, stack: v.stack } : v,
    );
  } catch {
    return String(value);
  }
}

/**
 * Runs an action the way the scaffolder runs a step, again and again with
 * the same checkpoint store (as a retried task does), capturing its logs.
 */
export function createStepRunner(action: {
  handler(ctx: never): Promise<void>;
}) {
  const checkpoints = createCheckpointStore();
  const logger = createCapturingLogger();
  async function run(input: JsonObject, isDryRun = false) {
    const ctx = {
      ...createMockActionContext({ input, logger }),
      checkpoint: checkpoints.checkpoint,
      isDryRun,
    };
    await action.handler(ctx as never);
    return ctx;
  }
  return { run, logger, checkpoints };
}

/** The writes among recorded requests, as `METHOD /path`. */
export function writesOf(requests: RecordedRequest[]): string[] {
  return requests
    .filter(r => r.method !== 'GET')
    .map(r => `${r.method} ${r.path}`);
}
