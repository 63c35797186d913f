import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import sharp from 'sharp';
import { visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import {
  createCommunity,
  joinCommunity,
  postFilesOf,
  startThread,
} from '../../../test/support/communities.ts';
import { usePeople } from '../../../test/support/people.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { fileSweepJob } from '../../platform/file-sweep.ts';

const pdf = () =>
  new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
const fileOf = (bytes: Uint8Array, name: string, type: string) =>
  new File([new Uint8Array(bytes)], name, { type });

/**
 * Files attached to posts (docs/adr/0059): checked like every upload, listed under the post in the
 * reader's language, downloadable only where the thread may be read, gone with a deleted post, hidden
 * with a hidden one, and known to the orphan sweep.
 */
describe(`files attached to community posts (${testDialect})`, () => {
  let now = new Date('2026-05-04T10:00:00Z');
  const t = useTestApp({ clock: { now: () => now } });
  const { facilitator, ana, bo, outsider } = usePeople(t, {
    facilitator: { roles: ['curator'], name: 'Fay' },
    ana: { name: 'Ana', locale: 'es' },
    bo: { name: 'Bo' },
    outsider: { name: 'Otto' },
  });
  const room = '/en/communities/files-room';
  let threadId = '';
  let files: { upload_id: string; storage_key: string; original_name: string }[] = [];

  const fileUrl = (postId: string, uploadId: string) =>
    `${room}/threads/${threadId}/posts/${postId}/files/${uploadId}`;

  before(async () => {
    t.deps.jobs.kick = () => {};
    t.deps.mailer.kick = () => {};
    await createCommunity(facilitator, {
      name: 'Files room',
      description: 'A private room.',
      visibility: 'private',
    });
    await joinCommunity(room, ana, bo);
  });

  it('a thread starts with a PDF and a picture, listed under the post with type and size in the reader’s language', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#a33' } })
      .png()
      .toBuffer();
    threadId = await startThread(ana, room, {
      title: 'Budget template',
      body: 'Here is our template and a chart.',
      files: [
        fileOf(pdf(), 'Plantilla presupuesto.pdf', 'application/pdf'),
        fileOf(new Uint8Array(png), 'gráfico.png', 'image/png'),
      ],
    });
    files = await postFilesOf(t.deps, threadId);
    assert.deepEqual(
      files.map((f) => f.original_name),
      ['Plantilla presupuesto.pdf', 'gráfico.png'],
    );
    const { html } = await ana.get(`/es/communities/files-room/threads/${threadId}`);
    const text = visibleText(html);
    assert.match(text, /Plantilla presupuesto\.pdf documento PDF, 1 kB/);
    assert.match(text, /gráfico\.png imagen PNG/);
    const [audit] = await auditEntries(t.deps, { actions: ['communities.thread_started'] });
    assert.ok(audit);
    assert.match(String(audit?.details), /application\/pdf/);
  });

  it('downloads for members only: never for someone outside the private community, nor anonymously', async () => {
    const [first] = files;
    const url = fileUrl(threadId, first?.upload_id ?? '');
    const mine = await bo.request(url);
    assert.equal(mine.status, 200);
    assert.equal(mine.headers.get('content-type'), 'application/pdf');
    assert.match(mine.headers.get('content-disposition') ?? '', /^attachment; .*Plantilla/);
    assert.equal(mine.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(mine.headers.get('cache-control'), 'private, no-store');
    assert.match(Buffer.from(await mine.arrayBuffer()).toString('latin1'), /^%PDF-/);
    for (const stranger of [outsider, t.client()]) {
      const res = await stranger.request(url);
      assert.ok(res.status === 403 || res.status === 404, `status ${res.status}`);
      assert.doesNotMatch(await res.text(), /%PDF-/);
    }
    // A picture is served drawn again, never as uploaded.
    const picture = await bo.request(fileUrl(threadId, files[1]?.upload_id ?? ''));
    assert.equal(picture.headers.get('content-type'), 'image/png');
  });

  it('refuses a 20 MB file, wrong bytes, HTML and SVG with scripts, and four files — keeping the text typed', async () => {
    const before = await t.deps.db.selectFrom('uploads').select('id').execute();
    const cases: [File[], RegExp][] = [
      [[fileOf(new Uint8Array(20 * 1024 * 1024), 'huge.pdf', 'application/pdf')], /larger than 10 MB/],
      [
        [fileOf(new TextEncoder().encode('\x89PNG not really'), 'report.pdf', 'application/pdf')],
        /do not match|PDF, Word/,
      ],
      [
        [
          fileOf(
            new TextEncoder().encode('<html><script>alert(1)</script></html>'),
            'page.html',
            'text/html',
          ),
        ],
        /can be PDF, Word/,
      ],
      [
        [
          fileOf(
            new TextEncoder().encode(
              '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            ),
            'logo.svg',
            'image/svg+xml',
          ),
        ],
        /can be PDF, Word/,
      ],
      [[1, 2, 3, 4].map((n) => fileOf(pdf(), `part-${n}.pdf`, 'application/pdf')), /at most 3 files/],
    ];
    for (const [chosen, message] of cases) {
      await bo.get(`${room}/threads/${threadId}`);
      const res = await bo.post(`${room}/threads/${threadId}/replies`, {
        body: 'My notes on the budget, typed with care.',
        files: chosen,
      });
      assert.equal(res.status, 422, `${chosen[0]?.name}: ${res.status}`);
      const html = await res.text();
      assert.match(visibleText(html), message);
      assert.match(html, /My notes on the budget, typed with care\./);
    }
    const afterwards = await t.deps.db.selectFrom('uploads').select('id').execute();
    assert.equal(afterwards.length, before.length, 'nothing was kept');
  });

  it('a hidden post’s files are withheld from members but not from moderators; the sweep keeps them', async () => {
    await bo.get(`${room}/threads/${threadId}`);
    const replied = await bo.post(`${room}/threads/${threadId}/replies`, {
      body: 'Minutes attached.',
      files: [fileOf(pdf(), 'minutes.pdf', 'application/pdf')],
    });
    assert.equal(replied.status, 303);
    const replyId = (replied.headers.get('location') ?? '').split('#post-')[1] ?? '';
    const [minutes] = await postFilesOf(t.deps, replyId);
    const url = fileUrl(replyId, minutes?.upload_id ?? '');
    assert.equal((await ana.request(url)).status, 200);
    await facilitator.get(`${room}/threads/${threadId}`);
    const hidden = await facilitator.post(`${room}/threads/${threadId}/posts/${replyId}/hide`, {
      reason: 'Names a person',
    });
    assert.equal(hidden.status, 303);
    assert.equal((await ana.request(url)).status, 404);
    assert.doesNotMatch(visibleText((await ana.get(`${room}/threads/${threadId}`)).html), /minutes\.pdf/);
    assert.equal((await facilitator.request(url)).status, 200);
    assert.equal((await bo.request(url)).status, 200, 'its author still reaches it');

    // Two days later the orphan sweep runs: every attached file is still there.
    now = new Date('2026-05-06T12:00:00Z');
    await t.deps.jobs.enqueue(t.deps.db, { kind: fileSweepJob, dedupeKey: 'post-files-test-sweep' });
    await t.deps.jobs.runDue();
    for (const file of [...files, minutes]) {
      assert.ok(await t.deps.files.read(file?.storage_key ?? ''), `${file?.original_name} kept`);
    }
  });

  it('deleting a post (tombstone) removes its files: rows, stored bytes and the download', async () => {
    const url = fileUrl(threadId, files[0]?.upload_id ?? '');
    await ana.get(`${room}/threads/${threadId}`);
    const deleted = await ana.post(`${room}/threads/${threadId}/posts/${threadId}/delete`, {});
    assert.equal(deleted.status, 303);
    assert.equal((await postFilesOf(t.deps, threadId)).length, 0);
    for (const file of files) assert.equal(await t.deps.files.read(file.storage_key), null);
    assert.equal((await bo.request(url)).status, 404);
    const uploads = await t.deps.db
      .selectFrom('uploads')
      .select('id')
      .where(
        'id',
        'in',
        files.map((f) => f.upload_id),
      )
      .execute();
    assert.equal(uploads.length, 0);
    assert.equal(ana.user.name, 'Ana');
  });
});
