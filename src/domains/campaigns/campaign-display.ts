import type { TCampaign } from './campaigns.record.ts';

/** A campaign's text in a language: its translation when there is one, else the original. */
export function campaignText(
  c: Pick<TCampaign, 'title' | 'goal' | 'callToAction' | 'body' | 'language' | 'translations'>,
  locale: string,
) {
  const tr = c.translations[locale];
  if (locale === c.language || !tr?.title) {
    return { title: c.title, goal: c.goal, callToAction: c.callToAction, body: c.body, language: c.language };
  }
  return {
    title: tr.title,
    goal: tr.goal ?? c.goal,
    callToAction: tr.callToAction ?? c.callToAction,
    body: tr.body ?? c.body,
    language: locale,
  };
}

const typeOfContent: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/webp': 'webp',
};

/** The short name of a material's type ("pdf", "docx", "png" …), for its label. */
export function materialTypeOf(contentType: string): string {
  return typeOfContent[contentType] ?? 'other';
}

/** A file size as people read it (shared with other file lists). */
export { formatFileSize } from '../../i18n/file-size.ts';
