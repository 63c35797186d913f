import type { Child } from 'hono/jsx';
import type { TConcept } from '../../../taxonomy/taxonomy.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { labelOfConcept, PracticeCard, type TPractice } from '../../practices/index.ts';

/** One concept of the care taxonomy: its label, other words for it, related concepts and its records. */
export function ConceptPage({
  ctx,
  concept,
  practices,
  total,
  aside,
}: {
  ctx: TViewContext;
  concept: TConcept;
  practices: TPractice[];
  total: number;
  /** What other domains show about the concept (the indicators that measure it). */
  aside?: Child;
}) {
  const { t, locale } = ctx;
  const label = labelOfConcept(concept.id, locale);
  const synonyms = concept.synonyms[locale] ?? [];
  const note = concept.notes?.[locale];
  const links = (ids: readonly string[]) => (
    <ul class="tags">
      {ids.map((id) => (
        <li>
          <a href={ctx.href(`/concepts/${encodeURIComponent(id)}`)}>{labelOfConcept(id, locale)}</a>
        </li>
      ))}
    </ul>
  );
  return (
    <Layout ctx={ctx} title={label}>
      <p class="meta">
        <span class="badge">{t(`search.scheme.${concept.scheme}`)}</span>
        {concept.notation ? ` ${concept.notation}` : ''}
      </p>
      <h1>{label}</h1>
      {note ? <p class="lead">{note}</p> : null}
      {synonyms.length > 0 ? (
        <p>
          {t('search.concept.alsoKnownAs')} {synonyms.join(' · ')}
        </p>
      ) : null}
      {concept.broader.length > 0 ? (
        <>
          <h2>{t('search.concept.broader')}</h2>
          {links(concept.broader)}
        </>
      ) : null}
      {concept.related.length > 0 ? (
        <>
          <h2>{t('search.concept.related')}</h2>
          {links(concept.related)}
        </>
      ) : null}
      <h2>{t('search.concept.records', { count: total })}</h2>
      {practices.length === 0 ? <p>{t('search.concept.none')}</p> : null}
      <ul class="cards">
        {practices.map((p) => (
          <PracticeCard ctx={ctx} practice={p} />
        ))}
      </ul>
      <p>
        <a href={`${ctx.href('/search')}?q=${encodeURIComponent(label)}`}>
          {t('search.concept.searchFor', { label })}
        </a>
      </p>
      {aside}
    </Layout>
  );
}
