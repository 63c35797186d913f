/**
 * The practices domain's door (ADR 0019): what other domains may use. Pages, feeds and jobs are
 * mounted by compose.ts from their own files.
 */
export { shownText } from './practice-display.ts';
export { findPracticeForIntroduction, type TPracticeForIntroduction } from './practice-read.service.ts';
export { readPracticeTeasers, type TPracticeTeaser, type TPracticeTeasers } from './practice-teasers.ts';
