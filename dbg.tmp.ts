import { readFileSync } from 'node:fs';
import { extractDocument } from './src/domains/imports/extract/extract-document.ts';
import { scoreKinds } from './src/domains/imports/extract/extract-kind.ts';
import { placeMentionsIn } from './src/domains/search/place-mentions.ts';
const dir = 'test/fixtures/import-documents/';
for (const f of process.argv.slice(2)) {
  const text = readFileSync(dir + f, 'utf8');
  console.log(f, JSON.stringify([...scoreKinds(text, { title: text.split('\n')[0] ?? '', hasDateAtTop: true, hasEventTime: false }).entries()].filter(e => e[1] > 0)));
  console.log(placeMentionsIn(text).map(m => [m.placeId, text.slice(m.start, m.end)]));
}
