/**
 * The hostile analysts of analystIsolation.test.ts, in a process of their own (so their own
 * work does not slow the service being measured): `node analystFlood.mjs <graphql url>
 * <milliseconds> <loops> <statements as JSON>` sends the statements round-robin from `loops`
 * concurrent loops, each as one of eight X-Forwarded-For clients, on a fresh connection each
 * time, and prints the count of each HTTP status (and of 429s with Retry-After) as JSON.
 */
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const [url, ms, loops, statementsJson] = process.argv.slice(2);
const statements = JSON.parse(statementsJson);
const ends = Date.now() + Number(ms);
const counts = {};
let retryAfter = 0;

function post(statement, client) {
  const body = JSON.stringify({
    query: 'query ($q: String!) { cypher(query: $q) { truncated } }',
    variables: { q: statement },
  });
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.250, ${client}` },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, retryAfter: res.headers['retry-after'] }));
        res.on('error', () => resolve({ status: 0 }));
      },
    );
    req.on('error', () => resolve({ status: 0 }));
    req.end(body);
  });
}

async function loop(n) {
  for (let i = 0; Date.now() < ends; i++) {
    const r = await post(statements[(n + i) % statements.length], `198.51.100.${100 + (n % 8)}`);
    counts[r.status] = (counts[r.status] ?? 0) + 1;
    if (r.status === 429 && r.retryAfter) retryAfter++;
    // Hostile: Retry-After is ignored, but the loops are bounded (about 10 tries a second each).
    await sleep(100);
  }
}

await Promise.all(Array.from({ length: Number(loops) }, (_, n) => loop(n)));
process.stdout.write(JSON.stringify({ counts, retryAfter }) + '\n');
