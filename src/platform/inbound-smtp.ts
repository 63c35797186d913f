import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { TLogger } from './logger.ts';

/**
 * A small SMTP listener for mail the hub receives (docs/adr/0056). It takes only recipients the
 * caller accepts, refuses mail larger than `maxBytes`, parses each message (MIME, HTML-only mail
 * turned into text) and hands it over. Nothing it meets — a broken client, a malformed message, a
 * failing handler — stops the process: errors are logged and answered with an SMTP code.
 * TLS and sender authentication (SPF, DKIM) are expected from the mail server in front of it.
 */
export type TReceivedMail = { envelopeFrom: string; recipients: string[]; mail: ParsedMail };

export type TReceiveVerdict =
  | { accept: true; message?: string }
  | { accept: false; code: number; message: string };

export type TInboundSmtp = { port: number; close(): Promise<void> };

type TSmtpError = Error & { responseCode: number };

function smtpError(code: number, message: string): TSmtpError {
  const error = new Error(message) as TSmtpError;
  error.responseCode = code;
  return error;
}

export async function startInboundSmtp(options: {
  port: number;
  host: string;
  maxBytes: number;
  logger: TLogger;
  /** Whether a recipient is one the hub takes mail for (checked at RCPT TO). */
  isRecipient(address: string): boolean;
  receive(mail: TReceivedMail): Promise<TReceiveVerdict>;
}): Promise<TInboundSmtp> {
  const { logger } = options;
  const server = new SMTPServer({
    name: 'carehub',
    banner: 'Carehub replies',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: options.maxBytes,
    maxClients: 50,
    socketTimeout: 60_000,
    logger: false,
    onRcptTo(address, session, callback) {
      if (session.envelope.rcptTo.length >= 5) return callback(smtpError(452, '4.5.3 Too many recipients'));
      if (!options.isRecipient(address.address))
        return callback(smtpError(550, '5.1.1 No such reply address'));
      callback();
    },
    onData(stream, session, callback) {
      let isAnswered = false;
      const done = (error?: Error | null, message?: string) => {
        if (isAnswered) return;
        isAnswered = true;
        try {
          callback(error ?? null, message);
        } catch (callbackError) {
          logger.warn({ err: callbackError }, 'inbound mail: answering the client failed');
        }
      };
      // Kept in memory only up to the limit; the rest is read and dropped, then refused.
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= options.maxBytes) chunks.push(chunk);
      });
      stream.once('error', (error) => {
        logger.warn({ err: error }, 'inbound mail: reading the message failed');
        done(smtpError(451, '4.3.0 The message could not be read; please try again later'));
      });
      stream.once('end', () => {
        if (stream.sizeExceeded || size > options.maxBytes)
          return done(smtpError(552, `5.3.4 A reply can be at most ${options.maxBytes} bytes`));
        simpleParser(Buffer.concat(chunks), { skipImageLinks: true })
          .then(async (mail) => {
            const verdict = await options.receive({
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              recipients: session.envelope.rcptTo.map((r) => r.address),
              mail,
            });
            if (verdict.accept) return done(null, verdict.message);
            done(smtpError(verdict.code, verdict.message));
          })
          .catch((error: unknown) => {
            logger.error({ err: error }, 'inbound mail could not be handled');
            done(smtpError(451, '4.3.0 The message could not be handled now; please try again later'));
          });
      });
    },
  });
  server.on('error', (error) => logger.warn({ err: error }, 'inbound mail: connection error'));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  logger.info({ port }, 'listening for replies by e-mail');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
