/**
 * Reads a GraSS file the way Neo4j Browser does: `selector { prop: value; … }`; quotes delimit
 * strings (braces inside them, as in `"{name}"`, are kept); there is no comment syntax, so
 * anything outside a rule becomes part of the next selector.
 */
export function parseGrass(text: string): Record<string, Record<string, string>> {
  const raw: Record<string, string> = {};
  let selector = '';
  let body = '';
  let inString = false;
  let inBody = false;
  for (const c of text) {
    if (c === '"' || c === "'") {
      inString = !inString;
      continue;
    }
    if (!inString && c === '{' && !inBody) {
      inBody = true;
      continue;
    }
    if (!inString && c === '}' && inBody) {
      raw[selector] = body;
      selector = '';
      body = '';
      inBody = false;
      continue;
    }
    if (inBody) body += c;
    else if (!/\s/.test(c)) selector += c;
  }
  const rules: Record<string, Record<string, string>> = {};
  for (const [sel, props] of Object.entries(raw)) {
    rules[sel] = {};
    for (const prop of props.split(';')) {
      const parts = prop.split(':');
      if (parts.length === 2) rules[sel][parts[0]!.trim()] = parts[1]!.trim();
    }
  }
  return rules;
}
