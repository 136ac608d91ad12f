/** The export formats: file extension, media type and what opens them. */
export const EXPORT_FORMATS = {
  graphml: {
    mediaType: 'application/graphml+xml; charset=utf-8',
    opens: 'yEd, Cytoscape, networkx, Neo4j (APOC)',
  },
  gexf: { mediaType: 'application/gexf+xml; charset=utf-8', opens: 'Gephi' },
  cyjs: { mediaType: 'application/json; charset=utf-8', opens: 'Cytoscape, Cytoscape.js' },
  dot: { mediaType: 'text/vnd.graphviz; charset=utf-8', opens: 'Graphviz' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value);
}
