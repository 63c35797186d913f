import { FileField } from '../../../ui/components/file-field.tsx';
import type { TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { PostForm } from '../../../ui/components/post-form.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { ContactFields, OrganizationFieldset } from '../../organizations/index.ts';
import type { TUploadRecord } from '../membership.record.ts';
import { applicationLimits } from '../membership.schemas.ts';
import type { TDuplicate } from '../membership.service.ts';
import { QuestionNotice } from './question-notice.tsx';

type TApplicationFormPageProps = {
  ctx: TViewContext;
  state: TFormState;
  /** Where the form posts: /join/apply for a new application, /join/a/{key}/edit for an existing one. */
  action: string;
  reference: string | null;
  version: number | null;
  isResubmission: boolean;
  informationRequest: string | null;
  letterFile: TUploadRecord | null;
  duplicates: TDuplicate[];
};

const form = 'application';

export function ApplicationFormPage(props: TApplicationFormPageProps) {
  const { ctx, state } = props;
  const { t } = ctx;
  const title = props.reference
    ? t('membership.form.editTitle', { reference: props.reference })
    : t('membership.form.title');
  const binding = { ctx, form, state, labels: (key: string) => t(`membership.field.${key}`) };
  const currentLetterFile = props.letterFile ? (
    <div class="field">
      <p>
        {t('membership.form.currentFile', {
          name: props.letterFile.originalName,
          size: ctx.i18n.formatNumber(Math.ceil(props.letterFile.byteSize / 1024)),
        })}
      </p>
      <FormFields {...binding} fields={[{ check: 'removeLetterFile', value: '1' }]} />
    </div>
  ) : null;
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p class="lead">{t('membership.form.lead')}</p>
      <QuestionNotice ctx={ctx} question={props.informationRequest} />
      <PostForm ctx={ctx} form={form} state={state} action={props.action} enctype="multipart/form-data">
        {props.duplicates.length > 0 ? <DuplicateWarning ctx={ctx} duplicates={props.duplicates} /> : null}
        {props.version !== null ? <input type="hidden" name="version" value={String(props.version)} /> : null}
        <OrganizationFieldset ctx={ctx} form={form} state={state} />
        <fieldset>
          <legend>{t('membership.form.contactLegend')}</legend>
          <p class="hint">{t('membership.form.contactHint')}</p>
          <ContactFields ctx={ctx} form={form} state={state} isApplicant />
        </fieldset>
        <fieldset>
          <legend>{t('membership.form.letterLegend')}</legend>
          <p class="hint">{t('membership.form.letterHint')}</p>
          <FormFields
            {...binding}
            fields={[
              { area: 'letterText', rows: 12, maxLength: applicationLimits.letterText },
              { element: currentLetterFile },
            ]}
          />
          <FileField
            ctx={ctx}
            form={form}
            name="letterFile"
            label={t('membership.field.letterFile')}
            hint={t('membership.field.letterFileHint', { megabytes: 10 })}
            state={state}
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          />
        </fieldset>
        <fieldset>
          <legend>{t('membership.form.commitmentsLegend')}</legend>
          <FormFields
            {...binding}
            fields={[
              {
                area: 'intendedCommitments',
                hint: 'intendedCommitmentsHint',
                maxLength: applicationLimits.commitments,
              },
            ]}
          />
        </fieldset>
        <FormFields {...binding} fields={[{ check: 'consent', hint: 'consentHint' }]} />
        <div class="actions">
          <button type="submit" name="intent" value="submit">
            {props.isResubmission ? t('membership.form.resubmit') : t('membership.form.submit')}
          </button>
          <button type="submit" name="intent" value="draft" class="secondary">
            {t('membership.form.saveDraft')}
          </button>
        </div>
        <p class="hint">{t('membership.form.draftHint')}</p>
      </PostForm>
    </Layout>
  );
}

function DuplicateWarning({ ctx, duplicates }: { ctx: TViewContext; duplicates: TDuplicate[] }) {
  const { t } = ctx;
  return (
    <section class="notice warning" role="alert" aria-labelledby="duplicate-title">
      <h2 id="duplicate-title">{t('membership.duplicate.title')}</h2>
      <p>{t('membership.duplicate.body')}</p>
      <ul>
        {duplicates.map((d) =>
          d.kind === 'member' ? (
            <li>
              <a href={ctx.href(`/members/${encodeURIComponent(d.slug)}`)}>{d.name}</a>{' '}
              <span class="badge">{t('membership.duplicate.isMember')}</span>
            </li>
          ) : d.ownLink ? (
            <li>
              <a href={d.ownLink}>
                {t('membership.duplicate.application', {
                  reference: d.reference,
                  organization: d.organizationName,
                  status: t(`membership.status.${d.status}`),
                })}
              </a>
            </li>
          ) : (
            <li>
              {t('membership.duplicate.application', {
                reference: d.reference,
                organization: d.organizationName,
                status: t(`membership.status.${d.status}`),
              })}
            </li>
          ),
        )}
      </ul>
      <p>{t('membership.duplicate.howTo')}</p>
      <label class="checkbox-line">
        <input type="checkbox" name="confirmDuplicate" value="1" /> {t('membership.duplicate.confirm')}
      </label>
    </section>
  );
}
