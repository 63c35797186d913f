// The first module of a worker thread (worker-pool.ts): TypeScript modules load through tsx in a worker
// as they do in the main thread (tsx's loader, registered by the command line, does not reach workers).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
