import { renderMarkdown } from '../../../platform/markdown.ts';
import { Tx } from '../../../ui/components/bidi.tsx';
import { ErrorSummary, type TFormState } from '../../../ui/components/form-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCommitmentChoice } from '../../commitments/index.ts';
import type { TIntroduction, TMessage, TPerson } from '../connections.record.ts';
import { subjectPath } from '../introduction-subjects.ts';
import { outcomeKinds, type TOutcome } from '../introductions.service.ts';

/** One introduction, for its two parties: the request, the answer, then contacts and the conversation. */
export function IntroductionPage(props: {
  ctx: TViewContext;
  intro: TIntroduction;
  state: string;
  messages: TMessage[];
  contacts: TPerson[];
  outcomes: TOutcome[];
  /** The recorder's organisation's published commitments, for a "new commitment" outcome. */
  commitmentChoices: TCommitmentChoice[];
  canAnswer: boolean;
  canMessage: boolean;
  canRecord: boolean;
  replyState: TFormState;
}) {
  const { ctx, intro } = props;
  const { t } = ctx;
  const path = `/workspace/connections/introductions/${intro.id}`;
  const title = t('connections.thread.title', { a: intro.requester.name, b: intro.receiver.name });
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <h1 dir="auto">
        <bdi>{intro.requester.name}</bdi> → <bdi>{intro.receiver.name}</bdi>
      </h1>
      <p>
        {t('connections.thread.about')}{' '}
        <a href={ctx.href(subjectPath(intro.subjectType, intro.subjectId))} dir="auto">
          {intro.subjectTitle}
        </a>{' '}
        ({t(`connections.kind.${intro.subjectType}`)})
      </p>
      <p class="badge" role="status">
        {t(`connections.thread.state.${props.state}`)}
      </p>
      <section aria-labelledby="request-title">
        <h2 id="request-title">{t('connections.thread.request')}</h2>
        <p class="hint">
          <time datetime={intro.createdAt}>{ctx.i18n.formatDate(intro.createdAt, 'long')}</time>
        </p>
        <div class="prose" dir="auto" dangerouslySetInnerHTML={{ __html: renderMarkdown(intro.message) }} />
      </section>
      {props.canAnswer ? (
        <form novalidate method="post" action={ctx.href(`${path}/answer`)} class="actions">
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(intro.version)} />
          <button type="submit" name="decision" value="accepted">
            {t('connections.thread.accept')}
          </button>{' '}
          <button type="submit" name="decision" value="declined" class="secondary">
            {t('connections.thread.decline')}
          </button>
        </form>
      ) : null}
      {props.contacts.length > 0 ? (
        <section aria-labelledby="contacts-title">
          <h2 id="contacts-title">{t('connections.thread.contacts')}</h2>
          <ul>
            {props.contacts.map((person) => (
              <li>
                <Tx
                  ctx={ctx}
                  k="connections.thread.contactLine"
                  nodes={{
                    name: <bdi>{person.name}</bdi>,
                    email: (
                      <a href={`mailto:${person.email}`} dir="ltr">
                        {person.email}
                      </a>
                    ),
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {intro.status === 'accepted' ? (
        <section aria-labelledby="conversation-title" class="stack">
          <h2 id="conversation-title">{t('connections.thread.conversation')}</h2>
          {props.messages.length === 0 ? <p>{t('connections.thread.noMessages')}</p> : null}
          <ol class="conversation">
            {props.messages.map((m) => (
              <li>
                <p class="hint">
                  <bdi>{m.authorName}</bdi> (
                  {m.organizationId === intro.requester.id ? (
                    <bdi>{intro.requester.name}</bdi>
                  ) : (
                    <bdi>{intro.receiver.name}</bdi>
                  )}
                  ) · <time datetime={m.createdAt}>{ctx.i18n.formatDateTime(m.createdAt)}</time>
                </p>
                <div class="prose" dir="auto" dangerouslySetInnerHTML={{ __html: renderMarkdown(m.body) }} />
              </li>
            ))}
          </ol>
          {props.canMessage ? (
            <form method="post" action={ctx.href(`${path}/messages`)} class="stack" novalidate>
              <input type="hidden" name="_csrf" value={ctx.csrfToken} />
              <ErrorSummary ctx={ctx} form="reply" state={props.replyState} />
              <TextAreaField
                ctx={ctx}
                form="reply"
                state={props.replyState}
                name="body"
                label={t('connections.thread.reply')}
                rows={5}
                isRequired
              />
              <p>
                <button type="submit">{t('connections.thread.send')}</button>
              </p>
            </form>
          ) : null}
        </section>
      ) : null}
      {props.canRecord ? (
        <section aria-labelledby="outcome-title" class="stack">
          <h2 id="outcome-title">{t('connections.outcome.title')}</h2>
          {props.outcomes.length > 0 ? (
            <ul>
              {props.outcomes.map((outcome) => (
                <li>
                  {outcome.commitment ? (
                    <Tx
                      ctx={ctx}
                      k="connections.outcome.withCommitment"
                      values={{ kind: t(`connections.outcome.kind.${outcome.kind}`) }}
                      nodes={{
                        commitment: (
                          <a
                            href={ctx.href(`/commitments/${encodeURIComponent(outcome.commitment.slug)}`)}
                            lang={outcome.commitment.language}
                            dir="auto"
                          >
                            {outcome.commitment.title}
                          </a>
                        ),
                      }}
                    />
                  ) : (
                    t(`connections.outcome.kind.${outcome.kind}`)
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          <form novalidate method="post" action={ctx.href(`${path}/outcomes`)} class="stack">
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            <fieldset>
              <legend>{t('connections.outcome.legend')}</legend>
              {outcomeKinds.map((kind, index) => (
                <p>
                  <input type="radio" id={`outcome-${kind}`} name="kind" value={kind} checked={index === 0} />{' '}
                  <label for={`outcome-${kind}`}>{t(`connections.outcome.kind.${kind}`)}</label>
                </p>
              ))}
            </fieldset>
            {props.commitmentChoices.length > 0 ? (
              <p>
                <label for="outcome-commitment">{t('connections.outcome.commitment')}</label>
                <br />
                <select
                  id="outcome-commitment"
                  name="commitmentId"
                  aria-describedby="outcome-commitment-hint"
                >
                  <option value="">{t('connections.outcome.noCommitment')}</option>
                  {props.commitmentChoices.map((c) => (
                    <option value={c.id} lang={c.language}>
                      {c.title}
                    </option>
                  ))}
                </select>
                <br />
                <span class="hint" id="outcome-commitment-hint">
                  {t('connections.outcome.commitmentHint')}
                </span>
              </p>
            ) : (
              <p class="hint">{t('connections.outcome.publishCommitmentFirst')}</p>
            )}
            <p>
              <button type="submit">{t('connections.outcome.record')}</button>
            </p>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
