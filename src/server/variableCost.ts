/**
 * The cost limit again, with the page sizes given as variables. graphql-armor's cost limit
 * multiplies by `first` only when it is written into the query (`first: 100`); passed as a
 * variable (`first: $n`) it counts as 1, so nested pages of 100 × 100 × 100 would pass. Before
 * execution (so before any Cypher), this plugin writes the variables' values into the `first`
 * and `last` arguments and runs armor's own cost rule on the result.
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { GraphQLError, Kind, validate, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { withoutSyntaxPrefix } from './queryLimits.js';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

/**
 * Whether a document passes a page size as a variable, per document: yoga's parser cache hands
 * out the same DocumentNode for the same query text, so most requests skip the walk entirely.
 */
const pagedByVariable = new WeakMap<DocumentNode, boolean>();

function hasVariablePageSize(document: DocumentNode): boolean {
  let known = pagedByVariable.get(document);
  if (known === undefined) {
    known = false;
    visit(document, {
      Argument(node) {
        if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) known = true;
      },
    });
    pagedByVariable.set(document, known);
  }
  return known;
}

export function useVariableCost(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      if (!hasVariablePageSize(args.document)) return;
      const document = withPageSizes(args.document, args.variableValues ?? {});
      if (document === args.document) return;
      const refused: GraphQLError[] = [];
      const rule = costLimitRule({
        maxCost,
        exposeLimits: true,
        propagateOnRejection: false,
        onReject: [(_context, error) => refused.push(new GraphQLError(withoutSyntaxPrefix(error.message)))],
      });
      validate(args.schema, document, [rule]);
      if (refused.length > 0) setResultAndStopExecution({ errors: refused });
    },
  };
}

/** `document` with `first: $x` / `last: $x` replaced by the variable's integer value (same object if none). */
function withPageSizes(document: DocumentNode, given: Record<string, unknown>): DocumentNode {
  const variables = { ...defaults(document), ...given };
  let changed = false;
  const result = visit(document, {
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const value = variables[node.value.name.value];
      if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
      changed = true;
      const literal: ValueNode = { kind: Kind.INT, value: String(value) };
      return { ...node, value: literal };
    },
  });
  return changed ? result : document;
}

/** Defaults of the variables (`$n: Int = 100`), which apply when the request leaves them out. */
function defaults(document: DocumentNode): Record<string, number> {
  const found: Record<string, number> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.OPERATION_DEFINITION)
      for (const v of definition.variableDefinitions ?? [])
        if (v.defaultValue?.kind === Kind.INT) found[v.variable.name.value] = Number(v.defaultValue.value);
  return found;
}
