/**
 * Execution by compiled queries (graphql-jit): each document is compiled once into a function
 * instead of being interpreted field by field per request — question b of the benchmark resolves
 * ~20 fields on each of up to ~1600 relations, and graphql-js's per-field bookkeeping was the
 * largest part of our own CPU per request.
 *
 * One difference to graphql-js is undone here: graphql-jit writes a failed field's `locations`
 * into its error but leaves out its `nodes`, and yoga's serialisation rebuilds every error from
 * its nodes — so the locations were lost. Each such error becomes the error graphql-js would have
 * made: same message, path, cause and extensions, with the field's nodes (found again from the
 * path in the document). And a request with invalid variables runs on graphql-js (see below), as
 * does one that writes a JSON value inline (graphql-jit parses such literals without the request's
 * variables, so `params: {n: $n}` would lose `$n` — and it logs a warning for each).
 */
import { useGraphQlJit } from '@envelop/graphql-jit';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getNamedType,
  getOperationAST,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type ExecutionArgs,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { getVariableValues } from 'graphql/execution/values.js';

export function useCompiledExecution(): Plugin {
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        useGraphQlJit({}, { enableIf: (args) => !hasScalarLiteral(args) && variablesCoerce(args) }) as Plugin,
      );
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result || !result.errors?.some(isJitError)) return;
          const errors = result.errors.map((e) =>
            isJitError(e) ? located(e, fieldNodesAt(args.document, args.operationName, e.path ?? [])) : e,
          );
          setResult({ ...result, errors });
        },
      };
    },
  };
}

/**
 * Whether the request's variables are valid; if not, graphql-js executes it, so a bad variable is
 * reported in graphql-js's words and place (graphql-jit coerces with its own, vaguer messages).
 */
function variablesCoerce(args: ExecutionArgs): boolean {
  const operation = getOperationAST(args.document, args.operationName);
  if (!operation?.variableDefinitions?.length) return true;
  const coerced = getVariableValues(args.schema, operation.variableDefinitions, args.variableValues ?? {});
  return coerced.errors === undefined;
}

const scalarLiterals = new WeakMap<DocumentNode, boolean>();
const LITERALS = new Set<string>([
  Kind.OBJECT,
  Kind.LIST,
  Kind.STRING,
  Kind.INT,
  Kind.FLOAT,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
]);

/** Whether the document writes a literal for a scalar that reads variables from it (JSON). */
function hasScalarLiteral({ schema, document }: ExecutionArgs): boolean {
  let found = scalarLiterals.get(document);
  if (found === undefined) {
    found = false;
    const typeInfo = new TypeInfo(schema);
    const check = (): false | void => {
      const type = typeInfo.getInputType();
      const named = type ? getNamedType(type) : undefined;
      if (isScalarType(named) && named.parseLiteral.length > 1) {
        found = true;
        return false;
      }
    };
    // Any literal (a variable is parsed by parseValue, which graphql-jit gets right).
    visit(
      document,
      visitWithTypeInfo(typeInfo, { enter: (node) => (LITERALS.has(node.kind) ? check() : undefined) }),
    );
    scalarLiterals.set(document, found);
  }
  return found;
}

/** graphql-jit's errors: `locations` written in, but no `nodes` — which yoga rebuilds them from. */
const isJitError = (e: GraphQLError) => !e.nodes?.length && e.path !== undefined;

/** The error graphql-js would have made (`locatedError`): its field's nodes, path and cause. */
function located(e: GraphQLError, nodes: FieldNode[]): GraphQLError {
  return new GraphQLError(e.message, {
    nodes: nodes.length > 0 ? nodes : undefined,
    path: e.path,
    originalError: e.originalError ?? undefined,
    extensions: e.extensions,
  });
}

/** The field nodes answering `path` (response keys; list indices skipped), fragments followed. */
function fieldNodesAt(
  document: DocumentNode,
  operationName: string | null | undefined,
  path: readonly (string | number)[],
): FieldNode[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: SelectionSetNode | undefined;
  for (const d of document.definitions) {
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    else if (d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName))
      operation ??= d.selectionSet;
  }
  let sets: SelectionSetNode[] = operation ? [operation] : [];
  let found: FieldNode[] = [];
  for (const key of path) {
    if (typeof key === 'number') continue;
    found = sets.flatMap((s) => fieldsNamed(s, key, fragments));
    sets = found.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return found;
}

function fieldsNamed(
  set: SelectionSetNode,
  key: string,
  fragments: Map<string, FragmentDefinitionNode>,
): FieldNode[] {
  return set.selections.flatMap((s): FieldNode[] => {
    if (s.kind === Kind.FIELD) return (s.alias ?? s.name).value === key ? [s] : [];
    if (s.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(s.selectionSet, key, fragments);
    const fragment = fragments.get(s.name.value);
    return fragment ? fieldsNamed(fragment.selectionSet, key, fragments) : [];
  });
}
