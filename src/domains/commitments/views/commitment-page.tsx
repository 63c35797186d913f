import type { Child } from 'hono/jsx';
import type { TFormState } from '../../../ui/components/form-field.tsx';
import { CsrfField, ErrorSummary } from '../../../ui/components/form-field.tsx';
import { KeyedTable, type TTableText } from '../../../ui/components/keyed-table.tsx';
import { Prose } from '../../../ui/components/prose.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { progressLabel } from '../commitment-vocabulary.ts';
import type { TCommitmentPage } from '../commitments.service.ts';
import {
  CommitmentsStyles,
  LightBadge,
  OutsideLinks,
  ProgressBadge,
  StatusBadge,
  titleFor,
} from './commitment-bits.tsx';
import { CommitmentSummary } from './commitment-summary.tsx';
import { ReportTimeline } from './report-timeline.tsx';

export type TCommitmentPageProps = {
  ctx: TViewContext;
  page: TCommitmentPage;
  /** Co-makers this reader may confirm or decline for. */
  respondable: { organizationId: string; name: string }[];
  returnForm?: TFormState;
  withdrawForm?: TFormState;
  formError?: string | null;
  /** A side panel from elsewhere (the country's key care figure). */
  aside?: Child;
  /** Whether the reader may ask the lead organisation for an introduction (issue 14). */
  canAskIntroduction?: boolean;
};

/** The commitment's SMART deliverables, under their own heading. */
const deliverablesTable: TTableText = {
  caption: 'commitments.page.deliverables',
  headers: [
    'commitments.deliverable.title',
    'commitments.deliverable.measure',
    'commitments.deliverable.target',
    'commitments.deliverable.due',
    'commitments.deliverable.latest',
  ],
  empty: 'commitments.page.noDeliverables',
};

/** A commitment: who makes it, what it promises (SMART deliverables), where it stands, its reports. */
export function CommitmentPage({
  ctx,
  page,
  respondable,
  returnForm,
  withdrawForm,
  formError,
  aside,
  canAskIntroduction,
}: TCommitmentPageProps) {
  const { t, i18n } = ctx;
  const {
    commitment: c,
    makers,
    deliverables,
    reports,
    roundNames,
    files,
    links,
    gaps,
    light,
    allowed,
  } = page;
  const withdrawAction = allowed.unpublish ? 'unpublish' : allowed.withdraw ? 'withdraw' : null;
  const title = titleFor(ctx, c);
  const base = ctx.href(`/commitments/${encodeURIComponent(c.slug)}`);
  const isPublished = c.status === 'published';
  const description = c.language !== ctx.locale ? c.translations.description[ctx.locale] : undefined;
  return (
    <Layout ctx={ctx} title={title.text} description={c.description.slice(0, 200)} isPrivate={!isPublished}>
      <CommitmentsStyles />
      <p>
        <a href={ctx.href('/commitments')}>{t('commitments.page.back')}</a>
      </p>
      <h1 lang={title.lang} dir="auto">
        {title.text}
      </h1>
      {title.isTranslated ? (
        <p class="hint">
          {t('commitments.page.translated')}{' '}
          <span lang={c.language} dir="auto">
            {c.title}
          </span>
        </p>
      ) : null}
      <p class="meta">
        {isPublished ? null : <StatusBadge ctx={ctx} status={c.status} />}
        {isPublished ? (
          <ProgressBadge ctx={ctx} status={c.progressStatus} percent={c.progressPercent} />
        ) : null}
        {isPublished ? <LightBadge ctx={ctx} light={light} /> : null}
        {c.lastReportAt ? (
          <span>{t('commitments.page.lastReport', { date: i18n.formatDate(c.lastReportAt) })}</span>
        ) : null}
      </p>
      {isPublished && c.fromConnectionAt ? (
        <p class="hint">
          {t('commitments.page.fromConnection')}{' '}
          <a href={ctx.href('/connections/outcomes')}>{t('commitments.page.fromConnectionLink')}</a>
        </p>
      ) : null}
      {formError ? (
        <div class="notice error" role="alert">
          <p>{t(formError)}</p>
        </div>
      ) : null}
      {c.status === 'withdrawn' ? (
        <div class="notice" role="note">
          <p>
            <strong>
              {t('commitments.page.withdrawnOn', {
                date: c.withdrawnAt ? i18n.formatDate(c.withdrawnAt) : '',
              })}
            </strong>
          </p>
          {c.withdrawalReason ? <Prose text={c.withdrawalReason} /> : null}
          <p>{t('commitments.page.withdrawnHint')}</p>
        </div>
      ) : null}
      {c.status === 'returned' && c.reviewComment && (allowed.edit || allowed.submit) ? (
        <div class="notice" role="note">
          <p>
            <strong>{t('commitments.page.returnedWith')}</strong>
          </p>
          <Prose text={c.reviewComment} />
        </div>
      ) : null}

      <div class="record-layout">
        <CommitmentSummary ctx={ctx} page={page} />
        <div class="record-main">
          <section aria-labelledby="makers-title">
            <h2 id="makers-title">{t('commitments.page.makers')}</h2>
            <ul>
              {makers.map((m) => (
                <li>
                  <a href={ctx.href(`/members/${m.slug}`)} dir="auto">
                    {m.name}
                  </a>{' '}
                  {m.role === 'lead' ? <span class="badge">{t('commitments.maker.lead')}</span> : null}
                  {m.role === 'co_maker' ? (
                    <span class={`badge maker-${m.status}`}>{t(`commitments.maker.${m.status}`)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
            {respondable.map((r) => (
              <form novalidate method="post" action={`${base}/respond`} class="inline-form">
                <CsrfField ctx={ctx} />
                <input type="hidden" name="organizationId" value={r.organizationId} />
                <p>{t('commitments.page.invited', { organization: r.name })}</p>
                <button type="submit" name="answer" value="confirm">
                  {t('commitments.page.confirm')}
                </button>
                <button type="submit" name="answer" value="decline" class="secondary">
                  {t('commitments.page.decline')}
                </button>
              </form>
            ))}
          </section>
          <section aria-labelledby="description-title">
            <h2 id="description-title">{t('commitments.field.description')}</h2>
            <Prose
              text={description ?? (c.description || t('commitments.value.none'))}
              lang={description ? ctx.locale : c.language}
            />
            {links.length > 0 ? (
              <>
                <h3>{t('commitments.page.linkedRecords')}</h3>
                <ul class="linked-records">
                  {links.map((l) => (
                    <li>
                      <span class="badge">{t(`commitments.link.${l.type}`)}</span>{' '}
                      <a href={ctx.href(l.path)} dir="auto">
                        {l.title}
                      </a>
                      {l.context ? (
                        <span class="hint" dir="auto">
                          {' '}
                          ({l.context})
                        </span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {c.practiceLinks.length + c.eventLinks.length > 0 ? (
              <h3>{t('commitments.page.otherLinks')}</h3>
            ) : null}
            <OutsideLinks urls={[...c.practiceLinks, ...c.eventLinks]} />
          </section>
        </div>
      </div>

      <section aria-labelledby="deliverables-title">
        <h2 id="deliverables-title">{t('commitments.page.deliverables')}</h2>
        <KeyedTable
          ctx={ctx}
          text={deliverablesTable}
          items={deliverables}
          row={(d) => (
            <>
              <th scope="row" dir="auto">
                {d.title}
              </th>
              <td dir="auto">{d.measure}</td>
              <td dir="auto">{d.target}</td>
              <td>{d.dueDate ? i18n.formatDate(`${d.dueDate}T12:00:00Z`) : t('commitments.value.none')}</td>
              <td>
                {d.latestStatus ? (
                  <ProgressBadge ctx={ctx} status={d.latestStatus} percent={d.latestPercent} />
                ) : (
                  progressLabel(i18n, null)
                )}
              </td>
            </>
          )}
        />
      </section>

      {!isPublished && (allowed.edit || allowed.submit) ? (
        <section aria-labelledby="check-title" class={gaps.length === 0 ? 'checklist complete' : 'checklist'}>
          <h2 id="check-title">{t('commitments.page.check')}</h2>
          {gaps.length === 0 ? (
            <p>{t('commitments.page.complete')}</p>
          ) : (
            <>
              <p>{t('commitments.page.gaps', { count: gaps.length })}</p>
              <ul>
                {gaps.map((g) => (
                  <li>{t(g.key, g.values)}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ) : null}

      {allowed.edit ||
      allowed.submit ||
      allowed.publish ||
      allowed.return ||
      allowed.report ||
      withdrawAction ? (
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">{t('commitments.page.actions')}</h2>
          <p class="actions">
            {allowed.report ? (
              <a class="button" href={`${base}/report`}>
                {t('commitments.page.report')}
              </a>
            ) : null}{' '}
            {allowed.edit ? <a href={`${base}/edit`}>{t('commitments.page.edit')}</a> : null}
          </p>
          {allowed.submit ? (
            <form novalidate method="post" action={`${base}/submit`}>
              <CsrfField ctx={ctx} />
              <button type="submit" disabled={gaps.length > 0}>
                {t('commitments.page.submit')}
              </button>
            </form>
          ) : null}
          {allowed.publish ? (
            <form novalidate method="post" action={`${base}/publish`}>
              <CsrfField ctx={ctx} />
              <button type="submit">{t('commitments.page.publish')}</button>
            </form>
          ) : null}
          {allowed.return ? (
            <WrittenMoveForm
              ctx={ctx}
              action={`${base}/return`}
              form="return"
              name="comment"
              rows={4}
              state={returnForm}
              label={t('commitments.page.returnComment')}
              submit={t('commitments.page.return')}
            />
          ) : null}
          {withdrawAction ? (
            <WrittenMoveForm
              ctx={ctx}
              action={`${base}/${withdrawAction}`}
              form="withdraw"
              name="reason"
              rows={3}
              state={withdrawForm}
              label={t(`commitments.page.${withdrawAction}Reason`)}
              submit={t(`commitments.page.${withdrawAction}`)}
            />
          ) : null}
        </section>
      ) : null}

      {isPublished || (c.status === 'withdrawn' && reports.length > 0) ? (
        <ReportTimeline
          ctx={ctx}
          reports={reports}
          roundNames={roundNames}
          deliverables={deliverables}
          files={files}
          base={base}
        />
      ) : null}
      {canAskIntroduction ? (
        <section class="panel" aria-labelledby="introduction-title">
          <h2 id="introduction-title">{t('commitments.introduction.title')}</h2>
          <p>{t('commitments.introduction.hint')}</p>
          <p>
            <a
              class="button"
              href={ctx.href(`/connections/commitments/${encodeURIComponent(c.slug)}/introduction`)}
            >
              {t('commitments.introduction.title')}
            </a>
          </p>
        </section>
      ) : null}
      {aside}
    </Layout>
  );
}

/**
 * A move on the commitment that says why in words (a return's comment, a withdrawal's reason): the
 * text and the button, with the refused post's errors and text when there was one.
 */
function WrittenMoveForm(props: {
  ctx: TViewContext;
  action: string;
  form: 'return' | 'withdraw';
  name: 'comment' | 'reason';
  rows: number;
  state: TFormState | undefined;
  label: string;
  submit: string;
}) {
  const { ctx, state, name } = props;
  const id = `${props.form}-${name}`;
  const error = state?.errors[name];
  return (
    <form novalidate method="post" action={props.action} class="stack">
      <CsrfField ctx={ctx} />
      {state ? <ErrorSummary ctx={ctx} form={props.form} state={state} /> : null}
      <div class="field">
        <label for={id}>{props.label}</label>
        {error ? (
          <p class="field-error" id={`${id}-error`}>
            {ctx.t(error)}
          </p>
        ) : null}
        <textarea
          id={id}
          name={name}
          rows={props.rows}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          {String(state?.values[name] ?? '')}
        </textarea>
      </div>
      <button type="submit" class="secondary">
        {props.submit}
      </button>
    </form>
  );
}
