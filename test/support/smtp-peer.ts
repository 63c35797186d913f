import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** A real SMTP server on a loopback port that keeps what it receives, or refuses every recipient. */
export type TSmtpPeer = {
  url: string;
  received: { envelopeTo: string[]; mail: ParsedMail }[];
  /** Runs while a message is being delivered (after RCPT TO, before it is accepted). */
  onRecipient: ((address: SMTPServerAddress) => Promise<void>) | undefined;
  isRefusing: boolean;
  close(): Promise<void>;
};

export async function startSmtpPeer(): Promise<TSmtpPeer> {
  const peer: TSmtpPeer = {
    url: '',
    received: [],
    onRecipient: undefined,
    isRefusing: false,
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const hook = peer.onRecipient ? peer.onRecipient(address) : Promise.resolve();
      hook.then(
        () => {
          if (!peer.isRefusing) return callback();
          const refusal = new Error('5.1.1 Mailbox unavailable') as Error & { responseCode: number };
          refusal.responseCode = 550;
          callback(refusal);
        },
        (error: Error) => callback(error),
      );
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          peer.received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  peer.url = `smtp://127.0.0.1:${port}?ignoreTLS=true`;
  peer.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return peer;
}
