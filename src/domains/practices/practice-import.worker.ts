// A worker thread of the bulk import (practice-file-import.ts, ADR 0104): checks a batch of lines and,
// when asked, prepares each good one's index entry, with the same functions the writer would use.
import { parentPort, workerData } from 'node:worker_threads';
import { useGazetteer } from '../search/index.ts';
import { runLineBatch, type TLineBatchTask } from './practice-import-lines.ts';

const given = (workerData as { data?: { gazetteer?: Parameters<typeof useGazetteer>[0] } } | undefined)?.data;
// The analyser reads the gazetteer the writer's process read from the database.
if (given?.gazetteer) useGazetteer(given.gazetteer);

parentPort?.on('message', ({ id, task }: { id: number; task: TLineBatchTask }) => {
  try {
    parentPort?.postMessage({ id, result: runLineBatch(task) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
