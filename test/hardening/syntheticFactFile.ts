/**
 * Small synthetic fact files (format newsgraph/facts@1) for the hardening tests: deterministic,
 * marked synthetic (`syn8-` ids, "SYNTHETIC" titles), every quote a sentence of the inline text.
 * Articles share a pool of entities, so loads and removals touch each other's entities.
 */
export interface SyntheticFactFile {
  format: 'newsgraph/facts@1';
  article: { id: string; title: string; language: string; text: string };
  entities: Array<{ id: string; name: string; kind: string; aliases: string[] }>;
  facts: Array<{
    id: string;
    subject: string;
    type: string;
    object: string;
    summary: string;
    quote: string;
    modality: 'alleged' | 'reported' | 'confirmed';
    confidence: number;
  }>;
}

const TYPES = ['ACCUSES', 'INVESTIGATES', 'BANS', 'REPORTS', 'COMMENTS_ON', 'USES'];
const KINDS = ['Organization', 'Person', 'GovernmentBody', 'Country'];
export const ENTITY_POOL = 12;

export const entityId = (k: number) => `syn8-entity-${k}`;
export const articleId = (i: number) => `syn8-article-${i}`;
export const factId = (i: number, j: number) => `syn8-a${i}-fact-${j}`;

/** Article `i` with `facts` facts between entities of the shared pool. */
export function syntheticFactFile(i: number, facts = 5): SyntheticFactFile {
  const rows = Array.from({ length: facts }, (_, j) => {
    const s = (i * 7 + j) % ENTITY_POOL;
    const o = (s + 1 + ((i + j) % (ENTITY_POOL - 1))) % ENTITY_POOL;
    const type = TYPES[(i + j) % TYPES.length]!;
    const quote = `Satz ${j} von Artikel ${i}: Einheit ${s} und Einheit ${o} (${type}).`;
    return { j, s, o, type, quote };
  });
  const used = [...new Set(rows.flatMap((r) => [r.s, r.o]))].sort((a, b) => a - b);
  return {
    format: 'newsgraph/facts@1',
    article: {
      id: articleId(i),
      title: `SYNTHETIC article ${i}`,
      language: 'de',
      text: rows.map((r) => r.quote).join(' ') || 'Ein leerer Artikel.',
    },
    entities: used.map((k) => ({
      id: entityId(k),
      name: `Synthetic Entity ${k}`,
      kind: KINDS[k % KINDS.length]!,
      aliases: [`Einheit ${k}`],
    })),
    facts: rows.map((r) => ({
      id: factId(i, r.j),
      subject: entityId(r.s),
      type: r.type,
      object: entityId(r.o),
      summary: `Synthetic entity ${r.s} ${r.type.toLowerCase()} synthetic entity ${r.o}.`,
      quote: r.quote,
      modality: 'reported',
      confidence: 0.5,
    })),
  };
}
