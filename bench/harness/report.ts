/** Writes the results as JSON (everything) and as a markdown summary (the tables). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoaderResult } from './loaderBench.js';
import { QUESTION_KEYS, QUESTIONS } from './questions.js';
import type { Ratios, SizeResult } from './ratios.js';

export interface BenchResults extends Ratios {
  mode: 'quick' | 'full';
  startedAt: string;
  durationSeconds: number;
  machine: Record<string, unknown>;
  settings: Record<string, unknown>;
  notes: string[];
  raw: { sizes: SizeResult[]; naive: LoaderResult };
}

const f = (x: number | null | undefined, digits = 2) =>
  x === null || x === undefined ? '–' : x.toFixed(digits);
const n = (x: number) => Math.round(x).toLocaleString('en-US');

export function markdown(b: BenchResults): string {
  const lines: string[] = [];
  const m = b.machine;
  lines.push(`# newsgraph benchmark (${b.mode})`, '');
  lines.push(
    `${b.startedAt} · ${String(m.cpus)} × ${String(m.cpuModel)} · ${String(m.memoryGb)} GB · Node ${String(m.node)} · Neo4j ${String(m.neo4j)} (heap ${String(m.neo4jHeap)}, page cache ${String(m.neo4jPageCache)}) · @neo4j/graphql ${String(m.neo4jGraphql)} · autocannon ${String(m.autocannon)} · load average at start ${String(m.loadAverageStart)}, end ${String(m.loadAverageEnd)} · ${f(b.durationSeconds, 0)} s`,
    '',
  );
  lines.push(`Settings: ${JSON.stringify(b.settings)}`, '');
  lines.push(
    '## Ratios against targets',
    '',
    '| ratio | measured | target | better | met |',
    '|---|---:|---:|---|---|',
  );
  for (const key of Object.keys(b.ratios)) {
    const met = b.met[key];
    lines.push(
      `| ${key} | ${f(b.ratios[key], 3)} | ${b.targets[key] ?? '–'} | ${b.better[key]} | ${met === null ? '–' : met ? 'yes' : '**no**'} |`,
    );
  }
  for (const s of b.raw.sizes) {
    lines.push('', `## ${s.label} facts: API latency (ms) and throughput`, '');
    lines.push(
      `${b.settings.connections} connections, same rotating probes for every system. ours = as shipped, response cache on (2 s; the 50 probes repeat, so most answers are hits); ours, cache off = every request runs its Cypher; driver = the same Cypher our API ran, replayed with neo4j-driver behind a bare HTTP endpoint; direct = the same without HTTP (in-process closed loop). CPU ms per answered request (from /proc, the median round's run; the two systems of the overhead ratio only): of the HTTP server that answered, and of Neo4j — the same Cypher should cost Neo4j the same for both.`,
      '',
    );
    lines.push(
      '| question | system | p50 | p99 | req/s | requests | bad | empty | server CPU ms/req | Neo4j CPU ms/req |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const q of QUESTION_KEYS) {
      const x = s.api.questions[q];
      for (const [name, r] of [
        ['ours', x.ours],
        ['ours, cache off', x.oursNoCache],
        ['driver', x.driver],
        ['peer', x.peer],
      ] as const)
        if (r)
          lines.push(
            `| ${q} ${QUESTIONS[q].title} | ${name} | ${f(r.p50)} | ${f(r.p99)} | ${f(r.rps, 1)} | ${r.requests} | ${r.non200 + r.invalid + r.transportErrors} | ${r.empty} | ${f(r.cpuMsPerRequest?.server, 2)} | ${f(r.cpuMsPerRequest?.neo4j, 2)} |`,
          );
      if (x.variants)
        for (const [name, r] of [
          ['ours on bare yoga', x.variants.bare],
          ['ours bare + graphql-jit', x.variants.jit],
        ] as const)
          lines.push(
            `| | ${name} | ${f(r.p50)} | ${f(r.p99)} | ${f(r.rps, 1)} | ${r.requests} | ${r.non200 + r.invalid + r.transportErrors} | ${r.empty} | | |`,
          );
      const d = x.driverDirect;
      if (d)
        lines.push(
          `| | direct | ${f(d.p50)} | ${f(d.p99)} | ${f(d.rps, 1)} | ${d.requests} | ${d.errors} | | | |`,
        );
      lines.push(
        `| | (ours ran ${f(x.oursQueriesPerRequest, 1)} Cypher queries per request) | | | | | | | | |`,
      );
    }
    lines.push(
      '',
      `Peak RSS under this load: ours ${f(s.api.oursPeakRssMb, 0)} MiB (cache off: ${f(s.api.oursNoCachePeakRssMb, 0)} MiB), peer ${f(s.api.peerPeakRssMb, 0)} MiB.`,
    );
  }
  lines.push(
    '',
    '## Loading (facts/s, from an empty graph)',
    '',
    '| size | ours | ours: validate / write (s) | ours: reload a tenth | ours --initial | --initial: validate / check / CSV / import / restart / schema (s) | LOAD CSV | naive (sample) | graph (entities / articles / facts / mentions) |',
    '|---|---:|---|---:|---:|---|---:|---:|---|',
  );
  for (const s of b.raw.sizes) {
    const o = s.loaders.ours;
    const shape = (l: LoaderResult) =>
      `${n(l.shape.entities)} / ${n(l.shape.articles)} / ${n(l.shape.facts)} / ${n(l.shape.mentions)}`;
    const i = s.loaders.initial;
    const st = i?.steps ?? {};
    const steps = i
      ? [i.phases?.validateSeconds, st.check, st.files, st.import, st.restart, st.schema]
          .map((x) => f(x, 1))
          .join(' / ')
      : '–';
    lines.push(
      `| ${s.label} | ${n(o.factsPerSec)} | ${f(o.phases?.validateSeconds, 1)} / ${f(o.phases?.writeSeconds, 1)} | ${o.reload ? n(o.reload.factsPerSec) : '–'} | ${i ? n(i.factsPerSec) : '–'} | ${steps} | ${s.loaders.loadCsv ? n(s.loaders.loadCsv.factsPerSec) : '–'} | ${n(b.raw.naive.factsPerSec)} | ours ${shape(o)}${i ? `; --initial ${shape(i)}` : ''}${s.loaders.loadCsv ? `; CSV ${shape(s.loaders.loadCsv)}` : ''} |`,
    );
  }
  lines.push(
    '',
    'Reload a tenth: the first tenth of the articles loaded again onto the loaded graph (validated files, writes only), as a re-run of `newsgraph load` after a tenth of the files changed; the graph stays the same.',
    '',
    `Naive loader: ${n(b.raw.naive.facts)} facts (the corpus's first), one transaction each, in ${f(b.raw.naive.seconds, 1)} s; its rate is taken as constant for the larger sizes, which flatters it (per-fact cost grows with the graph).`,
  );
  if (b.notes.length) lines.push('', '## Notes', '', ...b.notes.map((x) => `- ${x}`));
  return lines.join('\n') + '\n';
}

export async function writeResults(dir: string, name: string, b: BenchResults): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const json = path.join(dir, `${name}.json`);
  const md = path.join(dir, `${name}.md`);
  await writeFile(json, JSON.stringify(b, null, 2) + '\n');
  await writeFile(md, markdown(b));
  return [md, json];
}
