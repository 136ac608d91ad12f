/**
 * The id of the request being handled, wherever the code runs (resolvers, error masking, log
 * lines): an AsyncLocalStorage scope opened around each request by `useRequestId`. The client gets
 * the same id in the `x-request-id` response header and in `extensions.requestId` of masked
 * errors, so a support request can be matched to the server's log lines.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { logger } from '../log/logger.js';

export const REQUEST_ID_HEADER = 'x-request-id';

interface RequestScope {
  id: string;
  startedAt: number;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** An id a proxy (or client) sent is kept when it is short and plain; anything else is replaced. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given && ACCEPTABLE_ID.test(given) ? given : randomUUID();
}

/** The current request's id, or undefined outside a request. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.id;
}

/** A logger whose lines carry the current request's id. */
export function requestLogger() {
  const id = currentRequestId();
  return id ? logger.child({ requestId: id }) : logger;
}

/** Opens the request scope, sets `x-request-id` on every response, logs one line per request. */
export function useRequestId(): Plugin {
  return {
    instrumentation: {
      request: ({ request }, wrapped) =>
        scope.run({ id: requestIdOf(request), startedAt: Date.now() }, wrapped),
    },
    onResponse({ request, response, setResponse }) {
      const s = scope.getStore();
      if (!s) return;
      try {
        response.headers.set(REQUEST_ID_HEADER, s.id);
      } catch {
        // Some responses have immutable headers: copy it.
        const copy = new Response(response.body, response);
        copy.headers.set(REQUEST_ID_HEADER, s.id);
        setResponse(copy);
      }
      const url = new URL(request.url);
      const quiet = url.pathname === '/health' || url.pathname === '/ready';
      const line = {
        requestId: s.id,
        method: request.method,
        path: url.pathname,
        status: response.status,
        ms: Date.now() - s.startedAt,
      };
      if (quiet) logger.debug(line, 'request');
      else logger.info(line, 'request');
    },
  };
}
