import { startServer } from './server.ts';

/**
 * Loads the demo hub once into the folder named on the command line, as `npm start` does on an empty
 * database, and stops the server cleanly (its database closed) so the folder can be copied: the e2e
 * runner (scripts/run-tests.mjs e2e) passes it to every spec's server as E2E_DEMO_DATA.
 */
const folder = process.argv[2];
if (!folder) throw new Error('usage: demo-data.ts FOLDER');
const server = await startServer({ dataDir: folder, env: { DEMO: 'on' } });
await server.stop();
