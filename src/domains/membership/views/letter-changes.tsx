import { diffWords } from '../../../platform/word-diff.ts';
import { Prose } from '../../../ui/components/prose.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/**
 * What changed in the motivation letter since the secretariat last read it (issue 16, item 8): a word
 * diff against the latest kept version (added words in <ins>, removed in <del>, each announced to
 * screen readers), then every earlier version behind a disclosure. Text only, escaped as it renders.
 */
export function LetterChanges({
  ctx,
  current,
  language,
  versions,
}: {
  ctx: TViewContext;
  current: string;
  language: string;
  versions: readonly { id: string; letterText: string; keptAt: string }[];
}) {
  const { t, i18n } = ctx;
  const latest = versions[versions.length - 1];
  if (!latest) return null;
  const changes = diffWords(latest.letterText, current);
  return (
    <section aria-labelledby="letter-changes-title">
      <h2 id="letter-changes-title">{t('membership.review.letterChangesTitle')}</h2>
      <p class="hint">
        {t('membership.review.letterChangesLead', { date: i18n.formatDateTime(latest.keptAt) })}
      </p>
      <div class="letter-diff" dir="auto" lang={language}>
        {changes.map((c) =>
          c.kind === 'same' ? (
            c.text
          ) : c.kind === 'added' ? (
            <ins>
              <span class="visually-hidden">{t('membership.review.wordAdded')} </span>
              {c.text}
            </ins>
          ) : (
            <del>
              <span class="visually-hidden">{t('membership.review.wordRemoved')} </span>
              {c.text}
            </del>
          ),
        )}
      </div>
      <details>
        <summary>{t('membership.review.letterVersionsTitle', { count: versions.length })}</summary>
        {[...versions].reverse().map((v) => (
          <section aria-labelledby={`letter-version-${v.id}`}>
            <h3 id={`letter-version-${v.id}`}>
              {t('membership.review.letterVersionKept', { date: i18n.formatDateTime(v.keptAt) })}
            </h3>
            <Prose text={v.letterText} lang={language} class="letter" />
          </section>
        ))}
      </details>
    </section>
  );
}
