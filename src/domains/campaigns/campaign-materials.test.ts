import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import sharp from 'sharp';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createThroughForm } from '../../../test/support/created-records.ts';
import {
  createMemberOrganization,
  createOrganizationPerson,
  useOrganisers,
} from '../../../test/support/events.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

const pdf = (extra = '') =>
  new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R ${extra}>> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

describe(`campaign materials: uploads with type, size and description (${testDialect})`, () => {
  const t = useTestApp();
  const { lead } = useOrganisers(t, { lead: { slug: 'care-first', name: 'Care First' } }, { role: 'owner' });
  let slug = '';

  before(async () => {
    slug = await createThroughForm(lead, 'campaigns', {
      title: 'Paid leave for every carer',
      goal: 'Every worker who cares for a relative gets paid leave.',
      callToAction: 'Print the leaflet and hand it to your representatives.',
      body: '',
      language: 'en',
      scope: 'global',
      organization: 'care-first',
    });
  });

  async function addMaterial(fields: Record<string, string | File>) {
    await lead.get(`/en/campaigns/${slug}`);
    return lead.post(`/en/campaigns/${slug}/materials`, { title: '', alt: '', ...fields });
  }

  it('adds a PDF, lists it with its type and size, and serves it as a download', async () => {
    const res = await addMaterial({ title: 'The leaflet', file: new File([pdf()], 'leaflet.pdf') });
    assert.equal(res.status, 303);
    await lead.post(`/en/campaigns/${slug}/publish`, {});
    const page = await t.client().get(`/en/campaigns/${slug}`);
    const text = visibleText(page.html);
    assert.ok(text.includes('The leaflet'), text.slice(0, 400));
    assert.ok(text.includes('(PDF document, 1 kB)'), 'the type and the size are shown');
    const href = /href="(\/en\/campaigns\/[^"]+\/materials\/[0-9a-f-]+)\?download=1"/.exec(page.html)?.[1];
    assert.ok(href);
    const file = await t.app.request(`${href}?download=1`);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.match(file.headers.get('content-disposition') ?? '', /^attachment; filename="leaflet.pdf"/);
    assert.match(file.headers.get('cache-control') ?? '', /^public/);
    assert.equal(
      file.headers.get('content-security-policy'),
      "default-src 'none'; sandbox",
      'an uploaded file keeps its sandbox, not the pages’ policy',
    );
    assert.deepEqual(new Uint8Array(await file.arrayBuffer()), pdf());
    const french = visibleText((await t.client().get(`/fr/campaigns/${slug}`)).html);
    assert.ok(french.includes('(document PDF, 1 ko)'), 'sizes in the reader’s language');
  });

  it('needs a description for an image, keeps what was typed, then shows the re-encoded image', async () => {
    const poster = await sharp({ create: { width: 900, height: 1200, channels: 3, background: '#c0392b' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'Someone' } } })
      .toBuffer();
    const refused = await addMaterial({
      title: 'Poster',
      file: new File([new Uint8Array(poster)], 'poster.jpg'),
    });
    assert.equal(refused.status, 422);
    const html = await refused.text();
    assert.ok(visibleText(html).includes('Each image among the materials needs a description'));
    assert.ok(html.includes('value="Poster"'), 'the title is kept');

    const ok = await addMaterial({
      title: 'Poster',
      alt: 'A red poster: “Care is work”',
      file: new File([new Uint8Array(poster)], 'poster.jpg'),
    });
    assert.equal(ok.status, 303);
    const page = (await t.client().get(`/en/campaigns/${slug}`)).html;
    const src =
      /<img src="(\/en\/campaigns\/[^"]+\/materials\/[0-9a-f-]+)" alt="A red poster: “Care is work”"/.exec(
        page,
      )?.[1];
    assert.ok(src, 'the image is shown with its description');
    const image = await t.app.request(src);
    assert.equal(image.headers.get('content-type'), 'image/jpeg');
    assert.equal(image.headers.get('content-disposition'), null, 'shown inline on the page');
    const meta = await sharp(Buffer.from(await image.arrayBuffer())).metadata();
    assert.equal(meta.width, 900);
    assert.equal(meta.exif, undefined, 'metadata is not passed on');
    assert.ok(visibleText(page).includes('JPEG image'));
  });

  it('refuses files that lie about their type, carry scripts, or are too large, with reasons', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const cases: [File, string][] = [
      [new File([new Uint8Array(png)], 'letter.pdf'), 'not what its name says'],
      [
        new File([pdf('/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ')], 'letter.pdf'),
        'scripts or macros',
      ],
      [new File(['just some words'], 'notes.txt'), 'Add a PDF, a Word document'],
      [new File([new Uint8Array(10.2 * 1024 * 1024)], 'big.pdf'), 'larger than 10 MB'],
    ];
    for (const [file, message] of cases) {
      const res = await addMaterial({ title: 'Letter', file });
      assert.equal(res.status, 422, file.name);
      assert.ok(visibleText(await res.text()).includes(message), message);
    }
    const missing = await addMaterial({ title: 'Nothing' });
    assert.equal(missing.status, 422);
    assert.ok(visibleText(await missing.text()).includes('Choose a file to add'));
  });

  it('lets only the campaign’s leads add or remove materials, and audits both', async () => {
    const other = await createMemberOrganization(t.deps);
    const stranger = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, other.id, 'editor'),
    );
    await stranger.get(`/en/campaigns/${slug}`);
    const page = (await stranger.get(`/en/campaigns/${slug}`)).html;
    assert.ok(!page.includes('/materials"'), 'no upload form for others');
    const res = await stranger.post(`/en/campaigns/${slug}/materials`, {
      title: 'Mine',
      file: new File([pdf()], 'mine.pdf'),
    });
    assert.equal(res.status, 403);

    const leadPage = (await lead.get(`/en/campaigns/${slug}`)).html;
    const removeAction =
      /action="(\/en\/campaigns\/[^"]+\/materials\/[0-9a-f-]+\/remove)"/.exec(leadPage)?.[1] ?? '';
    const id = removeAction.split('/').at(-2) ?? '';
    assert.equal((await stranger.post(removeAction, {})).status, 403);
    assert.equal((await lead.post(removeAction, {})).status, 303);
    assert.equal((await t.app.request(`/en/campaigns/${slug}/materials/${id}`)).status, 404);
    assert.ok(!(await t.client().get(`/en/campaigns/${slug}`)).html.includes(id));

    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['campaigns.material_added', 'campaigns.material_removed'])
      .execute();
    assert.equal(audit.filter((a) => a.action === 'campaigns.material_added').length, 2);
    assert.equal(audit.filter((a) => a.action === 'campaigns.material_removed').length, 1);
  });

  it('keeps a draft campaign’s materials private', async () => {
    await lead.post(`/en/campaigns/${slug}/unpublish`, {});
    const leadPage = (await lead.get(`/en/campaigns/${slug}`)).html;
    const href =
      /href="(\/en\/campaigns\/[^"]+\/materials\/[0-9a-f-]+)\?download=1"/.exec(leadPage)?.[1] ?? '';
    assert.equal((await t.app.request(href)).status, 404);
    const own = await lead.get(href);
    assert.equal(own.response.status, 200);
    assert.equal(own.response.headers.get('cache-control'), 'private, no-store');
  });
});
