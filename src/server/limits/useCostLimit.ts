/**
 * The cost limit (queryCost.ts), checked when the request's variables are known and before
 * execution starts — so before any Cypher runs. Not a validation rule: yoga caches validation
 * per document, and the same document costs more with `{"n": 100}` than with `{"n": 10}`.
 */
import type { Plugin } from 'graphql-yoga';
import { MAX_PAGE } from '../../graphql/pagination/validate.js';
import { estimateCost, type CostEstimate } from './queryCost.js';
import { queryTooComplex } from './queryTooComplex.js';

export function useCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const estimate = estimateCost(
        args.schema,
        args.document,
        args.operationName,
        (args.variableValues ?? {}) as Record<string, unknown>,
        // Counting stops well past the limit: the client learns by how much, without a hostile
        // document making the server count for long.
        { maxPage: MAX_PAGE, stopAbove: maxCost * 100 },
      );
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
