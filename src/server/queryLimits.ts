/**
 * Limits on what one GraphQL request may ask for, all checked before any resolver runs, so before
 * any Cypher: tokens while parsing, depth, aliases and directives while validating, and the cost
 * (rows read plus round trips, limits/queryCost.ts) once the variables are known. Every refusal
 * is a QUERY_TOO_COMPLEX error that names the limit, the value found and the value allowed
 * (limits/queryTooComplex.ts). graphql-armor hides "Did you mean …?" suggestions that would let a
 * stranger map the schema field by field. The values come from the environment
 * (src/config/env.ts); SECURITY.md lists them.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import type { Env } from '../config/env.js';
import { shapeLimitRule } from './limits/shapeLimits.js';
import { useCostLimit } from './limits/useCostLimit.js';
import { useTokenLimit } from './limits/tokenLimit.js';

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

export function useQueryLimits(limits: QueryLimits): Plugin[] {
  const shape = shapeLimitRule(limits);
  return [
    useTokenLimit(limits.maxTokens),
    { onValidate: ({ addValidationRule }) => addValidationRule(shape) },
    useCostLimit(limits.maxCost),
    EnvelopArmorPlugin({
      maxDepth: { enabled: false },
      maxAliases: { enabled: false },
      maxDirectives: { enabled: false },
      maxTokens: { enabled: false },
      costLimit: { enabled: false },
      blockFieldSuggestion: { enabled: true },
    }) as Plugin,
  ];
}

/** graphql-js's "Syntax Error: " prefix, which a limit's message should not carry. */
export const withoutSyntaxPrefix = (message: string) => message.replace(/^Syntax Error: /, '');
