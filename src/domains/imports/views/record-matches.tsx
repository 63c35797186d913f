import type { TFormState } from '../../../ui/components/form-field.tsx';
import { formValue } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { recordPath } from '../../search/index.ts';
import type { TRecordMatch } from '../import-matches.ts';

/**
 * Records already in the hub that the document may describe, each with why it looks the same, and
 * the curator's choice: update one of them (a practice, an event or a news item: ADR 0076, 0082),
 * attach a conference outcome to an event (its axes and recommendations join the event's outcome),
 * or make a new record anyway. Shown inside the
 * review form; nothing is chosen for the curator, and "create the draft" asks until one is.
 */
export function RecordMatches({
  ctx,
  matches,
  state,
  isOpen,
  kind,
}: {
  ctx: TViewContext;
  matches: readonly TRecordMatch[];
  state: TFormState;
  isOpen: boolean;
  /** The kind the document is read as: a conference outcome is attached to an event, not written over it. */
  kind: string;
}) {
  const { t } = ctx;
  if (matches.length === 0) return null;
  const chosen = formValue(state.values, 'target');
  const error = state.errors.target;
  const reasons = (m: TRecordMatch) =>
    new Intl.ListFormat(ctx.locale, { type: 'conjunction' }).format(
      m.reasons.map((r) => t(`imports.match.reason.${r}`)),
    );
  return (
    <fieldset class="notice warning" aria-describedby={error ? 'target-error' : undefined}>
      <legend>{t('imports.match.title')}</legend>
      <p class="hint">{t('imports.match.hint')}</p>
      {kind === 'outcome' && matches.some((m) => m.recordType === 'event') ? (
        <p class="hint">{t('imports.match.outcomeHint')}</p>
      ) : null}
      {error ? (
        <p class="field-error" id="target-error">
          {t(error)}
        </p>
      ) : null}
      <ul class="choices">
        {matches.map((m) => {
          const value = `${m.recordType}:${m.slug}`;
          const link = (
            <a href={ctx.href(recordPath(m.recordType, m.slug))} lang={m.language} dir="auto">
              {m.title}
            </a>
          );
          return (
            <li>
              <label>
                <input
                  type="radio"
                  name="target"
                  value={value}
                  checked={chosen === value}
                  disabled={!isOpen}
                />{' '}
                {t(
                  kind === 'outcome' && m.recordType === 'event'
                    ? 'imports.match.attachOutcome'
                    : 'imports.match.update',
                )}{' '}
                {link}
              </label>
              <span class="meta"> · {t('imports.match.because', { reasons: reasons(m) })}</span>
            </li>
          );
        })}
        <li>
          <label>
            <input type="radio" name="target" value="new" checked={chosen === 'new'} disabled={!isOpen} />{' '}
            {t('imports.match.createNew')}
          </label>
        </li>
      </ul>
    </fieldset>
  );
}
