import { CsrfField } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCompleteness } from '../practice-completeness.ts';
import type { TPractice } from '../practice-record.ts';
import type { TPracticeAction } from '../practices.policy.ts';

/**
 * What a signed-in author or curator has on a practice page: how complete the record is and what
 * it still lacks, links to edit it and its files and recommendations, and the workflow buttons,
 * each a small POST form.
 */
export function PracticeActions({
  ctx,
  practice,
  allowed,
  completeness,
}: {
  ctx: TViewContext;
  practice: TPractice;
  allowed: ReadonlySet<TPracticeAction>;
  completeness: TCompleteness;
}) {
  const { t } = ctx;
  if (allowed.size === 0) return null;
  const base = `/practices/${encodeURIComponent(practice.slug)}`;
  const post = (action: string, label: string, extra?: Record<string, string>) => (
    <form novalidate method="post" action={ctx.href(`${base}/${action}`)} class="inline-form">
      <CsrfField ctx={ctx} />
      {Object.entries(extra ?? {}).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class="secondary">
        {label}
      </button>
    </form>
  );
  /** A button that switches a flag: labelled for turning it on, or off when it is on. */
  const toggle = (action: string, isOn: boolean, onLabel: string, offLabel: string) =>
    post(action, t(isOn ? offLabel : onLabel), { value: isOn ? 'off' : 'on' });
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
      {allowed.has('viewRevisions') ? (
        <div class="completeness-panel">
          <p>
            {t('practices.completeness.label')}{' '}
            <strong>{t('practices.completeness.percent', { percent: completeness.score / 100 })}</strong>{' '}
            <meter min={0} max={100} value={completeness.score} aria-hidden="true" />
          </p>
          {completeness.missing.length > 0 ? (
            <>
              <p>{t('practices.completeness.missingTitle')}</p>
              <ul class="missing">
                {completeness.missing.map((item) => (
                  <li>{t(`practices.completeness.item.${item}`)}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('practices.completeness.complete')}</p>
          )}
        </div>
      ) : null}
      <p>
        {allowed.has('edit') ? <a href={ctx.href(`${base}/edit`)}>{t('practices.actions.edit')}</a> : null}{' '}
        {allowed.has('edit') ? <a href={ctx.href(`${base}/files`)}>{t('practices.actions.files')}</a> : null}{' '}
        {allowed.has('edit') ? (
          <a href={ctx.href(`${base}/recommendations`)}>{t('practices.actions.recommendations')}</a>
        ) : null}{' '}
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
          ? toggle('verify', practice.isVerified, 'practices.actions.verify', 'practices.actions.unverify')
          : null}
        {allowed.has('verify') ? post('reviewed', t('practices.actions.markReviewed')) : null}
        {allowed.has('feature')
          ? toggle('feature', practice.isFeatured, 'practices.actions.feature', 'practices.actions.unfeature')
          : null}
      </div>
      {allowed.has('return') ? (
        <form novalidate method="post" action={ctx.href(`${base}/return`)} class="stack">
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
