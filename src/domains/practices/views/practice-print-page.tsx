import { raw } from 'hono/html';
import { directionOf } from '../../../i18n/names.ts';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { assetUrl } from '../../../ui/assets.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import { shownText } from '../practice-display.ts';
import type { TPracticePageData } from '../practice-read.service.ts';
import { PracticeDetails } from './practice-details.tsx';
import { PracticeEligibility } from './practice-eligibility.tsx';
import { PracticeEvidence } from './practice-evidence.tsx';

/** The print view: the practice alone on a plain page, with its address, and nothing to click. */
export function PracticePrintPage({
  ctx,
  data,
  url,
}: {
  ctx: TViewContext;
  data: TPracticePageData;
  url: string;
}) {
  const { t, locale, i18n } = ctx;
  const { practice } = data;
  const title = shownText(practice, 'title', locale);
  const summary = shownText(practice, 'summary', locale);
  const body = shownText(practice, 'body', locale);
  const beneficiaries = shownText(practice, 'beneficiaries', locale);
  return (
    <html lang={locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title.text} · ${t('common.siteName')}`}</title>
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <link rel="canonical" href={url} />
      </head>
      <body class="print-view">
        <main id="main">
          <div class="wrap">
            <p class="meta">{t('common.siteName')}</p>
            <h1 lang={title.language} dir={directionOf(title.language)}>
              {title.text}
            </h1>
            <p class="lead" lang={summary.language} dir={directionOf(summary.language)}>
              {summary.text}
            </p>
            <PracticeDetails ctx={ctx} practice={practice} organizations={data.organizations} />
            <div class="prose" lang={body.language} dir={directionOf(body.language)}>
              {raw(renderMarkdown(body.text))}
            </div>
            <PracticeEligibility ctx={ctx} practice={practice} beneficiaries={beneficiaries} />
            <PracticeEvidence ctx={ctx} practice={practice} files={data.files} />
            <p class="hint">
              {t('practices.page.printedFrom')} {url}
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
