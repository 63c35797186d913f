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

const pdf = () =>
  new TextEncoder().encode(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
const fileOf = (bytes: Uint8Array, name: string, type: string) =>
  new File([new Uint8Array(bytes)], name, { type });

/**
 * Editing a post adds and removes its files: the added ones pass the same checks as when posting,
 * the removed ones leave the store, and the post's history names both.
 */
describe(`adding and removing files when editing a post (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-05-04T10:00:00Z') } });
  const { curator, author, other } = usePeople(t, {
    curator: { roles: ['curator'] },
    author: { name: 'Ada Author' },
    other: { name: 'Olu Other' },
  });
  const room = '/en/communities/edit-files';
  let threadId = '';
  let editPath = '';

  before(async () => {
    t.deps.jobs.kick = () => {};
    t.deps.mailer.kick = () => {};
    await createCommunity(curator, { name: 'Edit files', description: 'Where posts change their files.' });
    await joinCommunity(room, author, other);
    threadId = await startThread(author, room, {
      title: 'Our rota',
      body: 'The rota for the summer.',
      files: [fileOf(pdf(), 'rota.pdf', 'application/pdf')],
    });
    editPath = `${room}/threads/${threadId}/posts/${threadId}/edit`;
  });

  it('removes one file and adds another; the old bytes go and the history names both', async () => {
    const [rota] = await postFilesOf(t.deps, threadId);
    assert.ok(rota);
    const form = await author.get(editPath);
    assert.ok(form.html.includes('enctype="multipart/form-data"'));
    assert.ok(visibleText(form.html).includes('Remove rota.pdf'));
    const png = await sharp({ create: { width: 30, height: 20, channels: 3, background: '#246' } })
      .png()
      .toBuffer();
    const version = /name="version" value="(\d+)"/.exec(form.html)?.[1] ?? '';
    const res = await author.post(editPath, {
      version,
      body: 'The rota for the summer.',
      removeFile: rota.upload_id,
      files: [fileOf(new Uint8Array(png), 'map.png', 'image/png')],
    });
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 300));
    const now = await postFilesOf(t.deps, threadId);
    assert.deepEqual(
      now.map((f) => f.original_name),
      ['map.png'],
    );
    assert.equal(await t.deps.files.read(rota.storage_key), null, 'the removed file’s bytes are gone');
    const thread = visibleText((await t.client().get(`${room}/threads/${threadId}`)).html);
    assert.ok(thread.includes('map.png') && !thread.includes('rota.pdf'));
    const history = visibleText(
      (await t.client().get(`${room}/threads/${threadId}/posts/${threadId}/history`)).html,
    );
    assert.match(history, /Files added by the edit of .+?: map\.png/);
    assert.match(history, /Files removed by the edit of .+?: rota\.pdf/);
    const [entry] = await auditEntries(t.deps, { actions: ['communities.post_edited'] });
    assert.ok(entry);
    assert.match(entry.details, /"filesAdded":1,"filesRemoved":1/);
  });

  it('checks added files as when posting and keeps the text typed; only the author may edit', async () => {
    const form = await author.get(editPath);
    const version = /name="version" value="(\d+)"/.exec(form.html)?.[1] ?? '';
    const lying = await author.post(editPath, {
      version,
      body: 'Text I just typed.',
      files: [fileOf(new TextEncoder().encode('<script>alert(1)</script>'), 'notes.pdf', 'application/pdf')],
    });
    assert.equal(lying.status, 422);
    const lyingHtml = await lying.text();
    assert.ok(
      visibleText(lyingHtml).includes('Files can be PDF, Word') ||
        visibleText(lyingHtml).includes('do not match'),
    );
    assert.ok(lyingHtml.includes('Text I just typed.'));
    const many = await author.post(editPath, {
      version,
      body: 'Text I just typed.',
      files: [1, 2, 3].map((n) => fileOf(pdf(), `extra-${n}.pdf`, 'application/pdf')),
    });
    assert.equal(many.status, 422);
    assert.ok(visibleText(await many.text()).includes('Attach at most 3 files to one post.'));
    assert.equal((await postFilesOf(t.deps, threadId)).length, 1);
    await other.get(`${room}/threads/${threadId}`);
    const stranger = await other.post(editPath, {
      version,
      body: 'Not mine.',
      files: [fileOf(pdf(), 'x.pdf', 'application/pdf')],
    });
    assert.equal(stranger.status, 403);
    assert.equal((await postFilesOf(t.deps, threadId)).length, 1);
  });
});
