/**
 * Depth, aliases and directives of an operation, checked as a validation rule (so before any
 * resolver runs, and cached with the document's validation). Fragments count where they are
 * spread, as the executor sees them; each fragment is measured once, so a document that spreads
 * fragments into fragments costs no more to check than to read. Fields count by their real name,
 * whatever their alias or the operation's name: `__schema: entity(…)` is an entity.
 */
import {
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { queryTooComplex } from './queryTooComplex.js';

export interface ShapeLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

interface Shape {
  /** Field levels, the leaf included: `{ a { b } }` is 2. */
  depth: number;
  aliases: number;
  directives: number;
}

const NONE: Shape = { depth: 0, aliases: 0, directives: 0 };

export function shapeLimitRule(limits: ShapeLimits) {
  return function ShapeLimits(context: ValidationContext): ASTVisitor {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions)
      if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const measured = new Map<string, Shape>();

    function fragmentShape(name: string): Shape {
      const known = measured.get(name);
      if (known) return known;
      measured.set(name, NONE); // a fragment cycle (reported by graphql-js's own rule) adds nothing
      const definition = fragments.get(name);
      const shape = definition ? selectionShape(definition.selectionSet) : NONE;
      const total = { ...shape, directives: shape.directives + (definition?.directives?.length ?? 0) };
      measured.set(name, total);
      return total;
    }

    function selectionShape(set: SelectionSetNode): Shape {
      let depth = 0;
      let aliases = 0;
      let directives = 0;
      for (const s of set.selections) {
        directives += s.directives?.length ?? 0;
        let inner: Shape;
        if (s.kind === Kind.FIELD) {
          const child = s.selectionSet ? selectionShape(s.selectionSet) : NONE;
          inner = { ...child, depth: child.depth + 1 };
          if (s.alias) aliases++;
        } else if (s.kind === Kind.INLINE_FRAGMENT) inner = selectionShape(s.selectionSet);
        else inner = fragmentShape(s.name.value);
        depth = Math.max(depth, inner.depth);
        aliases += inner.aliases;
        directives += inner.directives;
      }
      return { depth, aliases, directives };
    }

    return {
      OperationDefinition(operation) {
        const shape = selectionShape(operation.selectionSet);
        const directives = shape.directives + (operation.directives?.length ?? 0);
        if (shape.depth > limits.maxDepth)
          context.reportError(
            queryTooComplex(
              'depth',
              shape.depth,
              limits.maxDepth,
              'Nest fewer levels: ask for the deeper part in a second query (by id), or drop levels you do not need.',
            ),
          );
        if (shape.aliases > limits.maxAliases)
          context.reportError(
            queryTooComplex(
              'aliases',
              shape.aliases,
              limits.maxAliases,
              'Use fewer aliases: ask for fewer copies of a field in one query, or split the query.',
            ),
          );
        if (directives > limits.maxDirectives)
          context.reportError(
            queryTooComplex(
              'directives',
              directives,
              limits.maxDirectives,
              'Use fewer directives (@include, @skip) in one query, or split the query.',
            ),
          );
      },
    };
  };
}
