/**
 * Fact file text → plain data. JSON for `.json`, YAML for `.yaml`/`.yml`; a syntax error becomes
 * a Problem with the line and column where the parser stopped. A file that parses also gets a
 * `locate` that turns a problem's path (`facts[3].quote`) into a line and column of the file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { parsePath, type Problem } from './Problem.js';

interface Position {
  line: number;
  column: number;
}
/** The line and column of the key (or list item) `path` names, or of its nearest ancestor there. */
export type Locate = (path: string) => Position | undefined;

export type Parsed = { ok: true; data: unknown; locate: Locate } | { ok: false; problems: Problem[] };

export const isYamlFile = (file: string) => /\.ya?ml$/i.test(file);

export function parseFactFileText(file: string, text: string): Parsed {
  return isYamlFile(file) ? parseYaml(file, text) : parseJson(file, text);
}

function parseJson(file: string, text: string): Parsed {
  try {
    // JSON.parse keeps no positions; YAML 1.2 reads JSON and does, but is slower, so the
    // document is built only when a problem needs placing.
    const data: unknown = JSON.parse(text);
    let located: Locate | undefined;
    return { ok: true, data, locate: (path) => (located ??= locator(text))(path) };
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
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter: lines });
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
  return { ok: true, data: doc.toJS(), locate: nodeLocator(doc, lines) };
}

function locator(text: string): Locate {
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, lineCounter: lines });
  return doc.errors.length > 0 ? () => undefined : nodeLocator(doc, lines);
}

/** Walks the document along the path: a map entry is placed at its key, a list item at its start. */
function nodeLocator(doc: Document, lines: LineCounter): Locate {
  return (path) => {
    let node: unknown = doc.contents;
    let offset: number | undefined = isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
    for (const key of parsePath(path)) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item: unknown = node.items[key];
        if (!item) break;
        node = item;
        offset = (item as { range?: [number] }).range?.[0] ?? offset;
      } else break;
    }
    if (offset === undefined) return undefined;
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
}
