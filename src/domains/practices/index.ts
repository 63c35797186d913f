/**
 * The practices domain's door (ADR 0019): what other domains may use. Pages, feeds and jobs are
 * mounted by compose.ts from their own files.
 */
export {
  browsePractices,
  findPracticeForIntroduction,
  listPracticeChoices,
  listPublishedPracticesByIds,
  readPractice,
  type TPracticeForIntroduction,
} from './practice-read.service.ts';
export type { TPractice } from './practice-record.ts';
export { practiceSearchSource } from './practice-search-source.ts';
export { labelOfConcept } from './practice-taxonomy.ts';
export { readPracticeTeasers, type TPracticeTeaser, type TPracticeTeasers } from './practice-teasers.ts';
export { practiceKinds } from './practice-vocabulary.ts';
export { createPractice, updatePracticeContent } from './practices.service.ts';
export { PracticeCard } from './views/practice-card.tsx';
