/**
 * What a check against the graph adds to the file checks: "did you mean" from the graph's
 * entity ids for an id the file does not define, and notes (not problems: `load` accepts them)
 * on entities the load would change or might duplicate, and articles it would replace.
 */
import { isDefinition } from '../ingest/factFile.js';
import { closestIds, didYouMean } from '../ingest/didYouMean.js';
import { addDetail, type Problem } from '../ingest/Problem.js';
import type { ValidArticle } from '../ingest/validateFactFile.js';
import type { KnownEntity } from './mentions.js';

export function addGraphHints(problems: readonly Problem[], graph: readonly KnownEntity[]): void {
  const byId = new Map(graph.map((e) => [e.id, e]));
  for (const p of problems) {
    const id = p.detail?.unknownEntity;
    if (!id) continue;
    const there = byId.get(id);
    const hint = there
      ? `the graph has "${id}" (${there.name}, ${there.kind}): add it to this file's entities to use it`
      : didYouMean(closestIds(id, byId.keys()), 'in the graph');
    if (hint) addDetail(p, { hints: [hint] });
  }
}

export function graphNotes(
  articles: readonly ValidArticle[],
  graph: readonly KnownEntity[],
  articlesInGraph: ReadonlySet<string>,
): string[] {
  const byId = new Map(graph.map((e) => [e.id, e]));
  const byName = new Map<string, KnownEntity[]>();
  for (const e of graph)
    for (const n of new Set([e.name, ...e.aliases].map((x) => x.toLowerCase())))
      byName.set(n, [...(byName.get(n) ?? []), e]);
  const notes: string[] = [];
  for (const a of articles) {
    if (articlesInGraph.has(a.article.id))
      notes.push(`${a.file}: article "${a.article.id}" is in the graph: loading this file replaces it`);
    for (const e of a.entities) {
      if (!isDefinition(e)) continue; // a reference: the loader checks that it exists
      const there = byId.get(e.id);
      if (there && there.kind !== e.kind)
        notes.push(
          `${a.file}: entity "${e.id}" is a ${there.kind} in the graph; loading this file makes it a ${e.kind}`,
        );
      if (!there) {
        const same = (byName.get(e.name.toLowerCase()) ?? []).filter((x) => x.id !== e.id);
        if (same.length > 0)
          notes.push(
            `${a.file}: entity "${e.id}" (${e.name}) is new, but the graph has ${same
              .map((x) => `"${x.id}" (${x.name})`)
              .join(', ')} by that name: the same entity? then use its id`,
          );
      }
    }
  }
  return notes;
}
