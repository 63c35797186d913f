import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { findReferencedUploadKeys } from '../src/domains/membership/membership.repository.ts';
import { findReferencedImageKeys } from '../src/domains/news/news.repository.ts';
import { findReferencedLogoKeys } from '../src/domains/organizations/organizations.repository.ts';
import { fileSweepJob, scheduleFileSweep, sweepOrphanFiles } from '../src/platform/file-sweep.ts';
import { newId } from '../src/platform/ids.ts';
import { S3FileStore, type TFileStore } from '../src/platform/storage.ts';
import { signedInClient, visibleText } from './support/accounts.ts';
import { createMemberOrganization, createOrganizationPerson } from './support/events.ts';
import { startS3Server, type TS3Server } from './support/s3-server.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';
import { testDialect } from './support/test-database.ts';

/**
 * Files and rows stay consistent (issue 17): a file saved for a change whose transaction fails is
 * removed at once, and a durable job sweeps files that no row names (left by a killed process),
 * on every store (disk on SQLite, the database on PostgreSQL, an S3 bucket), sparing young ones.
 */
describe(`stored files no row names are swept (${testDialect})`, () => {
  let t: TTestApp;
  let s3: TS3Server;
  let current = new Date();
  const references = [findReferencedUploadKeys, findReferencedLogoKeys, findReferencedImageKeys];

  before(async () => {
    t = await createTestApp({ clock: { now: () => current } });
    s3 = await startS3Server();
  });
  after(async () => {
    await t.close();
    await s3.close();
  });

  const keysIn = async (store: TFileStore) => {
    const keys: string[] = [];
    for await (const key of store.keys()) keys.push(key);
    return keys.sort();
  };
  const pictureBytes = () =>
    sharp({ create: { width: 320, height: 160, channels: 3, background: '#0b5e55' } })
      .png()
      .toBuffer();

  /** Three files rows name (an upload, a logo, a news picture) and one nobody names. */
  async function filesIn(store: TFileStore) {
    const bytes = new TextEncoder().encode(`file ${Math.random()}`);
    const [upload, logo, picture, orphan] = await Promise.all([1, 2, 3, 4].map(() => store.save(bytes)));
    assert.ok(upload && logo && picture && orphan);
    const at = new Date().toISOString();
    await t.deps.db
      .insertInto('uploads')
      .values({
        id: newId(),
        storage_key: upload.key,
        purpose: 'practice_file',
        original_name: 'guide.pdf',
        content_type: 'application/pdf',
        byte_size: upload.byteSize,
        sha256: upload.sha256,
        created_at: at,
        created_by: null,
      })
      .execute();
    const organization = await createMemberOrganization(t.deps);
    await t.deps.db
      .updateTable('organizations')
      .set({ logo_key: logo.key })
      .where('id', '=', organization.id)
      .execute();
    const article = await t.deps.db.selectFrom('news_articles').select('id').executeTakeFirst();
    if (article) {
      await t.deps.db
        .updateTable('news_articles')
        .set({ image_key: picture.key })
        .where('id', '=', article.id)
        .execute();
    }
    return { kept: [upload.key, logo.key, ...(article ? [picture.key] : [])], orphan: orphan.key, picture };
  }

  it('removes the picture at once when the article it came with cannot be saved', async () => {
    const org = await createMemberOrganization(t.deps);
    const other = await createMemberOrganization(t.deps);
    const editor = await signedInClient(t.client(), await createOrganizationPerson(t.deps, org.id, 'editor'));
    const article = {
      title: 'Care leave in three cities',
      summary: 'What three city halls did for carers.',
      body: 'A short account.',
      language: 'en',
      category: 'advocacy',
      imageAlt: 'A city hall',
    };
    const before = await keysIn(t.deps.files);
    await editor.get('/en/news/new');
    const picture = () => pictureBytes().then((b) => new File([new Uint8Array(b)], 'hall.png'));
    // Written for an organisation the editor may not speak for: refused inside the transaction.
    const refused = await editor.post('/en/news/new', {
      ...article,
      organization: other.slug,
      image: await picture(),
    });
    assert.equal(refused.status, 422, visibleText(await refused.text()).slice(0, 200));
    assert.deepEqual(await keysIn(t.deps.files), before, 'no file is left behind');
    // The same article for the editor's own organisation keeps its picture.
    const saved = await editor.post('/en/news/new', {
      ...article,
      organization: org.slug,
      image: await picture(),
    });
    assert.equal(saved.status, 303);
    assert.equal((await keysIn(t.deps.files)).length, before.length + 1);
  });

  for (const kind of ['the hub’s own store', 'an S3 bucket'] as const) {
    it(`sweeps only files that no row names and that are older than a day, in ${kind}`, async () => {
      const store = kind === 'an S3 bucket' ? new S3FileStore(s3.url) : t.deps.files;
      const { kept, orphan } = await filesIn(store);
      const sweep = (now: Date) => sweepOrphanFiles({ db: t.deps.db, files: store, references }, { now });

      const young = await sweep(new Date());
      assert.deepEqual(young.removed, [], 'a file saved a moment ago may belong to a running transaction');
      assert.ok(await store.read(orphan));

      const later = await sweep(new Date(Date.now() + 25 * 3600_000));
      assert.ok(later.removed.includes(orphan));
      assert.equal(await store.read(orphan), null, 'the orphan is gone');
      for (const key of kept) assert.ok(await store.read(key), `${key} is still there`);
      assert.ok(!kept.some((key) => later.removed.includes(key)));
    });
  }

  it('runs as a durable job that schedules its next run, once per slot whichever node asks', async () => {
    const { kept, orphan } = await filesIn(t.deps.files);
    current = new Date();
    await scheduleFileSweep(t.deps);
    await scheduleFileSweep(t.deps);
    const pending = () =>
      t.deps.db
        .selectFrom('jobs')
        .select(['run_at', 'status'])
        .where('kind', '=', fileSweepJob)
        .where('status', '=', 'pending')
        .execute();
    const [first, ...others] = await pending();
    assert.ok(first);
    assert.equal(others.length, 0, 'one job for the slot');
    assert.equal(await t.deps.jobs.runDue(), 0, 'not due yet');

    current = new Date(Date.now() + 30 * 3600_000);
    assert.equal(await t.deps.jobs.runDue(), 1);
    assert.equal(await t.deps.files.read(orphan), null);
    for (const key of kept) assert.ok(await t.deps.files.read(key));
    const [next] = await pending();
    assert.ok(next && Date.parse(next.run_at) > current.getTime(), 'the next run is scheduled');
    current = new Date();
  });
});
