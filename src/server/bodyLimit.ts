/**
 * The request body limit: a body larger than `maxBytes` gets 413 before anything parses it.
 * `content-length` is checked first (cheap; one that is not a single decimal number — a request
 * smuggling attempt — gets 400), then the bytes are counted as they stream in (a chunked body has
 * no length, and a client may lie about it); reading stops at the limit. Not yoga's own
 * `maxRequestBodySize`: that one is checked only where yoga parses a GraphQL request, after the
 * plain routes (`POST /export/…` with a form body) have already answered from `onRequest`, so it
 * would leave them unlimited; it is switched off in createApp, this one runs first for every route.
 */
import type { Plugin } from 'graphql-yoga';

const DECIMAL = /^\d+$/;

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, setRequest, endResponse, fetchAPI }) {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      const length = request.headers.get('content-length');
      if (length !== null && !DECIMAL.test(length)) return endResponse(badLength(fetchAPI.Response));
      if (Number(length) > maxBytes) return endResponse(tooLarge(maxBytes, fetchAPI.Response));
      if (!request.body) return;
      const body = await readAtMost(request.body, maxBytes);
      if (!body) return endResponse(tooLarge(maxBytes, fetchAPI.Response));
      setRequest(
        new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }),
      );
    },
  };
}

/** The whole body, or null as soon as it passes `maxBytes` (the rest is not read). */
async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

function tooLarge(maxBytes: number, ResponseClass: typeof Response): Response {
  const message = `The request body is larger than this server accepts (${maxBytes} bytes).`;
  return refusal(413, message, 'PAYLOAD_TOO_LARGE', ResponseClass);
}

function badLength(ResponseClass: typeof Response): Response {
  return refusal(400, 'The Content-Length header is invalid.', 'BAD_REQUEST', ResponseClass);
}

function refusal(status: number, message: string, code: string, ResponseClass: typeof Response): Response {
  const body = { errors: [{ message, extensions: { code } }] };
  return new ResponseClass(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
  });
}
