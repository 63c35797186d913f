import { locales } from '../../../i18n/locales.ts';
import { ButtonForm } from '../../../ui/components/button-form.tsx';
import { CheckboxGroup } from '../../../ui/components/checkbox-group.tsx';
import { ChoiceList } from '../../../ui/components/choice-list.tsx';
import { conceptChoices } from '../../../ui/components/choice-options.ts';
import { ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { RowFields } from '../../../ui/components/row-fields.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { addresseeKinds, recommendationVerbs } from '../event-vocabulary.ts';
import type { TEvent } from '../events.record.ts';
import { OrganiserPage } from './organiser-page.tsx';
import type { TAxisGroup } from './outcome-page.tsx';

type TBinding = { ctx: TViewContext; form: string; state: TFormState };

/** The outcome form's words (`events.outcome.*`) by key. */
const outcomeWords = (ctx: TViewContext) => (key: string) => ctx.t(`events.outcome.${key}`);

/** Recordings or documents as rows: a title and its web address. */
function LinkRows({ binding, kind }: { binding: TBinding; kind: 'recording' | 'document' }) {
  const { t } = binding.ctx;
  const name = kind === 'recording' ? 'recordings' : 'documents';
  return (
    <RowFields
      {...binding}
      name={name}
      legend={t(`events.outcome.${name}`)}
      rowLegend={(n) => t(`events.outcome.${kind}Row`, { n })}
      addLabel={t(kind === 'recording' ? 'events.outcome.addRecording' : 'events.outcome.addDocument')}
      labels={outcomeWords(binding.ctx)}
      parts={[
        { text: `${kind}Title`, id: 'title', label: 'linkTitle' },
        { text: `${kind}Url`, id: 'url', label: 'linkUrl', type: 'url' },
      ]}
    />
  );
}

/** Organisers write the outcome (summary, axes, recordings, documents) and add recommendations one by one. */
export function OutcomeFormPage({
  ctx,
  event,
  groups,
  outcomeState,
  recommendationState,
}: {
  ctx: TViewContext;
  event: TEvent;
  groups: TAxisGroup[];
  outcomeState: TFormState;
  recommendationState: TFormState;
}) {
  const { t, locale } = ctx;
  const base = `/events/${encodeURIComponent(event.slug)}/outcome`;
  const axes = event.outcome?.axes ?? [];
  const outcome = { ctx, form: 'outcome', state: outcomeState };
  const recommendation = { ctx, form: 'recommendation', state: recommendationState };
  return (
    <OrganiserPage ctx={ctx} event={event} title={t('events.outcome.editTitle')} backPath={base}>
      <form method="post" action={ctx.href(`${base}/edit`)} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <ErrorSummary ctx={ctx} form="outcome" state={outcomeState} />
        <TextAreaField {...outcome} name="summary" label={t('events.outcome.summary')} rows={6} />
        <RowFields
          {...outcome}
          name="axes"
          legend={t('events.outcome.axes')}
          hint={t('events.outcome.axesRowsHint')}
          rowLegend={(n) => t('events.outcome.axisRow', { n })}
          addLabel={t('events.outcome.addAxis')}
          labels={outcomeWords(ctx)}
          parts={[{ text: 'axis', id: 'title', label: 'axisTitle' }]}
        />
        <LinkRows binding={outcome} kind="recording" />
        <LinkRows binding={outcome} kind="document" />
        <button type="submit">{t('events.outcome.saveOutcome')}</button>
      </form>

      <h2>{t('events.outcome.recommendations')}</h2>
      {groups.map((group) =>
        group.recommendations.length === 0 ? null : (
          <section aria-labelledby={`edit-axis-${group.number}`}>
            <h3 id={`edit-axis-${group.number}`}>
              {group.title
                ? t('events.outcome.axis', { number: group.number, title: group.title })
                : t('events.outcome.general')}
            </h3>
            <ol>
              {group.recommendations.map((r) => (
                <li>
                  <span class="verb">{t(`events.verb.${r.verb}`)}</span>{' '}
                  <span lang={r.language}>{r.text}</span>
                  <ButtonForm
                    ctx={ctx}
                    action={ctx.href(`${base}/recommendations/${r.id}/delete`)}
                    buttonClass="link"
                  >
                    {t('events.outcome.remove')}
                  </ButtonForm>
                </li>
              ))}
            </ol>
          </section>
        ),
      )}
      <h3>{t('events.outcome.addRecommendation')}</h3>
      <form method="post" action={ctx.href(`${base}/recommendations`)} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <ErrorSummary ctx={ctx} form="recommendation" state={recommendationState} />
        <SelectField
          {...recommendation}
          name="axis"
          label={t('events.outcome.axisField')}
          placeholder={t('events.form.choose')}
          options={(axes.length > 0 ? axes : [t('events.outcome.general')]).map((title, i) => ({
            value: String(i + 1),
            label: `${i + 1}. ${title}`,
          }))}
        />
        <SelectField
          {...recommendation}
          name="verb"
          label={t('events.outcome.verbField')}
          placeholder={t('events.form.choose')}
          options={recommendationVerbs.map((v) => ({ value: v, label: t(`events.verb.${v}`) }))}
        />
        <TextAreaField
          {...recommendation}
          name="text"
          label={t('events.outcome.textField')}
          rows={4}
          isRequired
        />
        <SelectField
          {...recommendation}
          name="language"
          label={t('events.field.language')}
          placeholder={t('events.form.choose')}
          options={locales.map((l) => ({ value: l.tag, label: l.endonym }))}
        />
        <ChoiceList
          {...recommendation}
          name="themes"
          label={t('events.field.themes')}
          options={conceptChoices('theme', locale)}
        />
        <CheckboxGroup
          {...recommendation}
          name="addressees"
          label={t('events.outcome.addresseesField')}
          options={addresseeKinds.map((k) => ({ value: k, label: t(`events.addressee.${k}`) }))}
        />
        <RowFields
          {...recommendation}
          name="addresseeOthers"
          legend={t('events.outcome.addresseeOthers')}
          hint={t('events.outcome.addresseeOthersHint')}
          rowLegend={(n) => t('events.outcome.addresseeOtherRow', { n })}
          addLabel={t('events.outcome.addAddressee')}
          labels={outcomeWords(ctx)}
          parts={[{ text: 'addresseeOther', id: 'name', maxLength: 200 }]}
        />
        <button type="submit">{t('events.outcome.add')}</button>
      </form>
    </OrganiserPage>
  );
}
