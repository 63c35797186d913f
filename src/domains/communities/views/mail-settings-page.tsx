import { parseJson } from '../../../core/records.ts';
import {
  CsrfField,
  ErrorSummary,
  FieldMessages,
  fieldId,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { timeZoneChoices } from '../../../ui/components/time-zone-choices.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { mailFrequencies } from '../communities.record.ts';
import type { TMailSettingsView } from '../watching.service.ts';
import { communityPath, threadPath } from './community-bits.tsx';

/**
 * A person's community mail (/communities/mail): how it comes (at once, daily or weekly digest, or not
 * at all), the time zone their digest days follow, and what they watch, each with a button to stop it.
 */
export function MailSettingsPage({
  ctx,
  settings,
  state,
  now,
}: {
  ctx: TViewContext;
  settings: TMailSettingsView;
  state: TFormState;
  /** The instant whose UTC offsets label the time zones. */
  now: number;
}) {
  const { t } = ctx;
  const form = 'community-mail';
  const chosen = String(state.values.frequency ?? settings.frequency);
  const frequencyError = state.errors.frequency;
  const stop = (action: string) => (
    <form novalidate method="post" action={action} class="inline-form">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="watch" value="0" />
      <input type="hidden" name="back" value="mail" />
      <button type="submit">{t('communities.mailSettings.stop')}</button>
    </form>
  );
  return (
    <Layout ctx={ctx} title={t('communities.mailSettings.title')} isPrivate>
      <p>
        <a href={ctx.href('/communities')}>{t('communities.backToDirectory')}</a>
      </p>
      <h1>{t('communities.mailSettings.title')}</h1>
      <p class="lead">{t('communities.mailSettings.lead')}</p>
      <ErrorSummary ctx={ctx} form={form} state={state} />
      <form novalidate method="post" action={ctx.href('/communities/mail')}>
        <CsrfField ctx={ctx} />
        <fieldset
          id={fieldId(form, 'frequency')}
          aria-describedby={frequencyError ? `${fieldId(form, 'frequency')}-error` : undefined}
        >
          <legend>{t('communities.mailSettings.frequency')}</legend>
          <FieldMessages ctx={ctx} id={fieldId(form, 'frequency')} error={frequencyError} />
          {mailFrequencies.map((frequency) => (
            <div class="field checkbox">
              <input
                id={`${form}-frequency-${frequency}`}
                type="radio"
                name="frequency"
                value={frequency}
                checked={chosen === frequency}
              />
              <label for={`${form}-frequency-${frequency}`}>
                {t(`communities.mailSettings.frequencyName.${frequency}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <SelectField
          ctx={ctx}
          form={form}
          state={{ values: { timeZone: settings.timeZone ?? '', ...state.values }, errors: state.errors }}
          name="timeZone"
          label={t('communities.mailSettings.timeZone')}
          hint={t('communities.mailSettings.timeZoneHint')}
          placeholder={t('communities.mailSettings.timeZoneNone')}
          options={[]}
          groups={timeZoneChoices(ctx, now)}
          filterLabel={t('common.pickers.zoneFilter')}
        />
        <p>
          <button type="submit">{t('communities.mailSettings.save')}</button>
        </p>
      </form>
      <section aria-labelledby="watched-title">
        <h2 id="watched-title">{t('communities.mailSettings.watched')}</h2>
        {settings.watches.communities.length === 0 && settings.watches.threads.length === 0 ? (
          <p>{t('communities.mailSettings.nothingWatched')}</p>
        ) : (
          <ul class="plain">
            {settings.watches.communities.map((c) => {
              const name = parseJson<Record<string, { name?: string }>>(c.translations, {})[ctx.locale]?.name;
              return (
                <li>
                  {t('communities.mailSettings.communityItem')}{' '}
                  <a href={ctx.href(communityPath(c.slug))} lang={name ? ctx.locale : c.language} dir="auto">
                    {name ?? c.name}
                  </a>{' '}
                  {stop(ctx.href(`${communityPath(c.slug)}/watch`))}
                </li>
              );
            })}
            {settings.watches.threads.map((thread) => (
              <li>
                {t('communities.mailSettings.threadItem')}{' '}
                <a href={ctx.href(threadPath(thread.slug, thread.id))} lang={thread.language} dir="auto">
                  {thread.title}
                </a>{' '}
                {stop(ctx.href(`${threadPath(thread.slug, thread.id)}/watch`))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
