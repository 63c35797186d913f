import type { TAnalyser, TDocumentAnalysis } from './analyser.ts';
import type { TSearchDocument } from './search-types.ts';

/**
 * The analysis of a document's text and tags: what the index stores for it. The one function every
 * write uses (one by one, in bulk, the import's workers, a rebuild), so the same document always gets
 * the same tokens and concepts.
 */
export function analyseSearchText(
  analyser: TAnalyser,
  doc: Pick<TSearchDocument, 'title' | 'summary' | 'body' | 'language' | 'concepts' | 'places'>,
): TDocumentAnalysis {
  return analyser.analyseDocument({
    title: doc.title,
    summary: doc.summary,
    body: doc.body,
    language: doc.language,
    concepts: doc.concepts,
    places: doc.places,
  });
}
