import { hubAnalyser } from './src/domains/search/hub-search.ts';
const cases: Array<[string, string]> = JSON.parse(process.argv[2] ?? '[]');
for (const [q, l] of cases) {
  const a = hubAnalyser().analyseQuery(q, { locale: l });
  console.log(`${l} "${q}" lang=${a.language} langs=${a.languages.join(',')} concepts=${a.concepts.join(',')} groups=${a.groups.map(g => g.words.map(w=>w.text).join('+')+':'+g.conceptIds.join('/')).join(' | ')}`);
}
