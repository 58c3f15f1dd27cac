// Entry of a parse worker thread: the parser is TypeScript, so the worker registers tsx's loader
// (as `tsx` does for the main thread) before loading it.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
