// Child process: a bare node:http server that answers every request with one recorded response (the
// very same status, headers and body bytes), the ceiling our own server is compared with.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { reportChildError, serveChildProtocol } from './child-server.ts';
import type { TRecordedResponse } from './recorded-response.ts';

try {
  const file = process.argv[2];
  if (!file) throw new Error('usage: bare.server.ts <recorded-response.json>');
  const recorded = JSON.parse(readFileSync(file, 'utf8')) as TRecordedResponse;
  const body = Buffer.from(recorded.bodyBase64, 'base64');
  const headers = recorded.headers.flat();
  const server = createServer((req, res) => {
    req.resume();
    res.writeHead(recorded.status, headers);
    res.end(body);
  });
  server.listen(0, '127.0.0.1', () => {
    serveChildProtocol((server.address() as AddressInfo).port, async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
  });
} catch (error) {
  reportChildError(error);
}
