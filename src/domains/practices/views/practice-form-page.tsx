import { languageName } from '../../../i18n/names.ts';
import { CheckboxGroup } from '../../../ui/components/checkbox-group.tsx';
import { ChoiceList } from '../../../ui/components/choice-list.tsx';
import { conceptChoices, countryChoiceGroups } from '../../../ui/components/choice-options.ts';
import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { PlacePicker, type TPlaceValue } from '../../../ui/components/place-picker.tsx';
import { RepeatableRows, rowValue } from '../../../ui/components/repeatable-rows.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { contentLanguages } from '../practice-display.ts';
import { evidenceParts, implementerParts, linkParts, residenceParts } from '../practice-form.ts';
import type { TMemberChoice } from '../practice-record.ts';
import { conceptIdsOf, labelOfConcept, type TPracticeScheme } from '../practice-taxonomy.ts';
import {
  dependantKinds,
  employmentStatuses,
  evidenceKinds,
  implementerRoles,
  practiceKinds,
  practiceScopes,
} from '../practice-vocabulary.ts';
import { Fieldset } from './practice-form-fields.tsx';

export type TPracticeFormProps = {
  ctx: TViewContext;
  state: TFormState;
  /** Absent for a new practice. */
  slug?: string;
  title: string;
  /** Member organisations, suggested in the implementer rows. */
  members: readonly TMemberChoice[];
  /** Places found for the city typed (the no-script "Find the place"), or null. */
  placeCandidates?: readonly TPlaceValue[] | null;
};

const form = 'practice';
const membersListId = `${form}-member-names`;

/** Implementers as rows: the organisation (a member's name suggested, or any name), role, website. */
function ImplementerRows({ ctx, state, members }: Pick<TPracticeFormProps, 'ctx' | 'state' | 'members'>) {
  const { t } = ctx;
  const common = { ctx, form, state };
  const [nameField, roleField, urlField] = implementerParts;
  return (
    <>
      <RepeatableRows
        {...common}
        name="implementers"
        legend={t('practices.form.implementers')}
        hint={t('practices.form.implementersHint')}
        rowLegend={(n) => t('practices.form.implementerRow', { n })}
        addLabel={t('practices.form.addImplementer')}
        parts={implementerParts}
        row={(index) => (
          <>
            <TextField
              {...common}
              name={`implementers-${index}-name`}
              inputName={nameField}
              value={rowValue(state, nameField, index)}
              label={t('practices.form.implementerName')}
              hint={t('practices.form.implementerNameHint')}
              list={membersListId}
              autocomplete="off"
              maxLength={300}
            />
            <SelectField
              {...common}
              name={`implementers-${index}-role`}
              inputName={roleField}
              value={rowValue(state, roleField, index)}
              label={t('practices.form.implementerRole')}
              options={implementerRoles.map((r) => ({ value: r, label: t(`practices.role.${r}`) }))}
            />
            <TextField
              {...common}
              name={`implementers-${index}-url`}
              inputName={urlField}
              value={rowValue(state, urlField, index)}
              type="url"
              label={t('practices.form.implementerUrl')}
            />
          </>
        )}
      />
      <datalist id={membersListId}>
        {members.map((m) => (
          <option value={m.name}>{m.acronym ?? ''}</option>
        ))}
      </datalist>
    </>
  );
}

/** Evidence as rows: kind (a translated select), title, web address, year. */
function EvidenceRows({ ctx, state }: Pick<TPracticeFormProps, 'ctx' | 'state'>) {
  const { t } = ctx;
  const common = { ctx, form, state };
  const [kindField, titleField, urlField, yearField, summaryField] = evidenceParts;
  return (
    <RepeatableRows
      {...common}
      name="evidence"
      legend={t('practices.form.evidence')}
      hint={t('practices.form.evidenceRowsHint')}
      rowLegend={(n) => t('practices.form.evidenceRow', { n })}
      addLabel={t('practices.form.addEvidence')}
      parts={evidenceParts}
      row={(index) => (
        <>
          <SelectField
            {...common}
            name={`evidence-${index}-kind`}
            inputName={kindField}
            value={rowValue(state, kindField, index)}
            label={t('practices.form.evidenceKind')}
            options={evidenceKinds.map((k) => ({ value: k, label: t(`practices.evidenceKind.${k}`) }))}
          />
          <TextField
            {...common}
            name={`evidence-${index}-title`}
            inputName={titleField}
            value={rowValue(state, titleField, index)}
            label={t('practices.form.evidenceTitle')}
            maxLength={300}
          />
          <TextField
            {...common}
            name={`evidence-${index}-url`}
            inputName={urlField}
            value={rowValue(state, urlField, index)}
            type="url"
            label={t('practices.form.evidenceUrl')}
          />
          <TextField
            {...common}
            name={`evidence-${index}-year`}
            inputName={yearField}
            value={rowValue(state, yearField, index)}
            inputMode="numeric"
            label={t('practices.form.evidenceYear')}
          />
          <input type="hidden" name={summaryField} value={rowValue(state, summaryField, index)} />
        </>
      )}
    />
  );
}

/** Links as rows: what the link says, and its web address. */
function LinkRows({ ctx, state }: Pick<TPracticeFormProps, 'ctx' | 'state'>) {
  const { t } = ctx;
  const common = { ctx, form, state };
  const [labelField, urlField] = linkParts;
  return (
    <RepeatableRows
      {...common}
      name="links"
      legend={t('practices.form.links')}
      rowLegend={(n) => t('practices.form.linkRow', { n })}
      addLabel={t('practices.form.addLink')}
      parts={linkParts}
      row={(index) => (
        <>
          <TextField
            {...common}
            name={`links-${index}-label`}
            inputName={labelField}
            value={rowValue(state, labelField, index)}
            label={t('practices.form.linkLabel')}
            maxLength={300}
          />
          <TextField
            {...common}
            name={`links-${index}-url`}
            inputName={urlField}
            value={rowValue(state, urlField, index)}
            type="url"
            label={t('practices.form.linkUrl')}
          />
        </>
      )}
    />
  );
}

/** Places where residence is required, one a row. */
function ResidenceRows({ ctx, state }: Pick<TPracticeFormProps, 'ctx' | 'state'>) {
  const { t } = ctx;
  const common = { ctx, form, state };
  const [placeField] = residenceParts;
  return (
    <RepeatableRows
      {...common}
      name="residencePlaces"
      legend={t('practices.form.residence')}
      hint={t('practices.form.residenceRowsHint')}
      rowLegend={(n) => t('practices.form.residenceRow', { n })}
      addLabel={t('practices.form.addResidence')}
      parts={residenceParts}
      row={(index) => (
        <TextField
          {...common}
          name={`residencePlaces-${index}-place`}
          inputName={placeField}
          value={rowValue(state, placeField, index)}
          label={t('practices.form.residencePlace')}
          maxLength={300}
        />
      )}
    />
  );
}

/** Writing or editing a practice: one page, grouped in fieldsets, every hint translated. */
export function PracticeFormPage({
  ctx,
  state,
  slug,
  title,
  members,
  placeCandidates = null,
}: TPracticeFormProps) {
  const { t, locale } = ctx;
  const action = slug ? ctx.href(`/practices/${encodeURIComponent(slug)}`) : ctx.href('/practices');
  const common = { ctx, form, state };
  const conceptOptions = (scheme: TPracticeScheme) =>
    conceptIdsOf(scheme).map((id) => ({ value: id, label: labelOfConcept(id, locale) }));
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form method="post" action={action} class="stack wide" novalidate>
        <CsrfField ctx={ctx} />
        {slug ? <input type="hidden" name="version" value={String(state.values.version ?? '')} /> : null}
        <Fieldset legend={t('practices.form.about')}>
          <SelectField
            {...common}
            name="kind"
            label={t('practices.form.kind')}
            placeholder={t('practices.form.choose')}
            options={practiceKinds.map((k) => ({ value: k, label: t(`practices.kind.${k}`) }))}
          />
          <SelectField
            {...common}
            name="language"
            label={t('practices.form.language')}
            hint={t('practices.form.languageHint')}
            options={contentLanguages.map((l) => ({ value: l, label: languageName(locale, l) }))}
          />
          <TextField {...common} name="title" label={t('practices.form.title')} isRequired maxLength={300} />
          <TextAreaField
            {...common}
            name="summary"
            label={t('practices.form.summary')}
            rows={3}
            maxLength={2000}
          />
          <TextAreaField
            {...common}
            name="body"
            label={t('practices.form.body')}
            hint={t('practices.form.bodyHint')}
            rows={12}
            maxLength={50000}
          />
        </Fieldset>
        <Fieldset legend={t('practices.form.where')}>
          <ChoiceList
            {...common}
            name="countries"
            label={t('practices.form.countries')}
            hint={t('practices.form.countriesHint')}
            groups={countryChoiceGroups(locale)}
          />
          <PlacePicker
            {...common}
            name="cities"
            label={t('practices.form.cities')}
            hint={t('practices.form.citiesHint')}
            candidates={placeCandidates}
            searchUrl={ctx.href('/places/find')}
          />
          <SelectField
            {...common}
            name="scope"
            label={t('practices.form.scope')}
            placeholder={t('practices.form.choose')}
            options={practiceScopes.map((s) => ({ value: s, label: t(`practices.scope.${s}`) }))}
          />
          <TextField
            {...common}
            name="startDate"
            label={t('practices.form.startDate')}
            hint={t('practices.form.dateHint')}
          />
          <TextField
            {...common}
            name="endDate"
            label={t('practices.form.endDate')}
            hint={t('practices.form.dateHint')}
          />
          <CheckboxGroup
            {...common}
            name="isOngoing"
            label={t('practices.form.ongoingLegend')}
            options={[{ value: 'on', label: t('practices.form.ongoing') }]}
          />
        </Fieldset>
        <Fieldset legend={t('practices.form.who')}>
          <ImplementerRows ctx={ctx} state={state} members={members} />
          <ChoiceList
            {...common}
            name="populations"
            label={t('practices.form.populations')}
            options={conceptChoices('population', locale)}
          />
          <TextAreaField
            {...common}
            name="beneficiaries"
            label={t('practices.form.beneficiaries')}
            rows={3}
          />
          <ResidenceRows ctx={ctx} state={state} />
          <CheckboxGroup
            {...common}
            name="employment"
            label={t('practices.form.employment')}
            options={employmentStatuses.map((s) => ({ value: s, label: t(`practices.employment.${s}`) }))}
          />
          <CheckboxGroup
            {...common}
            name="caringFor"
            label={t('practices.form.caringFor')}
            options={dependantKinds.map((d) => ({ value: d, label: t(`practices.dependant.${d}`) }))}
          />
          <TextAreaField
            {...common}
            name="eligibilityOther"
            label={t('practices.form.eligibilityOther')}
            rows={2}
          />
        </Fieldset>
        <Fieldset legend={t('practices.form.topics')}>
          <ChoiceList
            {...common}
            name="themes"
            label={t('practices.form.themes')}
            options={conceptChoices('theme', locale)}
          />
          <CheckboxGroup
            {...common}
            name="fiveR"
            label={t('practices.form.fiveR')}
            options={conceptOptions('five_r')}
          />
          <CheckboxGroup
            {...common}
            name="sdgTargets"
            label={t('practices.form.sdgTargets')}
            options={conceptOptions('sdg_target')}
          />
        </Fieldset>
        <Fieldset legend={t('practices.form.evidenceLegend')}>
          <EvidenceRows ctx={ctx} state={state} />
          <LinkRows ctx={ctx} state={state} />
          <TextField {...common} name="contactName" label={t('practices.form.contactName')} />
          <TextField {...common} name="contactEmail" type="email" label={t('practices.form.contactEmail')} />
          <TextField {...common} name="contactPhone" label={t('practices.form.contactPhone')} />
          <TextField {...common} name="contactUrl" label={t('practices.form.contactUrl')} />
          <TextField
            {...common}
            name="contactAddress"
            label={t('practices.form.contactAddress')}
            hint={t('practices.form.contactAddressHint')}
            autocomplete="street-address"
          />
        </Fieldset>
        <TextField
          {...common}
          name="note"
          label={t('practices.form.note')}
          hint={t('practices.form.noteHint')}
        />
        <button type="submit">{slug ? t('practices.form.save') : t('practices.form.create')}</button>
      </form>
    </Layout>
  );
}
