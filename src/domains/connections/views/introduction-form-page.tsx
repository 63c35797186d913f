import { Tx } from '../../../ui/components/bidi.tsx';
import { ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TListingOrganization } from '../connections.record.ts';
import { introductionFormPath, subjectPath, type TIntroductionSubject } from '../introduction-subjects.ts';

/** Asking to be introduced to the organisation behind an offer, a need or a practice, with a short message. */
export function IntroductionFormPage(props: {
  ctx: TViewContext;
  listing: TIntroductionSubject;
  state: TFormState;
  organizations: readonly TListingOrganization[];
}) {
  const { ctx, listing, state } = props;
  const { t } = ctx;
  const form = 'introduction';
  const common = { ctx, form, state };
  const title = t('connections.introduction.title');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <p>
        <Tx
          ctx={ctx}
          k="connections.introduction.aboutBy"
          nodes={{
            subject: (
              <a href={ctx.href(subjectPath(listing.type, listing.id))} lang={listing.language} dir="auto">
                {listing.title}
              </a>
            ),
            organization: <bdi>{listing.organization.name}</bdi>,
          }}
        />
      </p>
      <p class="hint">{t('connections.introduction.privacy')}</p>
      <form method="post" action={ctx.href(introductionFormPath(listing))} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <ErrorSummary ctx={ctx} form={form} state={state} />
        <SelectField
          {...common}
          name="organizationId"
          label={t('connections.introduction.from')}
          placeholder={props.organizations.length === 1 ? undefined : t('connections.form.choose')}
          options={props.organizations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <TextAreaField
          {...common}
          name="message"
          label={t('connections.introduction.message')}
          hint={t('connections.introduction.messageHint')}
          rows={6}
          isRequired
        />
        <p>
          <button type="submit">{t('connections.introduction.send')}</button>
        </p>
      </form>
    </Layout>
  );
}
