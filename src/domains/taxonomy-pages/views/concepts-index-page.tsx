import { conceptLabel, conceptSchemes, conceptsOf } from '../../../taxonomy/taxonomy.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/** The schemes shown in the index; countries and regions have their own pages (/countries). */
const indexedSchemes = conceptSchemes.filter((s) => s !== 'country' && s !== 'region');

/** /{locale}/concepts: every concept of the care taxonomy by scheme, sorted in the reader's language. */
export function ConceptsIndexPage({ ctx }: { ctx: TViewContext }) {
  const { t, locale } = ctx;
  const collator = new Intl.Collator(locale);
  return (
    <Layout ctx={ctx} title={t('search.concepts.title')} description={t('search.concepts.lead')}>
      <h1>{t('search.concepts.title')}</h1>
      <p class="lead">{t('search.concepts.lead')}</p>
      <nav aria-label={t('search.concepts.schemes')}>
        <ul class="inline-list">
          {indexedSchemes.map((scheme) => (
            <li>
              <a href={`#scheme-${scheme}`}>{t(`search.scheme.${scheme}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {indexedSchemes.map((scheme) => (
        <section aria-labelledby={`scheme-${scheme}`}>
          <h2 id={`scheme-${scheme}`}>{t(`search.scheme.${scheme}`)}</h2>
          <ul class="tags">
            {conceptsOf(scheme)
              .map((c) => ({ id: c.id, label: conceptLabel(c.id, locale) }))
              .sort((a, b) => collator.compare(a.label, b.label))
              .map((c) => (
                <li>
                  <a href={ctx.href(`/concepts/${encodeURIComponent(c.id)}`)}>{c.label}</a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
