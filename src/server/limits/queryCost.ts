/**
 * The cost of one operation, estimated from the document, the request's variables and the
 * schema before anything runs: rows read from Neo4j plus a weight per round trip.
 *
 * Rows: every list that a resolver reads (a paged list, `Relation.deniedBy`, introspection's
 * lists, …) returns at most its page size per parent item, and there are at most as many parent
 * items as the enclosing lists return — so a list costs the product of the page sizes above it
 * times its own. The page size is the one in effect: a literal `first`, the variable's value (or
 * the variable's default), else the argument's default in the schema, capped at the largest page
 * the resolvers accept. Lists that come with their parent's record (a fact's sources, a path's
 * nodes) read nothing themselves but multiply what is nested in them. Lookups of one record per
 * item (`Source.article`, `statedBy`) read at most as many rows as the list they hang off, batched
 * and deduplicated by id, so they add a round trip, not rows.
 *
 * Round trips: DataLoader batches every read of one nesting level into one query (one per kind
 * of read: all of an entity's relation lists are one query, a level's counts another); each root
 * field is one query.
 */
import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ASSUMED_LIST_SIZES, DEFAULT_LIST_SIZE, READS_FROM_NEO4J, ROUND_TRIP_COST } from './costModel.js';

/** Deeper than any query the depth limit lets through. */
const MAX_NESTING = 100;

export interface CostEstimate {
  /** rows + ROUND_TRIP_COST × roundTrips, rounded up. */
  cost: number;
  rows: number;
  roundTrips: number;
  /** The list that reads the most rows: its path (response keys) and the page sizes that multiply. */
  largest: { path: string; rows: number; pageSizes: number[] } | null;
}

export interface CostOptions {
  /** The largest `first` the resolvers accept; larger values are refused, so they read nothing more. */
  maxPage: number;
  /** Stop counting once the cost passes this: the answer is then "more than this". */
  stopAbove?: number;
}

export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  options: CostOptions,
): CostEstimate {
  const operation = operationOf(document, operationName);
  const estimate: CostEstimate = { cost: 0, rows: 0, roundTrips: 0, largest: null };
  const root = operation && rootType(schema, operation);
  if (!operation || !root) return estimate;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const values = { ...variableDefaults(operation), ...variables };
  const trips = new Set<string>();
  const introspection = introspectionSizes(schema);
  const stopAbove = options.stopAbove ?? Infinity;
  const over = () => estimate.rows + ROUND_TRIP_COST * trips.size > stopAbove;

  /**
   * The fields of selection sets as the executor collects them: merged by response key, each
   * fragment spread once — so a field asked for twice, or a fragment spread twice, counts once.
   */
  function collect(
    sets: readonly SelectionSetNode[],
    into = new Map<string, FieldNode[]>(),
    visited = new Set<string>(),
  ): Map<string, FieldNode[]> {
    for (const set of sets)
      for (const selection of set.selections) {
        if (!included(selection.directives ?? [], values)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          into.set(key, [...(into.get(key) ?? []), selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) collect([selection.selectionSet], into, visited);
        else if (!visited.has(selection.name.value)) {
          visited.add(selection.name.value);
          const fragment = fragments.get(selection.name.value);
          if (fragment) collect([fragment.selectionSet], into, visited);
        }
      }
    return into;
  }

  function walk(
    sets: readonly SelectionSetNode[],
    parent: GraphQLCompositeType,
    multiplier: number,
    depth: number,
    path: string[],
    pageSizes: number[],
    page = false,
  ): void {
    // Validation has refused fragment cycles and deep queries already; this only guards the walk.
    if (depth > MAX_NESTING) return;
    for (const [key, nodes] of collect(sets)) {
      if (over()) return;
      field(key, nodes, parent, multiplier, depth, path, pageSizes, page);
    }
  }

  function field(
    key: string,
    nodes: FieldNode[],
    parent: GraphQLCompositeType,
    multiplier: number,
    depth: number,
    path: string[],
    pageSizes: number[],
    page: boolean,
  ): void {
    const node = nodes[0]!;
    const definition = fieldDefinition(schema, parent, node.name.value);
    if (!definition) return;
    const coordinate = `${parent.name}.${definition.name}`;
    const named = getNamedType(definition.type);
    const isList = isListType(getNullableType(definition.type));
    const pageArgument = definition.args.find((a) => a.name === 'first');
    const isRoot = parent === schema.getQueryType() || parent === schema.getMutationType();
    const inMemory =
      parent.name.startsWith('__') || definition === SchemaMetaFieldDef || definition === TypeMetaFieldDef;

    let items = 1;
    if (pageArgument) items = pageSize(node, pageArgument.defaultValue, values, options.maxPage);
    // The lists of a connection (`nodes`, `edges`) are its page, already counted at the connection.
    else if (isList && isCompositeType(named) && !page)
      items = inMemory
        ? (introspection.get(coordinate) ?? 1)
        : (ASSUMED_LIST_SIZES[coordinate] ?? DEFAULT_LIST_SIZE);

    const reads = !inMemory && (isRoot || pageArgument !== undefined || READS_FROM_NEO4J.has(coordinate));
    const here = [...path, key];
    const sizes = items === 1 && (page || (!isList && !pageArgument)) ? pageSizes : [...pageSizes, items];
    if ((reads || inMemory) && !page && (isList || pageArgument)) {
      const rows = multiplier * items;
      estimate.rows += rows;
      if (!estimate.largest || rows > estimate.largest.rows)
        estimate.largest = { path: here.join('.'), rows, pageSizes: sizes };
    } else if (isRoot && reads) estimate.rows += 1;
    if (reads) {
      // Reads of one level batch into one query per kind: an entity's relation lists (every
      // field of a type that returns the same connection) share one; root fields each run their own.
      const kind = pageArgument && !isRoot ? `${parent.name}→${named.name}` : coordinate;
      trips.add(isRoot ? `root:${here.join('.')}` : `${depth}:${kind}`);
    }
    const children = nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
    if (children.length > 0 && isCompositeType(named))
      walk(
        children,
        named,
        multiplier * items,
        depth + 1,
        here,
        sizes,
        pageArgument !== undefined && !isList,
      );
  }

  walk([operation.selectionSet], root, 1, 0, [], []);
  estimate.roundTrips = trips.size;
  estimate.cost = Math.ceil(estimate.rows + ROUND_TRIP_COST * trips.size);
  estimate.rows = Math.ceil(estimate.rows);
  if (estimate.largest) estimate.largest.rows = Math.ceil(estimate.largest.rows);
  return estimate;
}

function operationOf(
  document: DocumentNode,
  name: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return name
    ? operations.find((o) => o.name?.value === name)
    : operations.length === 1
      ? operations[0]
      : undefined;
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  if (operation.operation === 'query') return schema.getQueryType();
  if (operation.operation === 'mutation') return schema.getMutationType();
  return schema.getSubscriptionType();
}

function fieldDefinition(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  if (name === '__schema' && parent === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === '__type' && parent === schema.getQueryType()) return TypeMetaFieldDef;
  if (!isObjectType(parent) && !isInterfaceType(parent)) return undefined;
  return parent.getFields()[name];
}

/** The page size in effect for `first`, between 0 and `maxPage`. */
function pageSize(
  node: FieldNode,
  fallback: unknown,
  variables: Record<string, unknown>,
  maxPage: number,
): number {
  const argument = node.arguments?.find((a) => a.name.value === 'first');
  let value = argument ? valueOf(argument.value, variables) : undefined;
  if (value === undefined || value === null) value = fallback;
  // A value that is no integer fails coercion before any resolver runs; count it as the largest.
  if (typeof value !== 'number' || !Number.isInteger(value)) return maxPage;
  return Math.min(Math.max(value, 0), maxPage);
}

/**
 * What of the variables an estimate depends on, as a cache key (useCostLimit.ts), kept beside
 * its two readers, pageSize and included: an estimate reads a variable only as a page size
 * (an integer counts as itself, anything else given as the largest page) or as an `@skip` /
 * `@include` condition (only `true` and `false` count). Ids and texts all read alike.
 */
export function costInputs(variables: Record<string, unknown>): string {
  return Object.keys(variables)
    .sort()
    .map((name) => {
      const v = variables[name];
      const shape =
        typeof v === 'number' || typeof v === 'boolean'
          ? String(v)
          : v === null || v === undefined
            ? '-'
            : '*';
      return `${name}=${shape}`;
    })
    .join(',');
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.BOOLEAN) return node.value;
  if (node.kind === Kind.NULL) return null;
  return NaN;
}

function variableDefaults(operation: OperationDefinitionNode): Record<string, unknown> {
  const found: Record<string, unknown> = {};
  for (const v of operation.variableDefinitions ?? [])
    if (v.defaultValue) found[v.variable.name.value] = valueOf(v.defaultValue, {});
  return found;
}

/** False when `@skip(if: true)` or `@include(if: false)` leaves the selection out. */
function included(
  directives: readonly {
    name: { value: string };
    arguments?: readonly { name: { value: string }; value: ValueNode }[];
  }[],
  variables: Record<string, unknown>,
): boolean {
  for (const d of directives) {
    const condition = d.arguments?.find((a) => a.name.value === 'if');
    if (!condition) continue;
    const value = valueOf(condition.value, variables);
    if (d.name.value === 'skip' && value === true) return false;
    if (d.name.value === 'include' && value === false) return false;
  }
  return true;
}

/**
 * Introspection's lists, sized by the schema they describe: `types` has as many items as the
 * schema has types; `fields`, `args`, … the average per type or field. So the introspection query
 * costs about what the schema holds, and a query that nests `fields { type { fields … } }` grows
 * as fast as its answer would.
 */
const introspectionCache = new WeakMap<GraphQLSchema, Map<string, number>>();

function introspectionSizes(schema: GraphQLSchema): Map<string, number> {
  let sizes = introspectionCache.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  const fields = types.flatMap((t) =>
    isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : [],
  );
  const count = (f: (t: (typeof types)[number]) => number) => types.reduce((n, t) => n + f(t), 0);
  const perType = (n: number) => n / Math.max(types.length, 1);
  const inputFields = count((t) =>
    'getFields' in t && !isObjectType(t) && !isInterfaceType(t) ? Object.keys(t.getFields()).length : 0,
  );
  const enumValues = count((t) => ('getValues' in t ? t.getValues().length : 0));
  const interfaces = count((t) => ('getInterfaces' in t ? t.getInterfaces().length : 0));
  const args = fields.reduce((n, f) => n + f.args.length, 0);
  const directives = schema.getDirectives();
  sizes = new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', perType(fields.length)],
    ['__Type.inputFields', perType(inputFields)],
    ['__Type.enumValues', perType(enumValues)],
    ['__Type.interfaces', perType(interfaces)],
    ['__Type.possibleTypes', perType(interfaces)],
    ['__Field.args', args / Math.max(fields.length, 1)],
    ['__Directive.args', directives.reduce((n, d) => n + d.args.length, 0) / Math.max(directives.length, 1)],
  ]);
  introspectionCache.set(schema, sizes);
  return sizes;
}
