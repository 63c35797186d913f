import { sql } from 'kysely';
import pg from 'pg';
import {
  addChangeRelay,
  deliverChange,
  deliverForgetEverything,
  processOrigin,
  type TChange,
} from '../change-feed.ts';
import type { TLogger } from '../logger.ts';
import type { TDb } from './database.ts';

/**
 * Carries announced changes (src/platform/change-feed.ts) between the nodes of a hub through
 * PostgreSQL's LISTEN/NOTIFY on one channel of the hub's database. Each node keeps one connection of
 * its own that LISTENs (outside the pool: a pooled connection is shared and would miss notifications
 * between queries); announcements go out as `pg_notify` on any pooled connection, or inside the
 * writing transaction so that other nodes hear of a change only once it is committed.
 */
export const changeChannel = 'carehub_changes';

const maxRetryMs = 5_000;

function encode(change: TChange): string {
  return JSON.stringify({ origin: processOrigin, change });
}

function decode(payload: string): { origin: string; change: TChange } | undefined {
  try {
    const parsed = JSON.parse(payload) as { origin?: unknown; change?: { topic?: unknown } };
    const topic = parsed.change?.topic;
    if (typeof parsed.origin !== 'string') return undefined;
    const topics: unknown[] = [
      'content',
      'commitment-figures',
      'search-documents',
      'gazetteer',
      'connection-listings',
    ];
    if (!topics.includes(topic)) return undefined;
    return parsed as { origin: string; change: TChange };
  } catch {
    return undefined;
  }
}

/** Sends an announcement with the transaction: delivered to the other nodes when it commits. */
export async function notifyWithTransaction(trx: TDb, change: TChange): Promise<void> {
  await sql`select pg_notify(${changeChannel}, ${encode(change)})`.execute(trx);
}

export type TPgChangeRelay = {
  /** Resolves once the node listens (or has failed to, and keeps trying). */
  ready: Promise<void>;
  close(): Promise<void>;
};

export function startPgChangeRelay(options: { url: string; pool: pg.Pool; logger: TLogger }): TPgChangeRelay {
  const { url, pool, logger } = options;
  let isClosed = false;
  let current: pg.Client | undefined;
  let retryMs = 250;
  let retryTimer: NodeJS.Timeout | undefined;
  let hasMissed = false;

  const scheduleReconnect = () => {
    if (isClosed || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, retryMs);
    retryTimer.unref();
    retryMs = Math.min(retryMs * 2, maxRetryMs);
  };

  const drop = (client: pg.Client) => {
    if (current === client) current = undefined;
    client.removeAllListeners('notification');
    client.end().catch(() => {});
    hasMissed = true;
    scheduleReconnect();
  };

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    let isDropped = false;
    const dropOnce = (error?: Error) => {
      if (isDropped) return;
      isDropped = true;
      if (error && !isClosed) logger.warn({ err: error }, 'change listener lost its connection');
      drop(client);
    };
    client.on('error', (error) => dropOnce(error));
    client.on('end', () => dropOnce());
    client.on('notification', (message) => {
      if (message.channel !== changeChannel || !message.payload) return;
      const decoded = decode(message.payload);
      if (decoded && decoded.origin !== processOrigin) deliverChange(decoded.change);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${changeChannel}`);
    } catch (error) {
      dropOnce(error as Error);
      return;
    }
    if (isClosed) {
      await client.end().catch(() => {});
      return;
    }
    current = client;
    retryMs = 250;
    if (hasMissed) {
      // Announcements sent while this node was not listening are lost: forget every memory once.
      hasMissed = false;
      deliverForgetEverything();
      logger.info('change listener connected again');
    }
  };

  const removeRelay = addChangeRelay((change) => {
    pool.query('select pg_notify($1, $2)', [changeChannel, encode(change)]).catch((error: Error) => {
      logger.warn({ err: error }, 'could not announce a change to the other nodes');
    });
  });

  return {
    ready: connect(),
    close: async () => {
      isClosed = true;
      removeRelay();
      if (retryTimer) clearTimeout(retryTimer);
      const client = current;
      current = undefined;
      if (client) {
        client.removeAllListeners('end');
        client.removeAllListeners('notification');
        await client.end().catch(() => {});
      }
    },
  };
}
