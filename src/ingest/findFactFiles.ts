/**
 * The fact files named by the command line: files as given, folders searched (recursively) for
 * `*.facts.json`, `*.facts.yaml` and `*.facts.yml`, in name order so loads are reproducible.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from './Problem.js';

export const FACT_FILE_PATTERN = /\.facts\.(?:json|ya?ml)$/i;

export interface FactFileRef {
  /** How problems and progress name the file: relative to the working directory when inside it. */
  file: string;
  absPath: string;
}

export interface FoundFactFiles {
  files: FactFileRef[];
  /** Paths that name nothing, or a folder without fact files. */
  problems: Problem[];
}

export async function findFactFiles(paths: readonly string[]): Promise<FoundFactFiles> {
  const files: FactFileRef[] = [];
  const problems: Problem[] = [];
  for (const p of paths) {
    const abs = path.resolve(p);
    const info = await stat(abs).catch(() => null);
    if (!info) problems.push({ file: p, path: '', reason: 'no such file or folder' });
    else if (info.isFile()) files.push(ref(abs));
    else {
      const found = (await readdir(abs, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile() && FACT_FILE_PATTERN.test(e.name))
        .map((e) => path.join(e.parentPath, e.name))
        .sort();
      if (found.length === 0)
        problems.push({
          file: p,
          path: '',
          reason: 'no fact files (*.facts.json, *.facts.yaml) in this folder',
        });
      files.push(...found.map(ref));
    }
  }
  const unique = [...new Map(files.map((f) => [f.absPath, f])).values()];
  return { files: unique, problems };
}

function ref(absPath: string): FactFileRef {
  const rel = path.relative(process.cwd(), absPath);
  return { file: rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : absPath, absPath };
}
