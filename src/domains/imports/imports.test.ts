import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { visibleText } from '../../../test/support/accounts.ts';
import { auditActions } from '../../../test/support/audit-entries.ts';
import { docxOf } from '../../../test/support/docx.ts';
import { createMemberOrganization } from '../../../test/support/events.ts';
import {
  idFrom,
  importRow,
  pasteForReview,
  pasteImport,
  practiceSlugFrom,
  redirectOf,
  sendReview,
} from '../../../test/support/imports.ts';
import { deflatedZipBytes, docxBytes } from '../../../test/support/membership.ts';
import { usePeople } from '../../../test/support/people.ts';
import { practiceRow } from '../../../test/support/practices.ts';
import { seedText } from '../../../test/support/seeds.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

/**
 * Imports from documents through the pages a curator uses (issue 18): paste, review field by field
 * with the source sentence marked, create a draft of the chosen kind; uploads checked by their bytes.
 */
const programmePage = [
  'Programa municipal «Cuidar en casa» para personas cuidadoras',
  '',
  'Publicado el 3 de marzo de 2025',
  '',
  'El Ayuntamiento de Bogotá abre la tercera convocatoria de su programa de respiro para quienes cuidan a un familiar mayor en casa. El programa se desarrolla en alianza con la Fundación Manos Abiertas.',
  '',
  'Objetivos:',
  '• ofrecer cuatro horas semanales de respiro a cada persona cuidadora;',
  '• formar a las familias en cuidados básicos y primeros auxilios.',
  '',
  '¿Quién puede participar?',
  '• personas que cuidan sin remuneración a un familiar mayor de 70 años;',
  '• personas cuidadoras con un empleo a tiempo parcial.',
  '',
  'Requisito: estar empadronado en Bogotá desde hace al menos un año.',
].join('\n');

describe(`imports from documents (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-03-01T10:00:00Z') } });
  const { curator, member } = usePeople(t, { curator: { roles: ['curator'] }, member: {} });
  before(async () => {
    await createMemberOrganization(t.deps, {
      slug: 'plineu',
      name: 'Stowarzyszenie Doradców Europejskich PLinEU',
    });
  });

  it('reads a pasted page into fields, each shown with its source sentence marked', async () => {
    const id = await pasteImport(curator, programmePage, 'es');
    const { response, html } = await curator.get(`/es/imports/${id}`);
    assert.equal(response.status, 200);
    const text = visibleText(html);
    assert.match(text, /Cuidar en casa/);
    assert.match(html, /<mark>Bogotá<\/mark>/);
    assert.match(html, /<mark>3 de marzo de 2025<\/mark>/);
    assert.match(text, /Colombia/);
    assert.match(text, /Fundación Manos Abiertas/);
    assert.match(text, /ofrecer cuatro horas semanales de respiro/);
    assert.match(text, /estar empadronado en Bogotá/);
    assert.match(html, /name="_csrf"/);
  });

  it('makes a draft practice of the accepted fields, and nothing is published', async () => {
    const review = await pasteForReview(curator, programmePage);
    const { id } = review;
    const slug = practiceSlugFrom(await redirectOf(await sendReview(curator, review, { kind: 'programme' })));
    assert.ok(slug);
    const row = await practiceRow(t.deps, slug);
    assert.equal(row.status, 'draft');
    assert.equal(row.kind, 'programme');
    assert.equal(row.language, 'es');
    assert.match(row.title, /Cuidar en casa/);
    const imported = await importRow(t.deps, id);
    assert.equal(imported.status, 'drafted');
    assert.equal(imported.record_slug, slug);
    assert.deepEqual(await auditActions(t.deps, { subjectId: id }), [
      'imports.created',
      'imports.drafted',
      'imports.reviewed',
    ]);
  });

  it('keeps the review when the draft is refused for a missing country, and says what is missing', async () => {
    const review = await pasteForReview(
      curator,
      'A short note about a caring city\n\nThis programme pays carers a monthly allowance and offers them training in the evenings.',
    );
    const res = await sendReview(curator, review, { kind: 'programme' });
    assert.equal(res.status, 422);
    assert.match(visibleText(await res.text()), /Choose at least one country/);
    const imported = await importRow(t.deps, review.id);
    assert.equal(imported.status, 'waiting');
    assert.equal(imported.kind, 'programme');
  });

  it('lets only curators import, and refuses an empty paste with a message', async () => {
    await member.get('/en/account');
    const refused = await member.post('/en/imports', { text: programmePage });
    assert.equal(refused.status, 403);
    await curator.get('/en/imports');
    const empty = await curator.post('/en/imports', { text: '   ' });
    assert.equal(empty.status, 422);
  });

  it('sends someone not signed in to the sign-in page, and back to the imports after it', async () => {
    for (const path of ['/ar/imports', '/ar/imports/some-import']) {
      const res = await t.client().request(path);
      assert.equal(res.status, 302, path);
      assert.equal(res.headers.get('location'), `/ar/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  it('pastes the Polish founding text in the Spanish interface and confirms it as a partnership practice', async () => {
    const review = await pasteForReview(curator, seedText('002'), 'es');
    const { html } = review;
    const text = visibleText(html);
    assert.match(text, /Socio líder/);
    assert.match(text, /Stowarzyszenie Doradców Europejskich PLinEU/);
    assert.match(text, /en el directorio de miembros/);
    assert.match(html, /<mark>Krakowa<\/mark>/);
    const location = await redirectOf(await sendReview(curator, review, { kind: 'partnership' }));
    const row = await practiceRow(t.deps, practiceSlugFrom(location));
    assert.equal(row.kind, 'partnership');
    assert.equal(row.language, 'pl');
    assert.equal(row.start_date, '2008-07-04');
    const implementers = JSON.parse(row.implementers) as {
      role: string;
      name: string;
      organizationSlug?: string;
    }[];
    assert.equal(implementers.filter((i) => i.role === 'partner').length, 8);
    assert.deepEqual(
      implementers.filter((i) => i.role === 'lead').map((i) => i.organizationSlug),
      ['plineu'],
    );
    assert.match(row.beneficiaries, /niepracujący/);
    assert.deepEqual(JSON.parse(row.countries), ['PL']);
  });

  it('reads an uploaded PDF and refuses one with no text layer in plain words', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage();
    page.drawText('Webinar on paid care leave', { x: 50, y: 760, size: 22, font });
    page.drawText('Join us on 12 May 2026 at 14:00 CET to discuss how cities fund care leave.', {
      x: 50,
      y: 720,
      size: 11,
      font,
    });
    page.drawText('Registration is free for members of the alliance in France.', {
      x: 50,
      y: 704,
      size: 11,
      font,
    });
    const bytes = await doc.save();
    await curator.get('/en/imports');
    const res = await curator.post('/en/imports/upload', { document: new File([bytes], 'webinar.pdf') });
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 400));
    const id = idFrom(res);
    const { html } = await curator.get(`/en/imports/${id}`);
    assert.match(visibleText(html), /Webinar on paid care leave/);
    assert.match(html, /Europe\/Brussels|2026-05-12T14:00/);
    const source = (await curator.get(`/en/imports/${id}/source`)).response;
    assert.equal(source.status, 200);
    assert.equal(source.headers.get('content-type'), 'application/pdf');
    assert.equal((await member.get(`/en/imports/${id}/source`)).response.status, 404);

    const blank = await PDFDocument.create();
    blank.addPage();
    const scanned = await curator.post('/en/imports/upload', {
      document: new File([await blank.save()], 'scan.pdf'),
    });
    assert.equal(scanned.status, 422);
    assert.match(visibleText(await scanned.text()), /scanned document without a text layer/);
  });

  it('refuses a PDF locked by a password, a Word file with macros and a DOCX that unpacks to gigabytes, each in plain words', async () => {
    const locked = await PDFDocument.create();
    const font = await locked.embedFont(StandardFonts.Helvetica);
    locked
      .addPage()
      .drawText('Minutes of the care council, not for circulation.', { x: 50, y: 760, size: 12, font });
    locked.encrypt({ userPassword: 'council-2026', ownerPassword: 'owner-2026' });
    await curator.get('/en/imports');
    const encrypted = await curator.post('/en/imports/upload', {
      document: new File([await locked.save()], 'minutes.pdf'),
    });
    assert.equal(encrypted.status, 422);
    assert.match(visibleText(await encrypted.text()), /protected by a password/);

    const macros = await curator.post('/en/imports/upload', {
      document: new File(
        [new Uint8Array(docxBytes({ 'word/vbaProject.bin': 'Attribute VB_Name' }))],
        'programme.docx',
      ),
    });
    assert.equal(macros.status, 422);
    assert.match(visibleText(await macros.text()), /macros, scripts or embedded files/);

    const bomb = deflatedZipBytes({
      '[Content_Types].xml': new TextEncoder().encode(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      'word/document.xml': new Uint8Array(260 * 1024 * 1024),
    });
    assert.ok(bomb.byteLength < 1024 * 1024, 'a small file');
    const unpacked = await curator.post('/en/imports/upload', {
      document: new File([new Uint8Array(bomb)], 'report.docx'),
    });
    assert.equal(unpacked.status, 422);
    assert.match(visibleText(await unpacked.text()), /far too large/);
    const { html } = await curator.get('/en/imports');
    assert.doesNotMatch(
      visibleText(html),
      /minutes\.pdf|programme\.docx|report\.docx/,
      'nothing half-made is listed',
    );
  });

  it('refuses a file over 20 MB with the limit named, and a file that is not a document', async () => {
    await curator.get('/en/imports');
    const big = await curator.post('/en/imports/upload', {
      document: new File([new Uint8Array(20 * 1024 * 1024 + 10).fill(65)], 'big.txt'),
    });
    assert.equal(big.status, 422);
    assert.match(visibleText(await big.text()), /larger than 20 MB/);
    const binary = await curator.post('/en/imports/upload', {
      document: new File([new Uint8Array([0, 1, 2, 3, 0, 0, 7])], 'data.bin'),
    });
    assert.equal(binary.status, 422);
  });

  it('reads the main text of a saved web page without its scripts and navigation', async () => {
    const html = [
      '<!doctype html><html><head><title>Care news</title><script>document.write("tracking")</script></head><body>',
      '<nav><a href="/">Home</a> <a href="/about">About us menu</a></nav>',
      '<article><h1>Ministry opens new day centres for older people</h1>',
      '<p>On 14 February 2026 the ministry announced twelve new day centres for older people in Poland, run with local councils.</p>',
      '<p>Each centre will offer meals, exercise and company five days a week, and transport for those who cannot travel alone.</p>',
      '<p>Families caring for a relative at home can ask for a place through their municipal social welfare centre.</p></article>',
      '<footer>Cookie settings</footer><script>alert("x")</script></body></html>',
    ].join('\n');
    await curator.get('/en/imports');
    const res = await curator.post('/en/imports/upload', { document: new File([html], 'news.html') });
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 400));
    const row = await importRow(t.deps, idFrom(res));
    assert.match(row.text, /twelve new day centres/);
    assert.doesNotMatch(row.text, /tracking|alert|About us menu|Cookie settings/);
    assert.equal(row.title, 'Ministry opens new day centres for older people');
  });

  it('reads an uploaded DOCX with its headings, and keeps it private as its source', async () => {
    const bytes = docxOf([
      { text: 'Programme de répit à domicile pour les aidants de Lyon', heading: 1 },
      { text: 'Publié le 2 juin 2025' },
      {
        text: 'La Métropole de Lyon finance des heures de répit à domicile pour les personnes qui aident un proche âgé en France.',
      },
      { text: 'Qui peut en bénéficier ?', heading: 2 },
      { text: '• les aidants familiaux qui habitent la métropole ;' },
      { text: '• les aidants qui travaillent à temps partiel.' },
    ]);
    await curator.get('/fr/imports');
    const res = await curator.post('/fr/imports/upload', {
      document: new File([new Uint8Array(bytes)], 'repit-lyon.docx'),
    });
    assert.equal(res.status, 303, visibleText(await res.text()).slice(0, 400));
    const id = idFrom(res);
    const { html } = await curator.get(`/fr/imports/${id}`);
    const text = visibleText(html);
    assert.match(text, /Programme de répit à domicile pour les aidants de Lyon/);
    assert.match(text, /DOCX/);
    assert.match(text, /les aidants qui travaillent à temps partiel/);
    assert.match(html, /<mark>2 juin 2025<\/mark>/);
    const source = (await curator.get(`/fr/imports/${id}/source`)).response;
    assert.equal(source.status, 200);
    assert.match(source.headers.get('content-type') ?? '', /wordprocessingml/);
    assert.equal((await member.get(`/fr/imports/${id}/source`)).response.status, 404);
  });

  it('answers a body over 21 MB with a translated 413 page that names the limit and leads back to the form', async () => {
    await curator.get('/es/imports');
    const form = new FormData();
    form.set('document', new File([new Uint8Array(22 * 1024 * 1024).fill(65)], 'enorme.txt'));
    const res = await curator.request('/es/imports/upload', {
      method: 'POST',
      body: form,
      headers: { referer: 'http://localhost/es/imports' },
    });
    assert.equal(res.status, 413);
    const html = await res.text();
    const text = visibleText(html);
    assert.match(text, /supera los 21 MB que acepta este formulario/);
    assert.match(html, /<a href="\/es\/imports">Volver al formulario<\/a>/);
    const elsewhere = await curator.request('/es/imports/upload', {
      method: 'POST',
      body: form,
      headers: { referer: 'https://evil.example/es/imports' },
    });
    assert.equal(elsewhere.status, 413);
    assert.doesNotMatch(await elsewhere.text(), /evil\.example/);
  });
});
