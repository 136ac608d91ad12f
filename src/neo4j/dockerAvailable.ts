/**
 * Is a Docker engine reachable? A cheap look for a socket first (so machines without Docker do
 * not pay for loading Testcontainers), then Testcontainers' own runtime detection, which also
 * knows Podman, Colima, Rancher Desktop and remote engines configured in ~/.testcontainers.properties.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function socketCandidates(): string[] {
  const home = os.homedir();
  return [
    '/var/run/docker.sock',
    path.join(home, '.docker', 'run', 'docker.sock'),
    path.join(home, '.docker', 'desktop', 'docker.sock'),
    path.join(home, '.colima', 'default', 'docker.sock'),
    path.join(home, '.rd', 'docker.sock'),
    process.env.XDG_RUNTIME_DIR ? path.join(process.env.XDG_RUNTIME_DIR, 'docker.sock') : '',
    process.env.XDG_RUNTIME_DIR ? path.join(process.env.XDG_RUNTIME_DIR, 'podman', 'podman.sock') : '',
  ].filter(Boolean);
}

export async function dockerAvailable(): Promise<boolean> {
  const hinted =
    Boolean(process.env.DOCKER_HOST) ||
    existsSync(path.join(os.homedir(), '.testcontainers.properties')) ||
    socketCandidates().some((p) => existsSync(p));
  if (!hinted) return false;
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
