/** SubgraphNode and SubgraphEdge: entity and relation records seen as visualisation nodes/edges. */
import type { SubgraphEdgeResolvers, SubgraphNodeResolvers } from '../generated/resolvers.js';

export const SubgraphNode: SubgraphNodeResolvers = {
  label: (e) => e.name,
  entity: (e) => e,
};

export const SubgraphEdge: SubgraphEdgeResolvers = {
  source: (r) => r.subject.id,
  target: (r) => r.object.id,
  /** ACCUSES → "accuses", HOLDS_POSITION → "holds position". */
  label: (r) => r.type.toLowerCase().replaceAll('_', ' '),
  relation: (r) => r,
};
