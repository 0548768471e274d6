import { LoggerService } from '@backstage/backend-plugin-api';
import { assertError } from '@backstage/errors';
import { OnCallAnswer } from '@cairn/plugin-ownership-common';

/** A provider call that failed in a way worth telling the user about. */
export class ProviderCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderCallError';
  }
}

const TIMEOUT_MS = 5000;

/**
 * Calls a provider's REST API and returns its JSON, turning failures into
 * {@link ProviderCallError}s with a message safe to show (no credentials).
 *
 * @param provider - Name for messages, e.g. `PagerDuty`.
 * @param url - Full URL.
 * @param headers - Request headers, including credentials.
 * @param logger - Where failures are logged (without headers).
 */
export async function callProvider<T>(
  provider: string,
  url: string,
  headers: Record<string, string>,
  logger: LoggerService,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    assertError(error);
    logger.warn(`${provider} request failed: ${error.message}`);
    throw new ProviderCallError(`${provider} could not be reached`);
  }

  if (response.status === 429) {
    const retryAfter = Number(response.headers.get('retry-after'));
    const seconds =
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
    logger.warn(`${provider} rate limit hit (retry after ${seconds ?? '?'}s)`);
    throw new ProviderCallError(
      `${provider} rate limit reached${
        seconds ? `; try again in ${seconds} s` : ''
      }`,
    );
  }
  if (response.status === 401 || response.status === 403) {
    logger.warn(`${provider} rejected the configured credentials`);
    throw new ProviderCallError(
      `${provider} rejected the configured credentials`,
    );
  }
  if (response.status === 404) {
    throw new ProviderCallError(`${provider} does not know this resource`);
  }
  if (!response.ok) {
    logger.warn(`${provider} answered ${response.status}`);
    throw new ProviderCallError(`${provider} answered ${response.status}`);
  }

  try {
    return (await response.json()) as T;
  } catch {
    throw new ProviderCallError(`${provider} sent an unreadable answer`);
  }
}

/**
 * Runs a provider lookup and shapes its outcome as an {@link OnCallAnswer}:
 * provider failures become an `error` answer with a reason, so the rest of
 * the ownership answer still comes back.
 *
 * @param provider - The provider id.
 * @param run - The lookup; returns the people on call, or a reason for none.
 */
export async function settleOnCall(
  provider: OnCallAnswer['provider'],
  run: () => Promise<OnCallAnswer['people'] | { reason: string }>,
): Promise<OnCallAnswer> {
  try {
    const result = await run();
    if (!Array.isArray(result)) {
      return { provider, status: 'ok', reason: result.reason, people: [] };
    }
    return {
      provider,
      status: 'ok',
      reason: result.length ? undefined : 'Nobody is on call right now',
      people: result,
    };
  } catch (error) {
    if (error instanceof ProviderCallError) {
      return { provider, status: 'error', reason: error.message, people: [] };
    }
    throw error;
  }
}
