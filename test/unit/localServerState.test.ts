/** The local server's state file: a stale one (its process is gone) never blocks the next start. */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { liveState, writeState } from '../../src/neo4j/local/serverState.js';

describe('local server state file', () => {
  it('treats a file naming a dead process as stale and removes it', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'ng-state-'));
    await writeState(home, {
      pid: 2 ** 22 + 12345,
      boltPort: 1,
      httpPort: 2,
      version: '5.26.31',
      auth: true,
      startedAt: '',
    });
    expect(await liveState(home)).toBeNull();
    expect(await liveState(home)).toBeNull();
  });

  it('treats a live process that is not this home’s Neo4j as stale (pid reuse)', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'ng-state-'));
    await writeState(home, {
      pid: process.pid,
      boltPort: 1,
      httpPort: 2,
      version: '5.26.31',
      auth: true,
      startedAt: '',
    });
    expect(await liveState(home)).toBeNull();
  });
});
