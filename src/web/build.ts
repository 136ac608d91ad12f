/** `npm run build:web` (run by `prepare` on npm install): bundles the explorer page into src/web/dist/. */
import { buildExplorer, DIST_DIR } from './buildExplorer.js';

await buildExplorer();
process.stdout.write(`Explorer bundled into ${DIST_DIR}\n`);
