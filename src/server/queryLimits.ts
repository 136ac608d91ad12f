/**
 * Limits on what one GraphQL request may ask for, checked while the query is parsed and validated
 * — before any resolver, so before any Cypher runs. graphql-armor (≥ 3.1.7, which closed the
 * `__schema`-named bypass) counts depth, aliases, directives, tokens and cost, and hides "Did you
 * mean …?" suggestions that would let a stranger map the schema field by field. The values come
 * from the environment (src/config/env.ts); SECURITY.md lists them.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Env } from '../config/env.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  maxBodyBytes: number;
}

export function queryLimits(env: Env): QueryLimits {
  return {
    maxDepth: env.NEWSGRAPH_MAX_DEPTH,
    maxAliases: env.NEWSGRAPH_MAX_ALIASES,
    maxDirectives: env.NEWSGRAPH_MAX_DIRECTIVES,
    maxTokens: env.NEWSGRAPH_MAX_TOKENS,
    maxCost: env.NEWSGRAPH_MAX_COST,
    maxBodyBytes: env.NEWSGRAPH_MAX_BODY_BYTES,
  };
}

export function useQueryLimits(limits: QueryLimits): Plugin {
  // exposeLimits: the numbers are public (SECURITY.md); saying which one was hit helps honest clients.
  // The validation limits report a normal validation error instead of throwing one: armor is a
  // CommonJS build whose GraphQLError is another class than ours (ESM), which yoga and maskErrors
  // would take for an unexpected error. The token limit stops the parser, so it must throw.
  const asValidationError = { exposeLimits: true, propagateOnRejection: false, onReject: [reportLimit] };
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ...asValidationError },
    maxAliases: { n: limits.maxAliases, ...asValidationError },
    maxDirectives: { n: limits.maxDirectives, ...asValidationError },
    costLimit: { maxCost: limits.maxCost, ...asValidationError },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    blockFieldSuggestion: { enabled: true },
  }) as Plugin;
}

/** armor's message, without its misleading "Syntax Error: " prefix, as a validation error. */
function reportLimit(context: ValidationContext | null, error: { message: string }): void {
  context?.reportError(new GraphQLError(withoutSyntaxPrefix(error.message)));
}

export const withoutSyntaxPrefix = (message: string) => message.replace(/^Syntax Error: /, '');
