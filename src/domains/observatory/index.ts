/**
 * The observatory's public door: what other domains may use. A page about a country shows its key
 * figure (readKeyFigure + KeyFigurePanel); a concept page lists the indicators that measure it
 * (readConceptIndicators + ConceptIndicators).
 */

export { can as canObservatory } from './observatory.policy.ts';
export { readConceptIndicators, readKeyFigure } from './observatory-pages.service.ts';
export { observatorySitemapSource } from './sitemap-entries.ts';
export { ConceptIndicators, KeyFigurePanel, type TKeyFigure } from './views/key-figure-panel.tsx';
