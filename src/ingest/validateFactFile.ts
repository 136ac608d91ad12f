/**
 * One fact file, checked on its own: read, parse (JSON or YAML), schema, article text (inline or
 * `textFile` beside it), then the cross-checks of checkFactFile.ts. Every problem is collected;
 * nothing stops at the first. Checks across files and against the graph: checkFileSet.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { checkFactFile, SUGGESTED_KEY } from './checkFactFile.js';
import { factFileSchema, type Fact, type FactFile } from './factFile.js';
import { parseFactFileText } from './parseFactFileText.js';
import { placeProblems } from './placeProblems.js';
import { formatPath, type Problem } from './Problem.js';

/** A fact file that parsed and fits the schema: what the loader writes once nothing is wrong. */
export interface ValidArticle {
  file: string;
  article: FactFile['article'];
  /** The article text (from `text` or `textFile`). */
  text: string;
  entities: FactFile['entities'];
  facts: Array<Fact & { quoteStart: number }>;
  /** Denied fact ids this file does not define (must be in another file or the graph). */
  externalDenies: Array<{ path: string; id: string }>;
}

export interface Validation {
  file: string;
  /** Set once the file parses and fits the schema, even with problems left (so checks across
   * files can still report theirs); loaded only when there are no problems at all. */
  article?: ValidArticle;
  problems: Problem[];
}

/** Reads the text of an article's `textFile`, named as the fact file names it. */
export type ReadTextFile = (textFile: string) => Promise<string>;

/** `file` is how problems name it; `absPath` where to read it (default: `file`). */
export async function validateFactFile(file: string, absPath = file): Promise<Validation> {
  let raw: string;
  try {
    raw = await readFile(absPath, 'utf8');
  } catch (err) {
    return {
      file,
      problems: [{ file, path: '', reason: `cannot read the file: ${(err as Error).message}` }],
    };
  }
  return validateFactFileText(file, raw, (textFile) =>
    readFile(path.resolve(path.dirname(absPath), textFile), 'utf8'),
  );
}

/**
 * A fact file's text, from wherever it came (a file, the API's `ingestArticle`). Without
 * `readTextFile` the article text must be inline: a `textFile` is refused, so a client that sends
 * a fact file can never make the server read a path of its choosing.
 */
export async function validateFactFileText(
  file: string,
  raw: string,
  readTextFile?: ReadTextFile,
): Promise<Validation> {
  const parsed = parseFactFileText(file, raw);
  if (!parsed.ok) return { file, problems: parsed.problems };

  const result = factFileSchema.safeParse(parsed.data, { error: missingIsRequired });
  const problems: Problem[] = result.success
    ? []
    : result.error.issues
        .map(withoutSuggestedKey)
        .filter((i) => i !== undefined)
        .map((i) => ({ file, path: formatPath(i.path), reason: reasonOf(i) }));
  const text = await articleText(parsed.data, readTextFile);
  if (text.problem) problems.push({ file, ...text.problem });
  // The cross-checks run even after schema problems, so one report lists everything.
  const check = checkFactFile(file, parsed.data, text.text);
  problems.push(...check.problems);
  problems.sort(byPosition);
  placeProblems(problems, parsed.data, parsed.locate);
  if (!result.success || text.text === undefined) return { file, problems };
  const data = result.data;
  return {
    file,
    problems,
    article: {
      file,
      article: data.article,
      text: text.text,
      entities: data.entities,
      facts: data.facts.map((f, i) => ({ ...f, quoteStart: check.quoteStarts[i]! })),
      externalDenies: check.externalDenies.map(([i, j, id]) => ({ path: `facts[${i}].denies[${j}]`, id })),
    },
  };
}

/** The article text: inline `text`, or `textFile` read relative to the fact file. */
async function articleText(
  data: unknown,
  readTextFile: ReadTextFile | undefined,
): Promise<{ text?: string; problem?: Omit<Problem, 'file'> }> {
  const article = (data as { article?: { text?: unknown; textFile?: unknown } } | null)?.article;
  if (!readTextFile && article?.textFile !== undefined)
    return {
      problem: {
        path: 'article.textFile',
        reason: 'the API takes the article text inline only: put it in article.text',
      },
    };
  if (typeof article?.text === 'string') return { text: article.text };
  if (typeof article?.textFile !== 'string' || !readTextFile) return {}; // the schema reports it
  try {
    return { text: await readTextFile(article.textFile) };
  } catch (err) {
    return {
      problem: {
        path: 'article.textFile',
        reason: `cannot read the article text: ${(err as Error).message}`,
      },
    };
  }
}

/** In file order: article, entities[0], entities[1], …, facts[0], … (numbers compared as numbers). */
const byPosition = (a: Problem, b: Problem) => a.path.localeCompare(b.path, 'en', { numeric: true });

/** On a fact, the suggestion marker is checkFactFile's to explain, not an unknown key. */
function withoutSuggestedKey(issue: z.core.$ZodIssue): z.core.$ZodIssue | undefined {
  const onFact = issue.path.length === 2 && issue.path[0] === 'facts';
  if (issue.code !== 'unrecognized_keys' || !onFact || !issue.keys.includes(SUGGESTED_KEY)) return issue;
  const keys = issue.keys.filter((k) => k !== SUGGESTED_KEY);
  return keys.length === 0 ? undefined : { ...issue, keys };
}

/** zod's "expected string, received undefined" says less than "missing". */
function missingIsRequired(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'missing (required)' : undefined;
}

function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  return issue.message;
}
