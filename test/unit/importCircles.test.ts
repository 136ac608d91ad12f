/**
 * No import circles between folders: each folder of src/ may use folders below it, never one that
 * (directly or through others) uses it back. The entry points in src/ itself (main.ts, cli.ts,
 * bin.mjs) compose everything, so nothing may import them. A circle makes a layer impossible to
 * read, test or replace on its own; this test names the imports that close one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const SKIP = new Set(['dist', 'generated']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : sourceFiles(p);
    return /\.(ts|mjs)$/.test(e.name) ? [p] : [];
  });
}

/** The top folder of src/ a file belongs to ('.' for the entry points in src/ itself). */
const folderOf = (file: string) => path.relative(SRC, file).split(path.sep).slice(0, -1)[0] ?? '.';

/** folder → folder it imports → the import lines that make the edge. */
function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = path.resolve(path.dirname(file), m[1]!);
      const [from, to] = [folderOf(file), folderOf(target)];
      if (from === to) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), `${path.relative(SRC, file)} imports ${m[1]}`]);
    }
  }
  return graph;
}

/** Every circle as its folders, found by a depth-first walk from each folder. */
function circles(graph: Map<string, Map<string, string[]>>): string[][] {
  const found: string[][] = [];
  const walk = (start: string, at: string, trail: string[]) => {
    for (const next of graph.get(at)?.keys() ?? []) {
      if (next === start) found.push([...trail, next]);
      else if (next > start && !trail.includes(next)) walk(start, next, [...trail, next]);
    }
  };
  for (const folder of graph.keys()) walk(folder, folder, [folder]);
  return found;
}

describe('folders of src/', () => {
  const graph = folderGraph();

  it('import one another without circles', () => {
    const report = circles(graph).map((c) =>
      c
        .slice(1)
        .map((to, i) => `${c[i]} → ${to} (${graph.get(c[i]!)!.get(to)![0]})`)
        .join('; '),
    );
    expect(report).toEqual([]);
  });

  it('never import the entry points in src/ itself', () => {
    const intoEntry = [...graph].flatMap(([from, edges]) => (from === '.' ? [] : (edges.get('.') ?? [])));
    expect(intoEntry).toEqual([]);
  });
});
