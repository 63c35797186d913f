import { request } from 'node:http';

/** One HTTP response, byte for byte, as a client without Accept-Encoding (like autocannon) receives it. */
export type TRecordedResponse = {
  status: number;
  /** Raw header pairs in order; repeated names (Set-Cookie) stay separate. */
  headers: [string, string][];
  bodyBase64: string;
};

/** Headers that belong to the connection or the moment, not to the response: node:http sets its own. */
const perConnection = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

export async function recordResponse(url: string): Promise<TRecordedResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const name = res.rawHeaders[i] ?? '';
          if (!perConnection.has(name.toLowerCase())) headers.push([name, res.rawHeaders[i + 1] ?? '']);
        }
        resolve({
          status: res.statusCode ?? 0,
          headers,
          bodyBase64: Buffer.concat(chunks).toString('base64'),
        });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
