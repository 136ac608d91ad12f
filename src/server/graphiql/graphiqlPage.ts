/**
 * GraphiQL's page, with its script, styles and editor workers served by newsgraph itself
 * (graphiqlRoutes.ts, from the @graphql-yoga/render-graphiql package) instead of yoga's default
 * page, which loads them from a public CDN: so GraphiQL works offline, and no third-party host
 * can change the code that runs next to the API.
 */
import type { GraphiQLOptions } from 'graphql-yoga';

export const GRAPHIQL_ASSETS = '/graphiql';

/** JSON that is safe inside a <script> element (no `</script>`, no `<!--`). */
const scriptJson = (value: unknown) => JSON.stringify(value ?? {}).replace(/</g, '\\u003c');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderGraphiQL(options: GraphiQLOptions): string {
  const title = escapeHtml(typeof options.title === 'string' ? options.title : 'GraphiQL');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="icon" href="${GRAPHIQL_ASSETS}/favicon.ico" />
    <link rel="stylesheet" href="${GRAPHIQL_ASSETS}/graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script>
      const workers = {
        editorWorkerService: '${GRAPHIQL_ASSETS}/editor.worker.js',
        json: '${GRAPHIQL_ASSETS}/json.worker.js',
        graphql: '${GRAPHIQL_ASSETS}/graphql.worker.js',
      };
      self.MonacoEnvironment = {
        globalAPI: false,
        getWorkerUrl: (_moduleId, label) => workers[label] ?? workers.editorWorkerService,
      };
    </script>
    <script src="${GRAPHIQL_ASSETS}/graphiql.js"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${scriptJson(options)});
    </script>
  </body>
</html>
`;
}
