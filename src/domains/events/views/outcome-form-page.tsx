import { locales } from '../../../i18n/locales.ts';
import { ChoiceList } from '../../../ui/components/choice-list.tsx';
import { conceptChoices } from '../../../ui/components/choice-options.ts';
import { ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { eventText } from '../event-display.ts';
import { recommendationVerbs } from '../event-vocabulary.ts';
import type { TEvent } from '../events.repository.ts';
import type { TAxisGroup } from './outcome-page.tsx';

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
    <Layout ctx={ctx} title={t('events.outcome.editTitle')} isPrivate>
      <h1>{t('events.outcome.editTitle')}</h1>
      <p class="lead">
        <a href={ctx.href(base)}>{eventText(event, locale).title}</a>
      </p>
      <form method="post" action={ctx.href(`${base}/edit`)} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <ErrorSummary ctx={ctx} form="outcome" state={outcomeState} />
        <TextAreaField {...outcome} name="summary" label={t('events.outcome.summary')} rows={6} />
        <TextAreaField
          {...outcome}
          name="axes"
          label={t('events.outcome.axes')}
          hint={t('events.outcome.axesHint')}
          rows={5}
        />
        <TextAreaField
          {...outcome}
          name="recordings"
          label={t('events.outcome.recordings')}
          hint={t('events.outcome.linksHint')}
          rows={3}
        />
        <TextAreaField
          {...outcome}
          name="documents"
          label={t('events.outcome.documents')}
          hint={t('events.outcome.linksHint')}
          rows={3}
        />
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
                  <form
                    novalidate
                    method="post"
                    action={ctx.href(`${base}/recommendations/${r.id}/delete`)}
                    class="inline-form"
                  >
                    <input type="hidden" name="_csrf" value={ctx.csrfToken} />
                    <button type="submit" class="link">
                      {t('events.outcome.remove')}
                    </button>
                  </form>
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
        <TextField
          {...recommendation}
          name="addressees"
          label={t('events.outcome.addresseesField')}
          hint={t('events.outcome.addresseesHint')}
        />
        <button type="submit">{t('events.outcome.add')}</button>
      </form>
    </Layout>
  );
}
