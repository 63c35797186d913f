// A worker thread of the bulk import (practice-file-import.ts, ADR 0104, 0106): checks a batch of lines and,
// when asked, prepares each good one's index entry, with the same functions the writer would use. It loads
// no database and not the search domain: its analyser is the taxonomy's with the hub's place names, given
// as data by the writer's process (the gazetteer it read from the database included).
import { parentPort, workerData } from 'node:worker_threads';
import { PlaceNames, type TPlaceNameSource } from '../../platform/search/place-names.ts';
import { createTaxonomyAnalyser } from '../../taxonomy/taxonomy-analyser.ts';
import { runLineBatch, type TLineBatchTask } from './practice-import-lines.ts';

const given = (workerData as { data?: { placeNames?: TPlaceNameSource[] } } | undefined)?.data;
const analyser = createTaxonomyAnalyser(PlaceNames.of(given?.placeNames ?? []));

parentPort?.on('message', ({ id, task }: { id: number; task: TLineBatchTask }) => {
  try {
    parentPort?.postMessage({ id, result: runLineBatch(task, analyser) });
  } catch (error) {
    parentPort?.postMessage({ id, error: (error as Error).stack ?? String(error) });
  }
});
