// The Node server's entry (dist/server.js): starts the analysis worker, then loads the server
// (dist/serverMain.js, from node.ts). Each has a bundle of about 2 MB to compile and run, and the
// worker starting first loads its own while this thread loads the server's.
import { join } from 'node:path';
import { startEarlyWorker } from './analysis/nodeWorker';

startEarlyWorker();
require(join(__dirname, 'serverMain.js'));
