import type { Child } from 'hono/jsx';
import { FactList } from '../../../ui/components/fact-list.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TOutboxMessageView } from '../outbox.service.ts';
import { AdminPage, DateTimeText } from './admin-page.tsx';
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
  const { t } = ctx;
  return (
    <AdminPage
      ctx={ctx}
      title={message.subject}
      list={{ path: '/admin/outbox', back: t('admin.outbox.back') }}
    >
      <FactList
        facts={[
          { label: t('admin.outbox.to'), value: message.to },
          { label: t('admin.outbox.createdAt'), value: <DateTimeText ctx={ctx} at={message.createdAt} /> },
          { label: t('admin.outbox.status'), value: outboxStatusLabel(ctx, message.status) },
          message.sentAt
            ? { label: t('admin.outbox.sentAt'), value: <DateTimeText ctx={ctx} at={message.sentAt} /> }
            : null,
          message.lastError
            ? {
                label: t('admin.outbox.lastError'),
                value: t('admin.outbox.attempts', { count: message.attempts, error: message.lastError }),
              }
            : null,
        ]}
      />
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
    </AdminPage>
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
