/**
 * Fact file text → plain data. JSON for `.json`, YAML for `.yaml`/`.yml`; a syntax error becomes
 * a Problem with the line and column where the parser stopped.
 */
import { parseDocument } from 'yaml';
import type { Problem } from './Problem.js';

export type Parsed = { ok: true; data: unknown } | { ok: false; problems: Problem[] };

export const isYamlFile = (file: string) => /\.ya?ml$/i.test(file);

export function parseFactFileText(file: string, text: string): Parsed {
  return isYamlFile(file) ? parseYaml(file, text) : parseJson(file, text);
}

function parseJson(file: string, text: string): Parsed {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (err) {
    const message = (err as Error).message;
    return {
      ok: false,
      problems: [{ file, path: '', reason: `malformed JSON: ${withLine(message, text)}` }],
    };
  }
}

/** Node 20's JSON errors name a character position only; add line and column. */
function withLine(message: string, text: string): string {
  if (/line \d+/.test(message)) return message;
  const at = /position (\d+)/.exec(message);
  if (!at) return message;
  const before = text.slice(0, Number(at[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message} (line ${line} column ${column})`;
}

function parseYaml(file: string, text: string): Parsed {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0)
    return {
      ok: false,
      // The first line names the error and its line and column; the rest is a code excerpt.
      problems: doc.errors.map((e) => ({
        file,
        path: '',
        reason: `malformed YAML: ${e.message.split('\n')[0]!.replace(/:$/, '')}`,
      })),
    };
  return { ok: true, data: doc.toJS() };
}
