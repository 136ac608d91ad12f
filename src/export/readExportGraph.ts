/**
 * Reads the part of the graph an export asks for through the named queries in
 * cypher/queries/export/ (one round trip), and maps the rows to the neutral ExportGraph.
 */
import { z } from 'zod';
import { isRelationType, type RelationType } from '../domain/relationTypes.js';
import type { Database } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import type { ExportEdge, ExportGraph, ExportNode } from './ExportGraph.js';
import { ExportRequestError, type ExportRequest } from './exportRequest.js';

/** Exports may read a large graph; give them longer than the API's default. */
const EXPORT_TIMEOUT_MS = 60_000;

const str = z.string().nullable().default(null);
const strList = z
  .array(z.string())
  .nullable()
  .transform((v) => v ?? []);

const nodeRow = z.object({
  id: z.string(),
  name: z
    .string()
    .nullable()
    .transform((v) => v ?? ''),
  kind: z
    .string()
    .nullable()
    .transform((v) => v ?? ''),
  labels: z.array(z.string()).transform((v) => [...v].sort()),
  aliases: strList,
  roles: strList,
  description: str,
  firstMentioned: str,
});

const edgeRow = z.object({
  id: z.string(),
  type: z.custom<RelationType>((v) => typeof v === 'string' && isRelationType(v), 'unknown relation type'),
  source: z.string(),
  target: z.string(),
  summary: z
    .string()
    .nullable()
    .transform((v) => v ?? ''),
  about: str,
  reason: str,
  when: str,
  role: str,
  scope: str,
  modality: str,
  confidence: z.number().nullable().default(null),
  statedBy: str,
  cameo: str,
  denies: strList,
  sourceArticleIds: strList,
  sourceQuotes: strList,
  sourceStarts: z
    .array(z.number())
    .nullable()
    .transform((v) => v ?? []),
  sourceArticleTitles: z.array(z.string().nullable()),
  firstReported: str,
  firstReportedPrecision: str,
  eventFrom: str,
  eventTo: str,
  eventPrecision: str,
});

const resultRow = z.object({
  nodes: z.array(nodeRow),
  edges: z.array(edgeRow),
  missing: z.array(z.string()).optional(),
});

export async function readExportGraph(db: Database, request: ExportRequest): Promise<ExportGraph> {
  const { scope, types } = request;
  const options = { timeoutMs: EXPORT_TIMEOUT_MS, tag: 'export' };
  let rows;
  if (scope.kind === 'whole') rows = await db.read(query('exportWholeGraph'), { types }, options);
  else if (scope.kind === 'neighbourhood')
    rows = await db.read(
      query('exportNeighbourhood'),
      { center: scope.center, hops: scope.hops, types },
      options,
    );
  else rows = await db.read(query('exportEntities'), { ids: scope.ids, types }, options);

  if (rows.length === 0 && scope.kind === 'neighbourhood')
    throw new ExportRequestError(`No entity with id "${scope.center}" (center).`, 404);
  const row = resultRow.parse(rows[0]);
  if (row.missing && row.missing.length > 0)
    throw new ExportRequestError(
      `No entity with id ${row.missing.map((id) => `"${id}"`).join(', ')} (ids).`,
      404,
    );
  const nodes: ExportNode[] = row.nodes;
  const edges: ExportEdge[] = row.edges;
  return { nodes, edges };
}
