import { ZoneFilter } from '../../../ui/components/select-field.tsx';
import { timeZoneChoices } from '../../../ui/components/time-zone-choices.ts';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TReaderZone } from '../reader-zone.ts';

/** Choosing the zone event times are shown in (kept in a cookie); "automatic" lets the browser say. */
export function TimeZonePage({
  ctx,
  current,
  back,
  error,
  now,
}: {
  ctx: TViewContext;
  current: TReaderZone | null;
  back: string;
  error: string | null;
  /** The instant the zones' UTC offsets are shown at (the clock's now). */
  now: number;
}) {
  const { t } = ctx;
  const chosen = current?.isChosen ? current.zone : '';
  return (
    <Layout ctx={ctx} title={t('events.zone.title')} isPrivate>
      <h1>{t('events.zone.title')}</h1>
      <p class="lead">{t('events.zone.lead')}</p>
      {current ? (
        <p>
          {current.isChosen
            ? t('events.zone.currentChosen', { zone: current.zone })
            : t('events.zone.currentAuto', { zone: current.zone })}
        </p>
      ) : null}
      <form novalidate method="post" action={ctx.href('/time-zone')} class="stack">
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="back" value={back} />
        <div class="field">
          <label for="zone-select">{t('events.zone.label')}</label>
          <ZoneFilter ctx={ctx} controls="zone-select" />
          {error ? (
            <p class="field-error" id="zone-select-error">
              {t(error)}
            </p>
          ) : null}
          <select
            id="zone-select"
            name="zone"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'zone-select-error' : undefined}
          >
            <option value="">{t('events.zone.automatic')}</option>
            {timeZoneChoices(ctx, now).map((group) => (
              <optgroup label={group.label}>
                {group.options.map((o) => (
                  <option value={o.value} selected={o.value === chosen} data-terms={o.terms}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit">{t('events.zone.save')}</button>
      </form>
    </Layout>
  );
}
