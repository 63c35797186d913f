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

/**
 * An analysis as the bulk import's worker threads send it to the writer (ADR 0106): each field's tokens
 * joined by a space (no token holds one: the engines split them there), so a document crosses threads
 * as a few strings instead of some thousand, and FTS5 takes the strings as they are.
 */
export type TPackedAnalysis = {
  isPacked: true;
  language: string;
  concepts: string[];
  title: string;
  summary: string;
  body: string;
  conceptTokens: string;
};

/** What an engine writes: an analysis as the analyser gives it, or packed. */
export type TIndexAnalysis = TDocumentAnalysis | TPackedAnalysis;

export function packAnalysis(analysis: TDocumentAnalysis): TPackedAnalysis {
  return {
    isPacked: true,
    language: analysis.language,
    concepts: analysis.concepts,
    title: analysis.fields.title.join(' '),
    summary: analysis.fields.summary.join(' '),
    body: analysis.fields.body.join(' '),
    conceptTokens: analysis.conceptTokens.join(' '),
  };
}

const tokensOf = (joined: string): string[] => (joined === '' ? [] : joined.split(' '));

export function unpackAnalysis(analysis: TIndexAnalysis): TDocumentAnalysis {
  if (!('isPacked' in analysis)) return analysis;
  return {
    language: analysis.language,
    fields: {
      title: tokensOf(analysis.title),
      summary: tokensOf(analysis.summary),
      body: tokensOf(analysis.body),
    },
    concepts: analysis.concepts,
    conceptTokens: tokensOf(analysis.conceptTokens),
  };
}

/** Each field's tokens joined by a space, as FTS5 takes them (packed analyses are already). */
export function joinedFields(analysis: TIndexAnalysis): {
  title: string;
  summary: string;
  body: string;
  conceptTokens: string;
} {
  if ('isPacked' in analysis) return analysis;
  return {
    title: analysis.fields.title.join(' '),
    summary: analysis.fields.summary.join(' '),
    body: analysis.fields.body.join(' '),
    conceptTokens: analysis.conceptTokens.join(' '),
  };
}

/** The tokens of a field, from either form. */
export function fieldTokens(
  analysis: TIndexAnalysis,
  field: 'title' | 'summary' | 'body' | 'conceptTokens',
): readonly string[] {
  if ('isPacked' in analysis) return tokensOf(analysis[field]);
  return field === 'conceptTokens' ? analysis.conceptTokens : analysis.fields[field];
}
