import { findArticleBySlug, insertArticle } from '../domains/news/news.repository.ts';
import type { TNewsCategory, TNewsTranslation } from '../domains/news/news.schemas.ts';
import { prepareNewsImage } from '../domains/news/news-image.ts';
import { newsSearchDocument } from '../domains/news/news-indexing.ts';
import { createHubSearch } from '../domains/search/hub-search.ts';
import { dialectOf } from '../platform/db/dialect-of.ts';
import { newId } from '../platform/ids.ts';
import type { TDemoPart } from './demo-context.ts';
import { demoNewsPicture } from './demo-pictures.ts';

/**
 * The demo's news: what the founding texts report (a side-event at the Summit of the Future, the first
 * Human Rights Council resolution on care, a call for an EU year for women's mental health, the LSE
 * evening, the Muscat conference's close, the Kraków partnership), dated as they were, in our own words.
 */
export type TDemoArticle = {
  slug: string;
  category: TNewsCategory;
  organization: string | null;
  /** The country the article is about (its page shows that country's key care figure). */
  country?: string;
  language: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: string;
  translations?: Record<string, TNewsTranslation>;
};

export const demoArticles: readonly TDemoArticle[] = [
  {
    slug: 'cities-and-care-summit-of-the-future',
    category: 'advocacy',
    organization: 'make-mothers-matter',
    language: 'en',
    title: 'Cities can carry care: our message at the Summit of the Future',
    summary:
      'At a side-event in New York, we set out what local governments can do for mothers and other unpaid caregivers.',
    body:
      'Local and regional governments run many of the services caregivers rely on every day: health centres, childcare, transport, schools and housing.\n\n' +
      '## What we asked of them\n\n' +
      '- encourage local employers to adopt family-friendly policies;\n' +
      '- run programmes that involve fathers in care at home;\n' +
      '- plan streets, transport and housing around the time caregivers have;\n' +
      '- collect data on unpaid care work;\n' +
      '- back community initiatives such as mothers’ centres, and learn from Bogotá’s care blocks.\n\n' +
      'Sharing responsibility for care includes cities and regions.',
    publishedAt: '2024-09-21T15:00:00.000Z',
  },
  {
    slug: 'first-human-rights-council-resolution-on-care',
    category: 'policy',
    organization: 'make-mothers-matter',
    language: 'en',
    title: 'A first Human Rights Council resolution on care',
    summary:
      'The Council adopted its first resolution on the centrality of care and support, presented by Argentina, Iceland and Mexico.',
    body: 'The resolution looks at care and support from a human-rights perspective: those who give care, and those who receive it.',
    publishedAt: '2023-10-11T12:00:00.000Z',
  },
  {
    slug: 'eu-year-for-womens-mental-health',
    category: 'advocacy',
    organization: 'make-mothers-matter',
    language: 'en',
    title: 'Why 2024 should be the EU year for women’s mental health',
    summary:
      'After the European Commission announced an initiative on mental health, we asked for a year focused on women, and mothers in particular.',
    body: 'Mothers carry much of the mental load of care. We called on the EU to make their mental health a priority.',
    publishedAt: '2023-10-09T12:00:00.000Z',
  },
  {
    slug: 'maternal-wellbeing-at-lse',
    category: 'events',
    organization: 'make-mothers-matter',
    language: 'en',
    title: 'Maternal mental health at LSE: what we heard',
    summary:
      'Policymakers, clinicians, researchers and campaigners met on 28 January to talk about mothers’ mental health.',
    body: 'The evening was hosted by the Care Policy Evaluation Centre at LSE and broadcast live.',
    publishedAt: '2026-01-31T10:00:00.000Z',
  },
  {
    slug: 'muscat-conference-closes-with-recommendations',
    category: 'research',
    organization: 'sultan-qaboos-university',
    country: 'OM',
    language: 'ar',
    title: 'ختام المؤتمر الدولي الثالث لسياسات الرعاية الاجتماعية بتوصيات في خمسة محاور',
    summary:
      'بعد يومين من النقاش في مسقط، خرج المؤتمر بتوصيات تتناول الحماية الاجتماعية ورعاية الأطفال وكبار السن والأشخاص ذوي الإعاقة.',
    body: 'تجدون التوصيات مصنّفة حسب المحاور في [صفحة مخرجات المؤتمر](/ar/events/social-care-policies-conference-muscat-2024/outcome) على المنصة.',
    publishedAt: '2024-12-17T11:10:00.000Z',
    translations: {
      en: {
        title: 'Muscat conference on social-care policies closes with recommendations under five axes',
        summary:
          'After two days of debate, the conference made recommendations on social protection and care for children, older persons and persons with disabilities.',
        body: 'The recommendations, grouped by axis, are on the conference’s [outcome page](/en/events/social-care-policies-conference-muscat-2024/outcome) on this hub.',
      },
    },
  },
  {
    slug: 'rops-krakow-dolacza-do-partnerstwa',
    category: 'members',
    organization: 'rops-krakow',
    country: 'PL',
    language: 'pl',
    title: 'ROPS w Krakowie w Partnerstwie Lokalnym „Równowaga – Praca – Rodzina”',
    summary:
      'Regionalny Ośrodek Polityki Społecznej jest jedną z dziewięciu instytucji, które podpisały porozumienie partnerstwa.',
    body: 'Partnerstwo wspiera kobiety i mężczyzn, którzy opiekują się zależnymi bliskimi, w godzeniu pracy z życiem rodzinnym.',
    publishedAt: '2008-07-04T12:00:00.000Z',
  },
];

export const demoNewsPart: TDemoPart = {
  name: 'news',
  async load(ctx) {
    const search = createHubSearch({ db: ctx.db, dialect: dialectOf(ctx.db) });
    for (const a of demoArticles) {
      const picture = a.slug === demoNewsPicture.slug ? await newsPicture(ctx) : null;
      await insertArticle(ctx.db, {
        id: newId(Date.parse(ctx.at)),
        slug: a.slug,
        status: 'published',
        category: a.category,
        organization_id: a.organization ? (ctx.organizationIds.get(a.organization) ?? null) : null,
        country_code: a.country ?? null,
        language: a.language,
        title: a.title,
        summary: a.summary,
        body: a.body,
        translations: JSON.stringify(a.translations ?? {}),
        image_url: null,
        image_alt: picture ? demoNewsPicture.alt : null,
        ...picture,
        created_by: null,
        published_at: a.publishedAt,
        created_at: ctx.at,
        updated_at: ctx.at,
      });
      const article = await findArticleBySlug(ctx.db, a.slug);
      if (article) await search.upsertDocument(newsSearchDocument(article), { db: ctx.db });
    }
    return demoArticles.length;
  },
};

/** The Muscat item's picture, drawn in demo-pictures.ts, checked and re-encoded as an upload is. */
async function newsPicture(ctx: Parameters<TDemoPart['load']>[0]) {
  const file = new File([await demoNewsPicture.draw()], demoNewsPicture.fileName, { type: 'image/png' });
  const prepared = await prepareNewsImage(file);
  if ('refusal' in prepared) throw new Error(`demo picture refused: ${prepared.refusal}`);
  const stored = await ctx.files.save(prepared.data);
  return {
    image_id: newId(Date.parse(ctx.at)),
    image_key: stored.key,
    image_width: prepared.width,
    image_height: prepared.height,
  };
}
