import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { draftPracticeWithCast } from '../../../test/support/practice-authors.ts';
import { lyingPdfFile, pdfFile } from '../../../test/support/practices.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/** Files of a practice: attached by its editors, refused when they lie about their type, removed again. */
describe(`practice files: attach, refuse, remove (${testDialect})`, () => {
  let t: TTestApp;
  let author: TestClient;
  let stranger: TestClient;
  let curator: TestClient;
  let slug = '';

  before(async () => {
    t = await createTestApp();
    ({ author, stranger, curator, slug } = await draftPracticeWithCast(t, 'Carers’ cafés'));
  });
  after(async () => {
    await t.close();
  });

  const files = () =>
    t.deps.db
      .selectFrom('practice_files')
      .innerJoin('uploads', 'uploads.id', 'practice_files.upload_id')
      .select(['uploads.id', 'uploads.storage_key', 'uploads.content_type', 'practice_files.title'])
      .orderBy('practice_files.added_at')
      .execute();
  const storage = () => t.deps.files;

  it('refuses a file whose bytes are not what its name says, with the reason, keeping the title', async () => {
    const page = await author.get(`/en/practices/${slug}/files`);
    assert.equal(page.response.status, 200);
    const res = await author.post(`/en/practices/${slug}/files`, {
      title: 'Evaluation by the university',
      file: lyingPdfFile(),
    });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /The file&#39;s contents do not match its name, so it was refused\./);
    assert.match(html, /name="title" type="text" value="Evaluation by the university"/);
    assert.match(html, /id="file-file"[^>]*aria-invalid="true"/);
    assert.equal((await files()).length, 0, 'nothing stored');
  });

  it('asks for a file when none was chosen, and still keeps the title', async () => {
    const res = await author.post(`/en/practices/${slug}/files`, { title: 'Leaflet' });
    assert.equal(res.status, 422);
    const html = await res.text();
    assert.match(html, /Choose a file to attach\./);
    assert.match(html, /value="Leaflet"/);
  });

  it('attaches a real PDF and re-encodes an image, both listed on the practice', async () => {
    assert.equal(
      (await author.post(`/en/practices/${slug}/files`, { title: 'Evaluation report', file: pdfFile() }))
        .status,
      303,
    );
    const png = await sharp({
      create: { width: 20, height: 10, channels: 3, background: { r: 200, g: 30, b: 30 } },
    })
      .png()
      .withMetadata()
      .toBuffer();
    const image = new File([new Uint8Array(png)], 'poster.png', { type: 'image/png' });
    assert.equal(
      (await author.post(`/en/practices/${slug}/files`, { title: 'Poster', file: image })).status,
      303,
    );
    const rows = await files();
    assert.deepEqual(
      rows.map((r) => [r.title, r.content_type]),
      [
        ['Evaluation report', 'application/pdf'],
        ['Poster', 'image/png'],
      ],
    );
    const stored = await storage().read(rows[1]?.storage_key ?? '');
    assert.ok(stored);
    assert.notDeepEqual(new Uint8Array(stored), new Uint8Array(png), 'what is kept is the re-encoded image');
    assert.equal((await sharp(stored).metadata()).width, 20);
    const page = await author.get(`/en/practices/${slug}`);
    assert.match(page.html, /Evaluation report/);
    assert.match(page.html, /href="\/en\/practices\/[^"]+\/files"/);
    // The picture heads the summary panel (ADR 0072), described by its title; the PDF does not.
    const panel = /<aside class="record-summary"[\s\S]*?<\/aside>/.exec(page.html)?.[0] ?? '';
    assert.match(
      panel,
      new RegExp(`<img class="record-picture" src="/en/practices/${slug}/files/${rows[1]?.id}" alt="Poster"`),
    );
    assert.equal(panel.split('<img').length - 1, 1, 'only the picture, not the PDF');
  });

  it('does not let people outside the practice see or remove its files', async () => {
    const [file] = await files();
    assert.ok(file);
    assert.equal((await stranger.get(`/en/practices/${slug}/files`)).response.status, 404);
    await stranger.get('/en/practices/new');
    const refused = await stranger.post(`/en/practices/${slug}/files/${file.id}/remove`, {});
    assert.equal(refused.status, 404);
    assert.equal((await t.client().request(`/en/practices/${slug}/files/${file.id}/remove`)).status, 404);
    assert.equal((await files()).length, 2);
  });

  it('asks before removing, needs the CSRF token, then deletes the file, its stored object, and audits it', async () => {
    const [file] = await files();
    assert.ok(file);
    const confirm = await author.get(`/en/practices/${slug}/files/${file.id}/remove`);
    assert.equal(confirm.response.status, 200);
    assert.match(confirm.html, /Remove the file “Evaluation report” from this practice\?/);
    assert.match(confirm.html, /name="_csrf"/);
    const forged = await author.post(`/en/practices/${slug}/files/${file.id}/remove`, {}, { csrf: null });
    assert.equal(forged.status, 403);
    assert.equal((await files()).length, 2, 'a request without the token removes nothing');
    const removed = await author.post(`/en/practices/${slug}/files/${file.id}/remove`, {});
    assert.equal(removed.status, 303);
    assert.equal(author.cookies.get('carehub_flash'), 'practices.flash.fileRemoved');
    assert.deepEqual(
      (await files()).map((r) => r.title),
      ['Poster'],
    );
    assert.equal(await storage().read(file.storage_key), null, 'the stored object is gone');
    assert.equal((await author.request(`/en/practices/${slug}/files/${file.id}`)).status, 404);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', 'like', 'practices.file_%')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      audit.map((a) => a.action),
      ['practices.file_added', 'practices.file_added', 'practices.file_removed'],
    );
    assert.match(audit[2]?.details ?? '', /Evaluation report/);
    const again = await author.post(`/en/practices/${slug}/files/${file.id}/remove`, {});
    assert.equal(again.status, 404, 'removing twice is "not found", not an error page');
  });

  it('lets a curator remove a file of a published practice, which its authors may no longer change', async () => {
    await author.get(`/en/practices/${slug}`);
    await author.post(`/en/practices/${slug}/submit`, {});
    await curator.get(`/en/practices/${slug}`);
    await curator.post(`/en/practices/${slug}/publish`, {});
    const [poster] = await files();
    assert.ok(poster);
    await author.get(`/en/practices/${slug}`);
    assert.equal((await author.post(`/en/practices/${slug}/files/${poster.id}/remove`, {})).status, 403);
    await curator.get(`/en/practices/${slug}/files`);
    assert.equal((await curator.post(`/en/practices/${slug}/files/${poster.id}/remove`, {})).status, 303);
    assert.equal((await files()).length, 0);
  });
});
