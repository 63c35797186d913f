import { directionOf } from '../../../i18n/names.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TPractice, TPracticeFile } from '../practice-record.ts';

/** Evidence of impact and evaluations, links, files and the contact for a practice. */
export function PracticeEvidence({
  ctx,
  practice,
  files,
  isContactShown = true,
}: {
  ctx: TViewContext;
  practice: TPractice;
  files: TPracticeFile[];
  /** False where the page's summary panel shows the contact. */
  isContactShown?: boolean;
}) {
  const { t } = ctx;
  const dir = directionOf(practice.language);
  const contact = practice.contact;
  const hasContact = isContactShown && !!(contact.name || contact.email || contact.phone || contact.url);
  return (
    <>
      {practice.evidence.length > 0 ? (
        <section aria-labelledby="evidence-title">
          <h2 id="evidence-title">{t('practices.evidence.title')}</h2>
          <ul>
            {practice.evidence.map((e) => (
              <li>
                <span class="badge">{t(`practices.evidenceKind.${e.kind}`)}</span>{' '}
                <span lang={practice.language} dir={dir}>
                  {e.url ? (
                    <a href={e.url} rel="nofollow noopener">
                      {e.title}
                    </a>
                  ) : (
                    e.title
                  )}
                </span>
                {e.year ? ` (${e.year})` : ''}
                {e.summary ? (
                  <p lang={practice.language} dir={dir}>
                    {e.summary}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {practice.links.length > 0 || files.length > 0 ? (
        <section aria-labelledby="links-title">
          <h2 id="links-title">{t('practices.links.title')}</h2>
          <ul>
            {practice.links.map((l) => (
              <li>
                {/* The list item keeps the page's direction, so its marker stays inside the list. */}
                <a href={l.url} rel="nofollow noopener" lang={practice.language} dir={dir}>
                  {l.label}
                </a>
              </li>
            ))}
            {files.map((f) => (
              <li>
                <a href={ctx.href(`/practices/${encodeURIComponent(practice.slug)}/files/${f.uploadId}`)}>
                  <bdi>{f.title}</bdi>
                </a>{' '}
                <span class="hint">
                  {t('practices.links.fileSize', { size: Math.ceil(f.byteSize / 1024) })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {hasContact ? (
        <section aria-labelledby="contact-title">
          <h2 id="contact-title">{t('practices.contact.title')}</h2>
          <p>
            {contact.name ? <span>{contact.name}</span> : null}
            {contact.email ? (
              <>
                {' · '}
                <a href={`mailto:${contact.email}`}>{contact.email}</a>
              </>
            ) : null}
            {contact.phone ? <> · {contact.phone}</> : null}
            {contact.url ? (
              <>
                {' · '}
                <a href={contact.url} rel="nofollow noopener">
                  {t('practices.contact.website')}
                </a>
              </>
            ) : null}
          </p>
        </section>
      ) : null}
    </>
  );
}
