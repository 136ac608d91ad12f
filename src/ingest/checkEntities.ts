/**
 * Entities across the files of a load and the graph, before anything is written:
 *   - a reference by id alone (`{ "id": "deepseek" }`) names an entity another file of the load
 *     defines or the graph holds (else a problem, with "did you mean …");
 *   - a Wikidata id names one entity: two entity ids with one Wikidata id, in the files or
 *     against the graph, are refused;
 *   - a definition that differs from another (name, kind, description, Wikidata id) is not an
 *     error: the first definition stands — the earliest-published article's (ingestDeriveEntities)
 *     — and the load reports both values and both sources, never silently.
 */
import type { Database } from '../neo4j/Database.js';
import { query } from '../neo4j/queryLibrary.js';
import { closestIds, didYouMean } from './didYouMean.js';
import { isDefinition } from './factFile.js';
import { LOAD_TIMEOUT_MS } from './loadTimeout.js';
import { addDetail, type Problem } from './Problem.js';
import type { ValidArticle } from './validateFactFile.js';

const COMPARED = ['name', 'kind', 'description', 'wikidataId'] as const;
type Values = Partial<Record<(typeof COMPARED)[number], string | null>>;

export interface EntityCheck {
  problems: Problem[];
  /** Definitions that differ from the one that stands: reported, not applied. */
  conflicts: string[];
}

export async function checkEntities(
  db: Database | null,
  articles: readonly ValidArticle[],
): Promise<EntityCheck> {
  const problems: Problem[] = [];
  const conflicts: string[] = [];
  const defs = articles.flatMap((a) =>
    a.entities.flatMap((e, i) => (isDefinition(e) ? [{ a, e, path: `entities[${i}]` }] : [])),
  );
  const refs = articles.flatMap((a) =>
    a.entities.flatMap((e, i) => (isDefinition(e) ? [] : [{ a, id: e.id, path: `entities[${i}].id` }])),
  );
  const wikidataIds = [...new Set(defs.flatMap(({ e }) => (e.wikidataId ? [e.wikidataId] : [])))];
  const ids = [...new Set([...defs.map((d) => d.e.id), ...refs.map((r) => r.id)])];
  const rows = db
    ? await db.read(query('ingestEntitiesById'), { ids, wikidataIds }, { timeoutMs: LOAD_TIMEOUT_MS })
    : [];
  const graph = new Map(rows.map((r) => [String(r.id), r as Values & { id: string }]));

  const defined = new Set(defs.map((d) => d.e.id));
  const missing = refs.filter((r) => !defined.has(r.id) && !graph.has(r.id));
  if (missing.length > 0) {
    const known = [
      ...defined,
      ...(db
        ? (await db.read(query('ingestEntityIds'), {}, { timeoutMs: LOAD_TIMEOUT_MS })).map((r) =>
            String(r.id),
          )
        : []),
    ];
    for (const r of missing) {
      const p: Problem = {
        file: r.a.file,
        path: r.path,
        reason: `"${r.id}" refers to an entity by id alone, but no file of this load defines it and the graph ${db ? 'has no such entity' : 'was not consulted (offline)'}`,
      };
      const hint = didYouMean(closestIds(r.id, known), 'in this load or the graph');
      addDetail(p, { unknownEntity: r.id, ...(hint ? { hints: [hint] } : {}) });
      problems.push(p);
    }
  }

  const holder = new Map<string, string>(); // wikidataId → entity id
  for (const row of graph.values()) if (row.wikidataId) holder.set(row.wikidataId, row.id);
  const firstDef = new Map<string, (typeof defs)[number]>();
  for (const d of defs) {
    const q = d.e.wikidataId;
    if (q) {
      const other = holder.get(q);
      if (other && other !== d.e.id)
        problems.push({
          file: d.a.file,
          path: `${d.path}.wikidataId`,
          reason: `Wikidata id ${q} is already entity "${other}"'s; one entity per Wikidata item — use "${other}" here, or correct the id`,
        });
      else holder.set(q, d.e.id);
    }
    const before = firstDef.get(d.e.id);
    const there = graph.get(d.e.id);
    const differs = (x: Values, where: string) => {
      const diff = COMPARED.filter(
        (k) => (x[k] ?? null) !== (d.e[k] ?? null) && (k !== 'wikidataId' || x[k]),
      );
      if (diff.length > 0)
        conflicts.push(
          `entity "${d.e.id}": ${diff.map((k) => `${k} ${JSON.stringify(d.e[k] ?? null)} in ${d.a.file} (article ${d.a.article.id}) but ${JSON.stringify(x[k] ?? null)} ${where}`).join('; ')} — the earliest-published article's definition stands`,
        );
    };
    if (before) differs(before.e, `in ${before.a.file} (article ${before.a.article.id})`);
    else if (there) differs(there, 'in the graph');
    if (!before) firstDef.set(d.e.id, d);
  }
  return { problems, conflicts };
}
