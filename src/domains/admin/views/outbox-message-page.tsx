import type { Child } from 'hono/jsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TOutboxMessageView } from '../outbox.service.ts';
import { AdminBackLink } from './admin-index-page.tsx';
import { outboxStatusLabel } from './outbox-page.tsx';

/**
 * One message as it was (or will be) sent; links to this hub in the text are clickable. The body of
 * a message with a one-time link for its recipient is withheld when mail is delivered, and shown
 * with a plain word of why when it is only kept here (docs/adr/0018).
 */
export function OutboxMessagePage({
  ctx,
  message,
  publicUrl,
}: {
  ctx: TViewContext;
  message: TOutboxMessageView;
  publicUrl: string;
}) {
  const { t, i18n } = ctx;
  return (
    <Layout ctx={ctx} title={message.subject} isPrivate>
      <AdminBackLink ctx={ctx} />
      <p>
        <a href={ctx.href('/admin/outbox')}>{t('admin.outbox.back')}</a>
      </p>
      <h1>{message.subject}</h1>
      <dl class="facts">
        <div>
          <dt>{t('admin.outbox.to')}</dt>
          <dd>{message.to}</dd>
        </div>
        <div>
          <dt>{t('admin.outbox.createdAt')}</dt>
          <dd>
            <time datetime={message.createdAt}>{i18n.formatDateTime(message.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('admin.outbox.status')}</dt>
          <dd>{outboxStatusLabel(ctx, message.status)}</dd>
        </div>
        {message.sentAt ? (
          <div>
            <dt>{t('admin.outbox.sentAt')}</dt>
            <dd>
              <time datetime={message.sentAt}>{i18n.formatDateTime(message.sentAt)}</time>
            </dd>
          </div>
        ) : null}
        {message.lastError ? (
          <div>
            <dt>{t('admin.outbox.lastError')}</dt>
            <dd>{t('admin.outbox.attempts', { count: message.attempts, error: message.lastError })}</dd>
          </div>
        ) : null}
      </dl>
      <h2>{t('admin.outbox.body')}</h2>
      {message.body.state === 'shownLocally' ? (
        <p class="notice warning">{t('admin.outbox.secretShownLocally')}</p>
      ) : null}
      {message.body.state === 'withheld' ? (
        <p class="notice warning">{t('admin.outbox.bodyWithheld')}</p>
      ) : (
        <div class="pre" dir="auto">
          {linkify(message.body.text, publicUrl)}
        </div>
      )}
    </Layout>
  );
}

/** Text with this hub's own links made clickable; everything else stays plain (and escaped). */
function linkify(text: string, publicUrl: string): Child[] {
  const parts: Child[] = [];
  const pattern = /https?:\/\/[^\s<>"']+/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const url = match[0];
    const index = match.index ?? 0;
    if (!url.startsWith(`${publicUrl}/`)) continue;
    parts.push(text.slice(last, index));
    parts.push(<a href={url}>{url}</a>);
    last = index + url.length;
  }
  parts.push(text.slice(last));
  return parts;
}
