/**
 * Does a load fit in this process's Node heap? Asked before any fact file is read. A load checks
 * every file before it writes anything (so a bad corpus is refused whole), which holds the whole
 * corpus in memory; a heap that runs out ends the process with V8's crash report minutes later,
 * not with a message. So the command estimates the heap the load needs from the files' size and
 * refuses at once, saying how to give Node more or to load in parts.
 *
 * The estimate: heap per byte of fact files at the load's peak, from the bench corpus (generated
 * JSON, indented; minified it would be a sixth smaller). `--initial` ran out of a 4,144 MB heap on
 * its million facts (1.06 GB of files), so it needs more than 3.96 bytes a byte: 4.0 here; `load`
 * used about 2 GB per million facts: 1.8 here, a little under. Both err low, to refuse only loads
 * that cannot fit (src/ingest/README.md, "Memory"); the heap asked for in the message is half as
 * much again. Denser files (minified JSON) need more heap per byte, so for them the estimate errs
 * low too.
 */
import { stat } from 'node:fs/promises';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import type { FactFileRef } from './findFactFiles.js';

export type LoadMode = 'load' | 'initial';

/** Node heap a load needs per byte of fact files, at its peak (erring low; see above). */
export const HEAP_PER_FILE_BYTE: Record<LoadMode, number> = { load: 1.8, initial: 4.0 };

/** Heap the process needs whatever it loads: the CLI, the driver, the validators. */
const BASE_HEAP_BYTES = 128 * 2 ** 20;

export async function factFileBytes(files: readonly FactFileRef[]): Promise<number> {
  let total = 0;
  for (const f of files) total += (await stat(f.absPath).catch(() => null))?.size ?? 0;
  return total;
}

export interface HeapFit {
  /** Bytes of fact files. */
  bytes: number;
  mode: LoadMode;
  /** The process's heap limit (default: V8's, which --max-old-space-size sets). */
  heapLimit?: number;
  /** The machine's memory (default: os.totalmem()). */
  machineMemory?: number;
}

/** The heap a load of `bytes` of fact files needs, in bytes. */
export const heapNeeded = (bytes: number, mode: LoadMode) =>
  BASE_HEAP_BYTES + bytes * HEAP_PER_FILE_BYTE[mode];

/** Why the load cannot fit, with what to do instead; null when it fits. */
export function heapProblem({
  bytes,
  mode,
  heapLimit = getHeapStatistics().heap_size_limit,
  machineMemory = totalmem(),
}: HeapFit): string | null {
  const needed = heapNeeded(bytes, mode);
  if (needed <= heapLimit) return null;
  const command = mode === 'initial' ? 'newsgraph load --initial' : 'newsgraph load';
  // The estimate is a lower bound: ask for half as much again, in whole GiB.
  const ask = Math.ceil((needed * 1.5) / 2 ** 30) * 1024;
  const parts =
    mode === 'initial'
      ? 'load the corpus in parts (the first with --initial, the others with `newsgraph load`)'
      : 'load the corpus in parts (one `newsgraph load` per folder)';
  const more =
    ask * 2 ** 20 < machineMemory * 0.75
      ? `Give Node more heap (NODE_OPTIONS=--max-old-space-size=${ask} npx ${command} …; ` +
        `this machine has ${gib(machineMemory)}), or ${parts}.`
      : `That is more than this machine can spare (${gib(machineMemory)}): ${parts}.`;
  return (
    `These fact files hold ${gib(bytes)}. \`${command}\` keeps the whole corpus in memory while it checks ` +
    `it, which needs at least ${gib(needed)} of Node heap, and this process may use ${gib(heapLimit)}. ` +
    `Nothing was read or loaded. ${more}`
  );
}

const gib = (bytes: number) =>
  bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GB` : `${Math.ceil(bytes / 2 ** 20)} MB`;
