import { Tx } from '../../../ui/components/bidi.tsx';
import { Prose } from '../../../ui/components/prose.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TDeliverable, TEvidenceFile, TReport } from '../commitments.record.ts';
import type { TRoundName } from '../round-names.service.ts';
import { OutsideLinks, ProgressBadge } from './commitment-bits.tsx';
import { RoundNameText } from './round-name.tsx';

/** Every progress report, newest first: when, by whom, in which round, and per deliverable. */
export function ReportTimeline({
  ctx,
  reports,
  roundNames,
  deliverables,
  files,
  base,
}: {
  ctx: TViewContext;
  reports: readonly TReport[];
  /** Round names in the reader's language (or their originals, marked), by round id. */
  roundNames: ReadonlyMap<string, TRoundName>;
  deliverables: readonly TDeliverable[];
  /** Evidence files by report id. */
  files: ReadonlyMap<string, readonly TEvidenceFile[]>;
  /** The commitment's path, under which its files are downloaded. */
  base: string;
}) {
  const { t, i18n } = ctx;
  const titleOf = new Map(deliverables.map((d) => [d.id, d.title]));
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('commitments.timeline.title')}</h2>
      {reports.length === 0 ? (
        <p>{t('commitments.timeline.empty')}</p>
      ) : (
        <ol class="timeline">
          {reports.map((r) => (
            <li>
              <h3>
                <time datetime={r.reportedAt}>{i18n.formatDate(r.reportedAt, 'long')}</time>
                {r.isFinal ? ` · ${t('commitments.timeline.final')}` : ''}
              </h3>
              <p class="meta">
                <ProgressBadge ctx={ctx} status={r.status} percent={r.percent} />
                {r.roundId && r.roundTitle ? (
                  <span>
                    <Tx
                      ctx={ctx}
                      k="commitments.timeline.round"
                      nodes={{
                        round: (
                          <bdi>
                            <RoundNameText
                              ctx={ctx}
                              name={
                                roundNames.get(r.roundId) ?? {
                                  // A round no longer found: its name's language is unknown (lang="").
                                  text: r.roundTitle,
                                  language: '',
                                  isFallback: false,
                                }
                              }
                            />
                          </bdi>
                        ),
                      }}
                    />
                  </span>
                ) : null}
                {r.organizationName ? <span dir="auto">{r.organizationName}</span> : null}
                {r.reporterName ? (
                  <span dir="auto">{t('commitments.timeline.by', { name: r.reporterName })}</span>
                ) : (
                  // Every report is made by a person; one whose account is gone is "a former member".
                  <span>{t('commitments.timeline.byFormerMember')}</span>
                )}
              </p>
              {r.narrative ? <Prose text={r.narrative} /> : null}
              <ul>
                {r.items.map((item) => (
                  <li>
                    <strong dir="auto">{titleOf.get(item.deliverableId) ?? ''}</strong>{' '}
                    <ProgressBadge ctx={ctx} status={item.status} percent={item.percent} />
                    {item.narrative ? <span dir="auto"> {item.narrative}</span> : null}
                    <OutsideLinks urls={item.evidence} />
                  </li>
                ))}
              </ul>
              {(files.get(r.id) ?? []).length > 0 ? (
                <>
                  <h4>{t('commitments.timeline.files')}</h4>
                  <ul class="evidence-files">
                    {(files.get(r.id) ?? []).map((f) => (
                      <li>
                        <a href={`${base}/files/${f.uploadId}`} download dir="auto">
                          {f.name}
                        </a>{' '}
                        <span class="hint">
                          {t('commitments.timeline.fileSize', {
                            size: Math.max(1, Math.round(f.byteSize / 1024)),
                          })}
                        </span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
