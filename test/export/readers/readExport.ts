/**
 * Runs read_export.py: an export read by readers nobody on this project wrote (networkx, igraph,
 * pydot, Graphviz). Python 3 and its modules are part of the test set-up (.ci/run installs them):
 * when they are missing the test fails with a message naming what to install — it never skips.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./read_export.py', import.meta.url));
/** The interpreter .ci/run installs the readers into. */
const PYTHON = 'python3';

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type Attrs = Record<string, Value>;

export interface ReaderGraph {
  graphClass: string;
  nodes: Array<{ id: string; attrs: Attrs }>;
  edges: Array<{ source: string; target: string; key: string | number | null; attrs: Attrs }>;
  parallelEdges: number;
  /** The graph's own attributes (networkx's `G.graph`; empty for igraph). */
  graph: Attrs;
  printed: string;
  warnings: string[];
}

export interface ReaderCrash {
  error: string;
  traceback: string;
  printed: string;
  warnings: string[];
}

export interface GraphvizRun {
  exitCode?: number;
  stderr?: string;
  svgBytes?: number;
  error?: string;
}

export interface ReaderAnswers {
  graphml: { networkx: ReaderGraph | ReaderCrash; igraph: ReaderGraph | ReaderCrash };
  gexf: { networkx: ReaderGraph | ReaderCrash };
  dot: { pydot: ReaderGraph | ReaderCrash; graphviz: GraphvizRun };
}

export function readExport<F extends keyof ReaderAnswers>(format: F, text: string): ReaderAnswers[F] {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-readers-'));
  try {
    const file = path.join(dir, `export.${format}`);
    writeFileSync(file, text);
    const run = spawnSync(PYTHON, [SCRIPT, format, file], { encoding: 'utf8', timeout: 120_000 });
    if (run.error)
      throw new Error(
        `Cannot run ${PYTHON} (${run.error.message}): the export reader tests need Python 3 with ` +
          'networkx, pydot and python-igraph on PATH as python3 (.ci/run installs them).',
      );
    if (run.status !== 0)
      throw new Error(`read_export.py ${format} exited with ${run.status}:\n${run.stderr}`);
    return JSON.parse(run.stdout) as ReaderAnswers[F];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The reader's graph, or a failed assertion that says how the reader crashed. */
export function answered(name: string, answer: ReaderGraph | ReaderCrash): ReaderGraph {
  if ('error' in answer)
    throw new Error(
      `${name} could not read the export: ${answer.error}\n${answer.printed}\n${answer.traceback}`,
    );
  return answer;
}
