import { resolvePageText } from '../../core/editable-texts.ts';
import { directionOf, languageName } from '../../i18n/names.ts';
import type { TViewContext } from '../view-context.ts';

/**
 * A page text the secretariat may word itself (docs/adr/0099): its wording in the reader's language, the
 * built-in text, or, when the secretariat has reworded it only in other languages, that wording in its
 * own language (`lang`, `dir`) followed by "(in English)".
 */
export function PageText({ ctx, name }: { ctx: TViewContext; name: string }) {
  const { t, locale } = ctx;
  const shown = resolvePageText(name, locale, () => t(name));
  if (!shown.isFallback) return <>{shown.text}</>;
  return (
    <>
      <span lang={shown.language} dir={directionOf(shown.language)}>
        {shown.text}
      </span>{' '}
      <span class="fallback-note">
        {t('common.inLanguage', { language: languageName(locale, shown.language) })}
      </span>
    </>
  );
}

/** A page text as plain text (a page's description), whatever language it is in. */
export function pageTextOf(ctx: TViewContext, name: string): string {
  return resolvePageText(name, ctx.locale, () => ctx.t(name)).text;
}
