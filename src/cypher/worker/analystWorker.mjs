// The analysts' worker thread starts here: plain JavaScript that registers tsx's loader (as
// src/bin.mjs does) and then runs the TypeScript body — whether the service runs under tsx,
// `node --import tsx` or vitest, the thread starts with no loader of its own.
import { register } from 'tsx/esm/api';

register();
await import('./analystWorkerMain.ts');
