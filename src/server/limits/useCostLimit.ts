/**
 * The cost limit (queryCost.ts), checked when the request's variables are known and before
 * execution starts — so before any Cypher runs. Not a validation rule: yoga caches validation
 * per document, and the same document costs more with `{"n": 100}` than with `{"n": 10}`.
 * Estimates are kept per parsed document (yoga's parser cache hands the same object for the same
 * text) and per the variables the estimate reads: walking a two-level document on every request
 * took about a sixteenth of the server's CPU under the bench's question b.
 */
import type { DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE } from '../../graphql/pagination/validate.js';
import { costInputs, estimateCost, type CostEstimate } from './queryCost.js';
import { queryTooComplex } from './queryTooComplex.js';

/** Estimates kept per document: enough for the page sizes one client varies. */
const ESTIMATES_PER_DOCUMENT = 64;

export function useCostLimit(maxCost: number): Plugin {
  const cache = new WeakMap<DocumentNode, Map<string, CostEstimate>>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const key = `${args.operationName ?? ''}\n${costInputs(variables)}`;
      let known = cache.get(args.document);
      if (!known) cache.set(args.document, (known = new Map()));
      let estimate = known.get(key);
      if (!estimate) {
        estimate = estimateCost(
          args.schema,
          args.document,
          args.operationName,
          variables,
          // Counting stops well past the limit: the client learns by how much, without a hostile
          // document making the server count for long.
          { maxPage: MAX_PAGE, stopAbove: maxCost * 100 },
        );
        if (known.size >= ESTIMATES_PER_DOCUMENT) known.clear();
        known.set(key, estimate);
      }
      if (estimate.cost > maxCost) setResultAndStopExecution({ errors: [costError(estimate, maxCost)] });
    },
  };
}

function costError(estimate: CostEstimate, maxCost: number) {
  const largest = estimate.largest;
  const where = largest
    ? ` The largest list is ${largest.path} (${largest.pageSizes.map(shown).join(' × ')} = ${largest.rows} rows).`
    : '';
  return queryTooComplex(
    'cost',
    estimate.cost,
    maxCost,
    `The estimate is about ${estimate.rows} rows read plus ${estimate.roundTrips} round trips to the database.${where} ` +
      'Ask for smaller pages (`first`) in nested lists, nest fewer lists, or fetch the next level in a second query (and page on with `after`).',
    {
      rows: estimate.rows,
      roundTrips: estimate.roundTrips,
      ...(largest ? { largestList: largest.path } : {}),
      // Raised before execution, not during validation, so yoga cannot tell it is a request error
      // (a query that will not run): say so, as yoga does for validation errors.
      http: { status: 400 },
    },
  );
}

/** Introspection's lists have average sizes; one decimal says enough. */
const shown = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
