import { editableTextLimits, type TEditableText } from '../../../core/editable-texts.ts';
import { isLocale, localeTags } from '../../../i18n/locales.ts';
import { directionOf, languageName } from '../../../i18n/names.ts';
import { translator } from '../../../i18n/translator.ts';
import { builtInConceptLabel, findConcept } from '../../../taxonomy/taxonomy.ts';
import { CsrfField, ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { AdminBackLink } from './admin-index-page.tsx';

/** The built-in wording of a text in a language: the interface message, or the taxonomy's label. */
export function builtInText(ctx: TViewContext, text: TEditableText, locale: string): string {
  if (text.kind === 'page') return translator(isLocale(locale) ? locale : ctx.locale).t(text.messageKey);
  const concept = findConcept(text.conceptId);
  return concept ? builtInConceptLabel(concept, locale) : text.conceptId;
}

function shorten(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function editPath(ctx: TViewContext, key: string, locale: string): string {
  return ctx.href(`/admin/texts/${locale}/${encodeURIComponent(key)}`);
}

/** Which page a page text is on, and the text itself in the reader's language, as its row's name. */
function nameOf(ctx: TViewContext, text: TEditableText): string {
  if (text.kind === 'category') return builtInText(ctx, text, ctx.locale);
  const place = text.messageKey.startsWith('home.') ? 'home' : 'join';
  return `${ctx.t(`admin.texts.place.${place}`)}: ${shorten(builtInText(ctx, text, ctx.locale), 60)}`;
}

/**
 * Every text the secretariat may word, grouped (page texts, then each kind of category), with its value in
 * each language: the secretariat's wording, or the built-in text marked as such (the fallback readers get),
 * each a link to edit that language.
 */
export function SiteTextsPage({
  ctx,
  texts,
  wordings,
}: {
  ctx: TViewContext;
  texts: readonly TEditableText[];
  wordings: ReadonlyMap<string, ReadonlyMap<string, string>>;
}) {
  const { t } = ctx;
  const groups = new Map<string, TEditableText[]>();
  for (const text of texts) {
    const group = text.kind === 'page' ? 'page' : text.scheme;
    groups.set(group, [...(groups.get(group) ?? []), text]);
  }
  return (
    <Layout ctx={ctx} title={t('admin.texts.title')} isPrivate>
      <AdminBackLink ctx={ctx} />
      <h1>{t('admin.texts.title')}</h1>
      <p class="lead">{t('admin.texts.lead')}</p>
      <p>{t('admin.texts.elsewhere')}</p>
      <ul>
        <li>
          <a href={ctx.href('/members/champions/criteria')}>{t('organizations.champion.editCriteria')}</a>
        </li>
        <li>
          <a href={ctx.href('/commitments/rounds')}>{t('commitments.rounds.title')}</a>
        </li>
      </ul>
      {[...groups].map(([group, members]) => (
        <section aria-labelledby={`texts-${group}`}>
          <h2 id={`texts-${group}`}>{t(`admin.texts.group.${group}`)}</h2>
          <div class="table-wrap">
            <table class="site-texts">
              <thead>
                <tr>
                  <th scope="col">{t('admin.texts.text')}</th>
                  {localeTags.map((tag) => (
                    <th scope="col">{languageName(ctx.locale, tag)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {members.map((text) => {
                  const own = wordings.get(text.key);
                  return (
                    <tr>
                      <th scope="row">{nameOf(ctx, text)}</th>
                      {localeTags.map((tag) => {
                        const wording = own?.get(tag);
                        return (
                          <td>
                            <a href={editPath(ctx, text.key, tag)} lang={tag} dir={directionOf(tag)}>
                              {shorten(wording ?? builtInText(ctx, text, tag))}
                            </a>{' '}
                            <span class={wording ? 'badge' : 'hint'}>
                              {wording
                                ? t('admin.texts.own')
                                : text.kind === 'page' && own && own.size > 0
                                  ? t('admin.texts.fallsBack')
                                  : t('admin.texts.builtIn')}
                            </span>
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </Layout>
  );
}

/** One text in one language: the built-in wording (used while this is empty), the other languages, the form. */
export function SiteTextFormPage({
  ctx,
  text,
  locale,
  version,
  others,
  state,
  conflict = false,
}: {
  ctx: TViewContext;
  text: TEditableText;
  locale: string;
  version: number;
  others: ReadonlyMap<string, { body: string }>;
  state: TFormState;
  conflict?: boolean;
}) {
  const { t } = ctx;
  const language = languageName(ctx.locale, locale);
  const title = t('admin.texts.editTitle', { language });
  const builtIn = builtInText(ctx, text, locale);
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <p class="no-print">
        <a href={ctx.href('/admin/texts')}>{t('admin.texts.back')}</a>
      </p>
      <h1>{title}</h1>
      <p>
        <bdi>{nameOf(ctx, text)}</bdi>
      </p>
      {conflict ? (
        <p class="notice error" role="alert">
          {t('admin.texts.conflict')}
        </p>
      ) : null}
      <ErrorSummary ctx={ctx} form="site-text" state={state} />
      <h2>{t('admin.texts.builtInTitle')}</h2>
      <blockquote lang={locale} dir={directionOf(locale)}>
        {builtIn}
      </blockquote>
      <form novalidate class="stack wide" method="post" action={editPath(ctx, text.key, locale)}>
        <CsrfField ctx={ctx} />
        <input type="hidden" name="version" value={String(version)} />
        <TextAreaField
          ctx={ctx}
          form="site-text"
          name="body"
          label={t('admin.texts.wordingLabel', { language })}
          hint={t('admin.texts.wordingHint', { max: editableTextLimits[text.kind] })}
          state={state}
          rows={text.kind === 'page' ? 6 : 2}
          maxLength={editableTextLimits[text.kind]}
          lang={locale}
        />
        <button type="submit">{t('admin.texts.save')}</button>
      </form>
      {others.size > 0 ? (
        <section aria-labelledby="other-languages">
          <h2 id="other-languages">{t('admin.texts.otherLanguages')}</h2>
          <dl>
            {localeTags
              .filter((tag) => tag !== locale && others.has(tag))
              .map((tag) => (
                <div>
                  <dt>{languageName(ctx.locale, tag)}</dt>
                  <dd lang={tag} dir={directionOf(tag)}>
                    {others.get(tag)?.body}
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ) : null}
    </Layout>
  );
}
