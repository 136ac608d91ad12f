/** A CSS / Graphviz / Neo4j Browser colour as #rrggbb. */
export type HexColor = `#${string}`;
