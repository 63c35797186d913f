import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/** The week's digest: a preview, and its HTML to paste into a newsletter. */
export function DigestPage({
  ctx,
  html,
  from,
  previous,
  next,
}: {
  ctx: TViewContext;
  html: string;
  from: string;
  previous: string;
  next: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('news.digest.title')} isPrivate>
      <h1>{t('news.digest.title')}</h1>
      <p class="lead">{t('news.digest.lead')}</p>
      <nav class="pager" aria-label={t('news.digest.weeks')}>
        <a href={ctx.href(`/news/digest?from=${previous}`)}>{t('news.digest.previousWeek')}</a>{' '}
        <a href={ctx.href(`/news/digest?from=${next}`)}>{t('news.digest.nextWeek')}</a>
      </nav>
      <section aria-labelledby="preview-title" class="card">
        <h2 id="preview-title" class="visually-hidden">
          {t('news.digest.preview')}
        </h2>
        <div
          dangerouslySetInnerHTML={{
            __html: html
              .replace(/<(\/?)h1>/g, '<$1h3>')
              .replace(/<(\/?)h2 /g, '<$1h4 ')
              .replace(/<\/h2>/g, '</h4>'),
          }}
        />
      </section>
      <div class="field">
        <label for="digest-html">{t('news.digest.source', { from })}</label>
        <textarea id="digest-html" rows={14} readonly>
          {html}
        </textarea>
      </div>
    </Layout>
  );
}
