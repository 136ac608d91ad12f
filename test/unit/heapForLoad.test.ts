/**
 * A load too large for the Node heap is refused before any file is read, with what it needs and
 * how to give it that — instead of V8's crash report minutes into the load.
 */
import { describe, expect, it } from 'vitest';
import { HEAP_PER_FILE_BYTE, heapNeeded, heapProblem } from '../../src/ingest/heapForLoad.js';

const GB = 2 ** 30;
const MB = 2 ** 20;

describe('heapProblem', () => {
  it('passes a load whose estimate fits the heap', () => {
    const bytes = 100 * MB;
    expect(heapNeeded(bytes, 'load')).toBe(128 * MB + bytes * HEAP_PER_FILE_BYTE.load);
    expect(heapProblem({ bytes, mode: 'load', heapLimit: 4 * GB, machineMemory: 24 * GB })).toBeNull();
    expect(heapProblem({ bytes, mode: 'initial', heapLimit: 4 * GB, machineMemory: 24 * GB })).toBeNull();
  });

  it('refuses the million-fact bench corpus for --initial in a default 4 GB heap, naming the flag', () => {
    // 1.06 GB of fact files: --initial ran out of a 4,144 MB heap on it (V8's report, after 4 minutes).
    const bytes = 1_062_051_535;
    expect(heapProblem({ bytes, mode: 'initial', heapLimit: 4144 * MB, machineMemory: 24 * GB })).toBe(
      'These fact files hold 1013 MB. `newsgraph load --initial` keeps the whole corpus in memory while ' +
        'it checks it, which needs at least 4.1 GB of Node heap, and this process may use 4.0 GB. ' +
        'Nothing was read or loaded. Give Node more heap (NODE_OPTIONS=--max-old-space-size=7168 npx ' +
        'newsgraph load --initial …; this machine has 24.0 GB), or load the corpus in parts (the first with ' +
        '--initial, the others with `newsgraph load`).',
    );
  });

  it('says when the machine cannot spare that much: parts only', () => {
    expect(heapProblem({ bytes: 3 * GB, mode: 'load', heapLimit: 4 * GB, machineMemory: 8 * GB })).toBe(
      'These fact files hold 3.0 GB. `newsgraph load` keeps the whole corpus in memory while it checks ' +
        'it, which needs at least 5.5 GB of Node heap, and this process may use 4.0 GB. Nothing was read ' +
        'or loaded. That is more than this machine can spare (8.0 GB): load the corpus in parts (one ' +
        '`newsgraph load` per folder).',
    );
  });
});
