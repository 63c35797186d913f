import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import {
  applicationFields,
  docxBytes,
  pdfFile,
  submitApplication,
} from '../../../test/support/membership.ts';
import { useTestApp } from '../../../test/support/test-app.ts';

describe('membership: bad input is refused with a clear message, and nothing is kept', () => {
  const t = useTestApp();

  async function send(fields: Record<string, string | string[] | File>) {
    const client = t.client();
    await client.get('/en/join/apply');
    const res = await client.post('/en/join/apply', applicationFields(fields));
    const html = await res.text();
    return { status: res.status, html, text: visibleText(html) };
  }

  async function applicationCount() {
    const row = await t.deps.db
      .selectFrom('membership_applications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('an upload that is not what its extension says', async () => {
    const before = await applicationCount();
    const fake = new File(['<html><script>alert(1)</script></html>'], 'letter.pdf', {
      type: 'application/pdf',
    });
    const res = await send({ letterFile: fake });
    assert.equal(res.status, 422);
    assert.match(res.text, /not what its name says/);
    assert.match(res.html, /name="name" type="text" value="Care Network/, 'what the user typed is kept');
    assert.equal(await applicationCount(), before);
  });

  it('a PDF with JavaScript', async () => {
    const res = await send({
      letterFile: pdfFile('letter.pdf', '/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'),
    });
    assert.equal(res.status, 422);
    assert.match(res.text, /scripts, macros or embedded programs/);
  });

  it('a Word file with macros, while a clean DOCX is accepted', async () => {
    const macro = new File([Buffer.from(docxBytes({ 'word/vbaProject.bin': 'x' }))], 'letter.docx');
    assert.equal((await send({ letterFile: macro })).status, 422);
    const clean = new File([Buffer.from(docxBytes())], 'letter.docx');
    assert.equal((await send({ letterFile: clean })).status, 303);
  });

  it('a 50 MB file gets a translated "too large" page', async () => {
    const client = t.client();
    await client.get('/fr/join/apply');
    const huge = new File([new Uint8Array(50 * 1024 * 1024)], 'letter.pdf');
    const res = await client.post('/fr/join/apply', applicationFields({ letterFile: huge }));
    assert.equal(res.status, 413);
    assert.match(await res.text(), /<html lang="fr"/);
  });

  it('a file just over 10 MB is refused on the form', async () => {
    const bytes = new Uint8Array(10 * 1024 * 1024 + 10);
    bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
    const res = await send({ letterFile: new File([bytes], 'letter.pdf') });
    assert.equal(res.status, 422);
    assert.match(res.text, /larger than 10 MB/);
  });

  it('a letter of 200,000 characters', async () => {
    const res = await send({ letterText: 'care '.repeat(40_000) });
    assert.equal(res.status, 422);
    assert.match(res.text, /The letter is too long/);
  });

  it('a website that is not a URL', async () => {
    const res = await send({ website: 'not a website' });
    assert.equal(res.status, 422);
    assert.match(res.text, /Please enter a web address/);
    const js = await send({ website: 'javascript:alert(1)' });
    assert.equal(js.status, 422);
  });

  it('an unknown country code', async () => {
    const res = await send({ countries: ['MX', 'QQ'] });
    assert.equal(res.status, 422);
    assert.match(res.text, /Please choose countries from the list/);
  });

  it('a missing letter, missing consent, a bad e-mail', async () => {
    const res = await send({ letterText: '', consent: '', contactEmail: 'not-an-address' });
    assert.equal(res.status, 422);
    assert.match(res.text, /valid e-mail address/);
  });

  it('a duplicate application from the same organisation: warned, linked for its sender, then allowed on purpose', async () => {
    const first = applicationFields({ name: 'Fundación Cuidar Juntos' });
    const client = t.client();
    await submitApplication(client, first);
    const again = await client.post(
      '/en/join/apply',
      applicationFields({ name: 'Fundacion  cuidar-juntos', website: String(first.website) }),
    );
    assert.equal(again.status, 409);
    const html = await again.text();
    assert.match(visibleText(html), /Has your organisation already applied\?/);
    assert.match(visibleText(html), /GAC-\d{4}-[A-Z2-9]{6}/);
    const confirmed = await client.post(
      '/en/join/apply',
      applicationFields({ name: 'Fundacion cuidar juntos', confirmDuplicate: '1' }),
    );
    assert.equal(confirmed.status, 303);
  });

  it('an unknown or malformed secret link is a plain 404', async () => {
    assert.equal((await t.client().request('/en/join/a/not-a-key')).status, 404);
    assert.equal((await t.client().request(`/en/join/a/${'x'.repeat(43)}`)).status, 404);
  });
});
