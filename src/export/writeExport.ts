/** One export, end to end: read the requested part of the graph, write it in the requested format. */
import type { Database } from '../neo4j/Database.js';
import type { ExportGraph } from './ExportGraph.js';
import { EXPORT_FORMATS, type ExportFormat } from './exportFormats.js';
import type { ExportRequest } from './exportRequest.js';
import { readExportGraph } from './readExportGraph.js';
import { writeCyjs } from './writeCyjs.js';
import { writeDot } from './writeDot.js';
import { writeGexf } from './writeGexf.js';
import { writeGraphml } from './writeGraphml.js';

export const WRITERS: Record<ExportFormat, (graph: ExportGraph) => string> = {
  graphml: writeGraphml,
  gexf: writeGexf,
  cyjs: writeCyjs,
  dot: writeDot,
};

export interface ExportResult {
  body: string;
  mediaType: string;
  fileName: string;
  nodes: number;
  edges: number;
}

/** A file name that says what is in it: newsgraph.graphml, newsgraph-openai-2hops.gexf, … */
function fileName(request: ExportRequest): string {
  const scope = request.scope;
  const stem =
    scope.kind === 'neighbourhood'
      ? `newsgraph-${scope.center.replace(/[^a-z0-9-]/gi, '_')}-${scope.hops}hop${scope.hops > 1 ? 's' : ''}`
      : scope.kind === 'entities'
        ? 'newsgraph-view'
        : 'newsgraph';
  return `${stem}.${request.format}`;
}

export async function runExport(db: Database, request: ExportRequest): Promise<ExportResult> {
  const graph = await readExportGraph(db, request);
  return {
    body: WRITERS[request.format](graph),
    mediaType: EXPORT_FORMATS[request.format].mediaType,
    fileName: fileName(request),
    nodes: graph.nodes.length,
    edges: graph.edges.length,
  };
}
