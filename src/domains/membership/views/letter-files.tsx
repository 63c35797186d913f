import { formatFileSize } from '../../../i18n/file-size.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TLetterFileVersion, TUploadRecord } from '../membership.record.ts';

/**
 * The letter's files over time (issue 16, item 8; docs/adr/0098): the file the application carries now,
 * then every earlier one, newest first, each with its name, type and size, when it was sent and what
 * became of it (replaced by a newer file, or removed), and a download. Nothing when the letter never
 * had an earlier file. `hrefOf` gives an earlier file's address on the reader's side (the secretariat's
 * or the applicant's secret link).
 */
export function LetterFiles({
  ctx,
  current,
  versions,
  hrefOf,
}: {
  ctx: TViewContext;
  current: TUploadRecord | null;
  versions: readonly TLetterFileVersion[];
  hrefOf: (uploadId: string) => string;
}) {
  const { t, i18n } = ctx;
  if (versions.length === 0) return null;
  const facts = (file: TUploadRecord) =>
    t('membership.letterFiles.facts', {
      type: t(`membership.letterFiles.type.${typeOf(file.contentType)}`),
      size: formatFileSize(i18n.formatNumber, file.byteSize),
    });
  return (
    <section aria-labelledby="letter-files-title">
      <h2 id="letter-files-title">{t('membership.letterFiles.title', { count: versions.length })}</h2>
      <ol class="letter-files" reversed>
        {[...versions].reverse().map((v) => (
          <li>
            <a href={hrefOf(v.id)} download>
              <bdi>{v.originalName}</bdi>
            </a>{' '}
            <span class="hint">{facts(v)}</span>
            <br />
            {t(`membership.letterFiles.change.${v.change}`, {
              sent: i18n.formatDateTime(v.createdAt),
              changed: i18n.formatDateTime(v.keptAt),
            })}
          </li>
        ))}
      </ol>
      <p class="hint">
        {current ? (
          <>
            {t('membership.letterFiles.current', { sent: i18n.formatDateTime(current.createdAt) })}{' '}
            <bdi>{current.originalName}</bdi>
          </>
        ) : (
          t('membership.letterFiles.none')
        )}
      </p>
    </section>
  );
}

const types: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/webp': 'image',
};

function typeOf(contentType: string): string {
  return types[contentType] ?? 'other';
}
