/**
 * CSRF prevention (yoga's useCSRFPrevention): a request a browser would send cross-site without a
 * CORS preflight — a GET, or a POST with a form or text/plain body — must carry one of these
 * headers. Setting a custom header forces the preflight, which a foreign site fails.
 * `Content-Type: application/json` POSTs (GraphiQL, the explorer, every GraphQL client) are
 * preflighted anyway and need nothing extra.
 */
export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'graphql-require-preflight'];
