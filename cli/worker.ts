// Worker thread of `cited --workers N`: receives Jobs from the main thread,
// answers each with its JobResult. Built to dist/worker.mjs; the main thread
// finds it next to its own file (see pool.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobSettings } from './job';

if (!parentPort) throw new Error('cli/worker.ts runs as a worker thread of the cited command');
const port = parentPort;
const settings = workerData as JobSettings;

port.on('message', (job: Job) => {
  port.postMessage(runJob(job, settings));
});
port.postMessage({ ready: true });
