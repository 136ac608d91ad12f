/**
 * The mutations (schema.graphql, "Mutations"): each first checks the API key
 * (requireApiKey), so nothing reaches the database for a stranger.
 */
import { FactFileError } from '../../ingest/Problem.js';
import { requireApiKey } from '../auth/requireApiKey.js';
import { badUserInput } from '../errors.js';
import type { MutationResolvers } from '../generated/resolvers.js';
import { ingestFactFile } from '../mutations/ingestFactFile.js';
import { removeArticle } from '../mutations/removeArticle.js';

export const Mutation: MutationResolvers = {
  async ingestArticle(_root, { factFile }, context) {
    requireApiKey(context);
    try {
      const r = await ingestFactFile(context.db, factFile);
      return {
        articleId: r.articleId,
        entities: r.entities,
        facts: r.facts,
        deletedFacts: r.deletedFacts,
        deletedEntities: r.deletedEntities,
        conflicts: r.conflicts,
      };
    } catch (err) {
      if (err instanceof FactFileError)
        throw badUserInput(err.message, {
          problems: err.problems.map((p) => ({ path: p.path, reason: p.reason })),
        });
      throw err;
    }
  },

  async removeArticle(_root, { id }, context) {
    requireApiKey(context);
    return (await removeArticle(context.db, id)).removed;
  },
};
