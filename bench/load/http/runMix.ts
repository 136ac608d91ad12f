/**
 * One autocannon run of the well-behaved clients: the API's queries (queryMix.ts), every body
 * checked. A failed request is one that is not 2xx, or a 2xx whose body carries GraphQL `errors`.
 */
import autocannon from 'autocannon';
import { QUERY_MIX } from './queryMix.js';

export interface MixRun {
  result: autocannon.Result;
  /** 2xx answers whose body carries GraphQL `errors`. */
  graphqlErrors: number;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
  firstError: string;
}

export interface MixOptions {
  connections: number;
  seconds: number;
  /** Requests per second over all connections; unset: as fast as answers come (closed loop). */
  rate?: number;
}

export function runMix(url: string, o: MixOptions): Promise<MixRun> {
  let graphqlErrors = 0;
  let firstError = '';
  const statuses: Record<string, number> = {};
  const requests = QUERY_MIX.map((q) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: q.query, variables: q.variables }),
    onResponse: (status: number, body: string) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      const ok = status >= 200 && status < 300;
      if (ok && body.includes('"errors"')) graphqlErrors++;
      if (!ok || body.includes('"errors"')) firstError ||= `${q.name}: HTTP ${status} ${body.slice(0, 300)}`;
    },
  }));
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: o.connections,
        duration: o.seconds,
        requests,
        // At a set rate, autocannon "corrects" for coordinated omission with an expected interval
        // of ceil(1 / rate) ms — 1 ms — and so records hundreds of made-up near-zero latencies for
        // every slow answer, halving the percentiles. Record the answers' real times instead.
        ...(o.rate ? { overallRate: o.rate, ignoreCoordinatedOmission: true } : {}),
      },
      (err, result) => (err ? reject(err) : resolve({ result, graphqlErrors, statuses, firstError })),
    );
  });
}
