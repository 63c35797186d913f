import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export type TS3Server = {
  /** An S3_URL for the hub: credentials, endpoint and bucket. */
  url: string;
  close(): Promise<void>;
};

/**
 * A real S3-compatible server (s3rver) on a free loopback port, with one empty bucket "carehub". It
 * speaks the S3 REST API (path-style PUT, GET, DELETE, ListObjectsV2) but checks no signature.
 */
export async function startS3Server(): Promise<TS3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'carehub-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    vhostBuckets: false,
    configureBuckets: [{ name: 'carehub' }],
  });
  const { port } = await server.run();
  return {
    url: `http://S3RVER:S3RVER@127.0.0.1:${port}/carehub`,
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
