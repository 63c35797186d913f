import type { CompiledQuery, Kysely, Transaction } from 'kysely';
import nodemailer, { type Transporter } from 'nodemailer';
import { addMinutes, type TClock } from './clock.ts';
import type { Database } from './db/schema.ts';
import { newId } from './ids.ts';
import type { TLogger } from './logger.ts';

export type TMailMessage = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Same key, same message: a second enqueue with it is ignored (retries never send twice). */
  dedupeKey?: string;
  /**
   * The body holds a one-time link for the recipient only (a password reset, an address confirmation,
   * an invitation, an event registration or application status link): the admin outbox withholds it
   * when mail is delivered (docs/adr/0018). Every sender of such a link says so.
   */
  carriesSecret?: boolean;
  /**
   * Extra headers, kept with the row and sent with it: a mailing-list message carries List-Unsubscribe
   * and List-Unsubscribe-Post (RFC 8058; see unsubscribeHeaders in core/mail-lists.ts), a notification
   * one can answer carries Reply-To. Only these names are accepted (docs/adr/0054).
   */
  headers?: TMailHeaders;
  /**
   * A condition checked again just before the message is sent (registered with `registerCheck`): a
   * notification about a private community's post is sent only if its reader is still a member then,
   * not only when it was queued. A failed check cancels the row (status 'cancelled'); an unknown check
   * name counts as failed (docs/adr/0055).
   */
  sendIf?: TSendIf;
};

export type TSendIf = { check: string; args: string[] };

/**
 * Answers whether a queued message may still go out; runs just before sending. It may also answer with
 * the message written again from what holds now (a digest without the posts its reader may no longer
 * read): that subject and text are sent, and kept on the row in place of the queued ones (a queued HTML
 * part is dropped then, as it would say the old thing).
 */
export type TMailCheck = (db: Kysely<Database>, args: readonly string[]) => Promise<boolean | TMailRewrite>;

/** A message as written again at send time (see TMailCheck). */
export type TMailRewrite = { subject: string; text: string };

/** The headers a message may add to the ones the dispatcher writes itself. */
export type TMailHeaders = {
  'List-Unsubscribe'?: string;
  'List-Unsubscribe-Post'?: 'List-Unsubscribe=One-Click';
  'Reply-To'?: string;
};

const headerNames = ['List-Unsubscribe', 'List-Unsubscribe-Post', 'Reply-To'] as const;

/**
 * The headers to store: known names only, values on one line (a line break would let a value start a
 * header of its own) and of a sane length. Throws on anything else: a caller's bug, not a reader's input.
 */
export function checkedHeaders(headers: TMailHeaders | undefined): TMailHeaders | undefined {
  if (!headers) return undefined;
  const checked: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (!(headerNames as readonly string[]).includes(name))
      throw new Error(`mail header not allowed: ${name}`);
    if (typeof value !== 'string' || /[\r\n\0]/.test(value) || value.length > 2000) {
      throw new Error(`mail header ${name} has an unusable value`);
    }
    checked[name] = value;
  }
  return Object.keys(checked).length > 0 ? (checked as TMailHeaders) : undefined;
}

/** Reads the stored headers back; a damaged value sends the message without them rather than not at all. */
export function storedHeaders(text: string | null): TMailHeaders {
  if (!text) return {};
  try {
    return checkedHeaders(JSON.parse(text) as TMailHeaders) ?? {};
  } catch {
    return {};
  }
}

type TExecutor = Kysely<Database> | Transaction<Database>;

/**
 * A row stays 'sending' only while one process talks to the SMTP server. One left 'sending' longer than
 * this was claimed by a process that crashed or was killed mid-send; it goes back to 'pending'. Longer
 * than nodemailer's own socket timeout (10 minutes), so a slow send is never taken for a lost one.
 */
const defaultStuckAfterMinutes = 15;

/**
 * A transactional outbox. Services enqueue mail inside their own transaction, so a message exists
 * exactly when the change that caused it does. With SMTP_URL set, a dispatcher delivers pending
 * rows over SMTP and marks them sent; without it, rows are kept for admins to read at /admin/outbox.
 * While a row is 'sending', its next_attempt_at holds the time it was claimed, so rows stranded by a
 * crash can be found and retried (recoverInterrupted(), run by start() and by every poll).
 */
/** Rows per insert statement of `enqueueAll` (12 parameters each, far below both databases' limits). */
const enqueueChunk = 100;

export class Mailer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private polling: Promise<void> | undefined;
  private readonly transport: Transporter | undefined;
  private readonly checks = new Map<string, TMailCheck>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: {
      smtpUrl: string | undefined;
      from: string;
      clock: TClock;
      logger: TLogger;
      /** Minutes after which a row still 'sending' is taken as interrupted (default 15). */
      stuckAfterMinutes?: number;
    },
  ) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  }

  /** Registers a named send-time check (see TMailMessage.sendIf). */
  registerCheck(name: string, check: TMailCheck): void {
    this.checks.set(name, check);
  }

  /** Whether a row's send-time condition holds now (true when it has none), or its rewritten text. */
  async mayStillSend(sendIf: string | null): Promise<boolean | TMailRewrite> {
    if (!sendIf) return true;
    let parsed: TSendIf;
    try {
      parsed = JSON.parse(sendIf) as TSendIf;
    } catch {
      return false;
    }
    const check = this.checks.get(parsed.check);
    if (!check || !Array.isArray(parsed.args)) return false;
    return check(this.db, parsed.args.map(String));
  }

  get isSmtp(): boolean {
    return this.transport !== undefined;
  }

  async enqueue(executor: TExecutor, message: TMailMessage): Promise<void> {
    await this.enqueueAll(executor, [message]);
  }

  /**
   * Several messages in one statement (a digest batch's): one round trip instead of one per message,
   * so the transaction that writes them stays short. Same rules as `enqueue`, message by message.
   */
  async enqueueAll(executor: TExecutor, messages: readonly TMailMessage[]): Promise<void> {
    for (const statement of this.compileEnqueue(messages)) await executor.executeQuery(statement);
  }

  /**
   * The statements `enqueueAll` runs, built ahead: a caller that must keep its transaction short
   * builds them before opening it and only sends them inside (a digest run's writes).
   */
  compileEnqueue(messages: readonly TMailMessage[]): CompiledQuery[] {
    if (messages.length === 0) return [];
    const now = this.options.clock.now().toISOString();
    const rows = messages.map((message) => {
      const headers = checkedHeaders(message.headers);
      return {
        id: newId(),
        created_at: now,
        to_address: message.to,
        subject: message.subject,
        text_body: message.text,
        html_body: message.html ?? null,
        status: this.isSmtp ? 'pending' : 'kept',
        next_attempt_at: now,
        dedupe_key: message.dedupeKey ?? null,
        carries_secret: message.carriesSecret ? 1 : 0,
        headers: headers ? JSON.stringify(headers) : null,
        send_if: message.sendIf ? JSON.stringify(message.sendIf) : null,
      };
    });
    const statements: CompiledQuery[] = [];
    for (let i = 0; i < rows.length; i += enqueueChunk)
      statements.push(
        this.db
          .insertInto('outbox')
          .values(rows.slice(i, i + enqueueChunk))
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .compile(),
      );
    return statements;
  }

  /** Sends what is due now. Safe to call often and from several places: one run at a time. */
  async dispatchPending(): Promise<number> {
    if (!this.transport) return 0;
    if (this.running) return this.running;
    this.running = this.dispatchBatch().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async dispatchBatch(): Promise<number> {
    const transport = this.transport;
    if (!transport) return 0;
    const now = this.options.clock.now();
    const due = await this.db
      .selectFrom('outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', now.toISOString())
      .orderBy('created_at')
      .limit(50)
      .execute();
    let sent = 0;
    for (const row of due) {
      // Claim the row first, so a second node does not send it too.
      const claimed = await this.db
        .updateTable('outbox')
        .set({ status: 'sending', attempts: row.attempts + 1, next_attempt_at: now.toISOString() })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) continue;
      try {
        const decision = await this.mayStillSend(row.send_if);
        if (decision === false) {
          await this.db
            .updateTable('outbox')
            .set({ status: 'cancelled', last_error: 'its send-time check no longer holds' })
            .where('id', '=', row.id)
            .execute();
          continue;
        }
        const { subject, text } =
          decision === true ? { subject: row.subject, text: row.text_body } : decision;
        if (decision !== true) {
          // What goes out is what the outbox shows.
          await this.db
            .updateTable('outbox')
            .set({ subject, text_body: text, html_body: null })
            .where('id', '=', row.id)
            .execute();
        }
        const { 'Reply-To': replyTo, ...listHeaders } = storedHeaders(row.headers);
        await transport.sendMail({
          from: this.options.from,
          to: row.to_address,
          subject,
          text,
          html: decision === true ? (row.html_body ?? undefined) : undefined,
          messageId: `<${row.id}@carehub>`,
          ...(replyTo ? { replyTo } : {}),
          headers: listHeaders,
        });
        await this.db
          .updateTable('outbox')
          .set({ status: 'sent', sent_at: this.options.clock.now().toISOString(), last_error: null })
          .where('id', '=', row.id)
          .execute();
        sent += 1;
      } catch (error) {
        const attempts = row.attempts + 1;
        const delayMinutes = Math.min(2 ** attempts, 240);
        await this.db
          .updateTable('outbox')
          .set({
            status: attempts >= 8 ? 'failed' : 'pending',
            last_error: error instanceof Error ? error.message.slice(0, 500) : 'unknown error',
            next_attempt_at: new Date(now.getTime() + delayMinutes * 60_000).toISOString(),
          })
          .where('id', '=', row.id)
          .execute();
        this.options.logger.warn({ err: error, outboxId: row.id }, 'mail delivery failed');
      }
    }
    return sent;
  }

  /**
   * Puts rows back to 'pending' that were claimed for sending longer ago than stuckAfterMinutes: the
   * process that claimed them stopped before it could record the outcome. Returns how many.
   */
  async recoverInterrupted(): Promise<number> {
    const now = this.options.clock.now();
    const cutoff = addMinutes(now, -(this.options.stuckAfterMinutes ?? defaultStuckAfterMinutes));
    const result = await this.db
      .updateTable('outbox')
      .set({
        status: 'pending',
        next_attempt_at: now.toISOString(),
        last_error: 'interrupted while sending; retried',
      })
      .where('status', '=', 'sending')
      .where((eb) =>
        eb.or([eb('next_attempt_at', '<=', cutoff.toISOString()), eb('next_attempt_at', 'is', null)]),
      )
      .executeTakeFirst();
    const recovered = Number(result.numUpdatedRows);
    if (recovered > 0) this.options.logger.warn({ recovered }, 'mail interrupted while sending: retrying');
    return recovered;
  }

  /**
   * Recovers interrupted rows and sends what is due, then polls the outbox every intervalMs (also call
   * kick() after a commit to send at once). The promise settles after the first round; it never rejects.
   */
  start(intervalMs = 5_000): Promise<void> {
    if (!this.transport || this.timer) return Promise.resolve();
    this.timer = setInterval(() => void this.poll(), intervalMs);
    this.timer.unref();
    return this.poll();
  }

  private poll(): Promise<void> {
    if (this.polling) return this.polling;
    this.polling = (async () => {
      try {
        await this.recoverInterrupted();
        await this.dispatchPending();
      } catch (error) {
        this.options.logger.error({ err: error }, 'mail dispatch failed');
      } finally {
        this.polling = undefined;
      }
    })();
    return this.polling;
  }

  kick(): void {
    if (!this.transport) return;
    this.dispatchPending().catch((error) =>
      this.options.logger.error({ err: error }, 'mail dispatch failed'),
    );
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.polling;
    await this.running;
    this.transport?.close();
  }
}
