import { CsrfField } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TPractice } from '../practice-record.ts';
import type { TPracticeAction } from '../practices.policy.ts';

/** The buttons a signed-in author or curator has on a practice page, each a small POST form. */
export function PracticeActions({
  ctx,
  practice,
  allowed,
}: {
  ctx: TViewContext;
  practice: TPractice;
  allowed: ReadonlySet<TPracticeAction>;
}) {
  const { t } = ctx;
  if (allowed.size === 0) return null;
  const base = `/practices/${encodeURIComponent(practice.slug)}`;
  const post = (action: string, label: string, extra?: Record<string, string>) => (
    <form method="post" action={ctx.href(`${base}/${action}`)} class="inline-form">
      <CsrfField ctx={ctx} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="secondary">
        {label}
      </button>
    </form>
  );
  return (
    <section class="panel no-print" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('practices.actions.title')}</h2>
      <p>
        {t('practices.actions.status')} <strong>{t(`practices.status.${practice.status}`)}</strong>
      </p>
      {practice.status === 'returned' && practice.reviewComment ? (
        <div class="notice">
          <p>{t('practices.actions.returnedWith')}</p>
          <p>{practice.reviewComment}</p>
        </div>
      ) : null}
      <p>
        {allowed.has('edit') ? <a href={ctx.href(`${base}/edit`)}>{t('practices.actions.edit')}</a> : null}{' '}
        {allowed.has('translate') ? (
          <a href={ctx.href(`${base}/translations`)}>{t('practices.actions.translate')}</a>
        ) : null}{' '}
        {allowed.has('viewRevisions') ? (
          <a href={ctx.href(`${base}/revisions`)}>{t('practices.actions.revisions')}</a>
        ) : null}
      </p>
      <div class="button-row">
        {allowed.has('submit') ? post('submit', t('practices.actions.submit')) : null}
        {allowed.has('publish') ? post('publish', t('practices.actions.publish')) : null}
        {allowed.has('unpublish') ? post('unpublish', t('practices.actions.unpublish')) : null}
        {allowed.has('verify')
          ? post(
              'verify',
              t(practice.isVerified ? 'practices.actions.unverify' : 'practices.actions.verify'),
              {
                value: practice.isVerified ? 'off' : 'on',
              },
            )
          : null}
        {allowed.has('verify') ? post('reviewed', t('practices.actions.markReviewed')) : null}
        {allowed.has('feature')
          ? post(
              'feature',
              t(practice.isFeatured ? 'practices.actions.unfeature' : 'practices.actions.feature'),
              {
                value: practice.isFeatured ? 'off' : 'on',
              },
            )
          : null}
      </div>
      {allowed.has('edit') ? (
        <form
          method="post"
          action={ctx.href(`${base}/files`)}
          enctype="multipart/form-data"
          class="inline-form"
        >
          <CsrfField ctx={ctx} />
          <div class="field">
            <label for="file-title">{t('practices.files.title')}</label>
            <input id="file-title" name="title" type="text" maxlength={200} />
          </div>
          <div class="field">
            <label for="file-file">{t('practices.files.file')}</label>
            <input id="file-file" name="file" type="file" accept=".pdf,.docx,.png,.jpg,.jpeg,.webp" />
          </div>
          <button type="submit" class="secondary">
            {t('practices.files.add')}
          </button>
        </form>
      ) : null}
      {allowed.has('return') ? (
        <form method="post" action={ctx.href(`${base}/return`)} class="stack">
          <CsrfField ctx={ctx} />
          <div class="field">
            <label for="return-comment">{t('practices.actions.returnComment')}</label>
            <textarea id="return-comment" name="comment" rows={3} required maxlength={2000} />
          </div>
          <button type="submit" class="secondary">
            {t('practices.actions.return')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
