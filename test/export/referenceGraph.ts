/**
 * What an export must contain, read straight from Neo4j with plain Cypher written here — not
 * with the export's own queries — so a wrong export query cannot also be the yardstick.
 */
import type { Database } from '../../src/neo4j/Database.js';

export interface RefNode {
  id: string;
  name: string;
  kind: string;
  labels: string[];
  aliases: string[];
}

export interface RefEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  summary: string;
  modality: string | null;
  quotes: string[];
  articles: string[];
}

export interface RefGraph {
  nodes: Map<string, RefNode>;
  edges: Map<string, RefEdge>;
}

export async function referenceGraph(db: Database): Promise<RefGraph> {
  const nodeRows = await db.read(
    'MATCH (n:Entity) RETURN n.id AS id, n.name AS name, n.kind AS kind, labels(n) AS labels, n.aliases AS aliases',
  );
  const edgeRows = await db.read(
    `MATCH (a:Entity)-[r]->(b:Entity)
     RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, r.summary AS summary,
            r.modality AS modality, r.sourceQuotes AS quotes, r.sourceArticleIds AS articles`,
  );
  const nodes = new Map<string, RefNode>();
  for (const r of nodeRows)
    nodes.set(String(r.id), {
      id: String(r.id),
      name: String(r.name),
      kind: String(r.kind),
      labels: (r.labels as string[]).slice().sort(),
      aliases: (r.aliases as string[] | null) ?? [],
    });
  const edges = new Map<string, RefEdge>();
  for (const r of edgeRows)
    edges.set(String(r.id), {
      id: String(r.id),
      type: String(r.type),
      source: String(r.source),
      target: String(r.target),
      summary: String(r.summary),
      modality: (r.modality as string | null) ?? null,
      quotes: (r.quotes as string[] | null) ?? [],
      articles: (r.articles as string[] | null) ?? [],
    });
  return { nodes, edges };
}

/** The part of `graph` an export with these entity ids and relation types must hold. */
export function restrict(graph: RefGraph, ids: Set<string>, types?: Set<string>): RefGraph {
  const nodes = new Map([...graph.nodes].filter(([id]) => ids.has(id)));
  const edges = new Map(
    [...graph.edges].filter(
      ([, e]) => ids.has(e.source) && ids.has(e.target) && (!types || types.has(e.type)),
    ),
  );
  return { nodes, edges };
}
