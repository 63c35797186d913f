import { languageName } from '../../../i18n/names.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TRoundName } from '../round-names.service.ts';

/**
 * A reporting round's name in the reader's language, or its original with the original's language
 * said beside it ("Annual progress report (in English)"), so a missing translation is visible.
 */
export function RoundNameText({ ctx, name }: { ctx: TViewContext; name: TRoundName }) {
  return (
    <>
      <span lang={name.language} dir="auto">
        {name.text}
      </span>
      {name.isFallback ? (
        <>
          {' '}
          <span class="hint">
            {ctx.t('commitments.rounds.nameFallback', { language: languageName(ctx.locale, name.language) })}
          </span>
        </>
      ) : null}
    </>
  );
}
