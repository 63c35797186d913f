import { after, before } from 'node:test';
import type { TClock } from '../../src/platform/clock.ts';
import { startSmtpPeer, type TSmtpPeer } from './smtp-peer.ts';
import { type TTestApp, useTestApp } from './test-app.ts';

/**
 * The app of one `describe`'s tests, its mail sent to a real SMTP peer on a loopback port (started
 * before the app, closed after it) and its links made with https://hub.example.org. The background
 * kicks are off: the test runs the jobs and the dispatcher itself, at the moments it checks.
 *
 *     const { t, peer } = useMailingTestApp({ clock });
 *     await t.deps.jobs.runDue(); await t.deps.mailer.dispatchPending();
 *     peer.received … (a test may empty it: `peer.received.length = 0`)
 */
export function useMailingTestApp(options: { clock?: TClock; env?: Record<string, string> } = {}): {
  t: TTestApp;
  peer: Pick<TSmtpPeer, 'received'>;
} {
  let started: TSmtpPeer | undefined;
  const peerOf = (): TSmtpPeer => {
    if (!started) throw new Error('useMailingTestApp: the peer is started in a before hook');
    return started;
  };
  before(async () => {
    started = await startSmtpPeer();
  });
  const t = useTestApp(() => ({
    clock: options.clock,
    env: { SMTP_URL: peerOf().url, PUBLIC_URL: 'https://hub.example.org', ...options.env },
  }));
  before(() => {
    t.deps.jobs.kick = () => {};
    t.deps.mailer.kick = () => {};
  });
  after(async () => {
    await started?.close();
  });
  return {
    t,
    peer: {
      get received() {
        return peerOf().received;
      },
    },
  };
}
