import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { createTestApp, type TTestApp } from '../../test/support/test-app.ts';
import { findOrganizationBySlug } from '../domains/organizations/organizations.repository.ts';
import { readMeta } from '../platform/db/app-meta.ts';
import { newId } from '../platform/ids.ts';
import { demoOrganizations } from './demo-organizations.ts';
import { demoCampaignPicture, demoNewsPicture, demoPracticePictures } from './demo-pictures.ts';
import { loadDemoIfEmpty } from './load-demo.ts';

// The codes the product defines (docs/PRODUCT.md, "Organisation"), written out here on purpose:
// the demo must keep to them even if a list in the code drifts.
const stakeholderTypes = [
  'national_government',
  'local_government',
  'international_agency',
  'private_sector_international',
  'private_sector_national',
  'philanthropy_national',
  'philanthropy_regional',
  'philanthropy_international',
  'academia',
  'youth_organization',
  'feminist_organization',
  'civil_society_network',
];
const scopes = ['local', 'national', 'regional', 'international'];
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
/** Codes Intl names that are not ISO 3166-1 countries. */
const notCountries = new Set(['EU', 'EZ', 'UN', 'UK', 'QO', 'XA', 'XB']);

function isIsoCountry(code: string): boolean {
  if (!/^[A-Z]{2}$/.test(code) || notCountries.has(code)) return false;
  const name = regionNames.of(code);
  return name !== undefined && name !== code && name !== 'Unknown Region';
}

describe('demo content', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  const countOrganizations = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('organizations')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('loads the demo organisations into an empty database, once', async () => {
    assert.equal(await loadDemoIfEmpty(t.deps), true);
    assert.equal(await countOrganizations(), demoOrganizations.length);
    assert.ok(await readMeta(t.deps.db, 'demo_loaded'));
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'demo.loaded')
      .execute();
    assert.equal(audit.length, 1);
    // Each demo part adds its own count (commitments, events…); the organisations' is checked here.
    assert.equal(JSON.parse(audit[0]?.details ?? '{}').organizations, demoOrganizations.length);
  });

  it('loads nothing on a second call', async () => {
    assert.equal(await loadDemoIfEmpty(t.deps), false);
    assert.equal(await countOrganizations(), demoOrganizations.length);
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'demo.loaded')
      .execute();
    assert.equal(audit.length, 1);
  });

  it('shows the number of members and of their countries on the home page', async () => {
    const members = demoOrganizations.length;
    const countries = new Set(demoOrganizations.flatMap((o) => o.countries)).size;
    const html = await (await t.app.request('/en/')).text();
    // Each figure's label links to its list (the members, their map).
    assert.match(
      html,
      new RegExp(`<dt><a href="/en/members">member organisations</a></dt>\\s*<dd>${members}</dd>`),
    );
    assert.match(
      html,
      new RegExp(`<dt><a href="/en/members/map">countries</a></dt>\\s*<dd>${countries}</dd>`),
    );
  });

  it('shows the figures in Polish and Arabic with the right plural forms', async () => {
    const members = demoOrganizations.length;
    const countries = new Set(demoOrganizations.flatMap((o) => o.countries)).size;
    const forms = {
      pl: {
        members: {
          one: 'organizacja członkowska',
          few: 'organizacje członkowskie',
          many: 'organizacji członkowskich',
        },
        countries: { one: 'kraj', few: 'kraje', many: 'krajów' },
        siteName: 'Globalny Sojusz na rzecz Opieki',
      },
      ar: {
        members: {
          one: 'منظمة عضو',
          two: 'منظمتان عضوان',
          few: 'منظمات أعضاء',
          many: 'منظمة عضوًا',
          other: 'منظمة عضو',
        },
        countries: { one: 'بلد', two: 'بلدان', few: 'بلدان', many: 'بلدًا', other: 'بلد' },
        siteName: 'التحالف العالمي للرعاية',
      },
    } as const;
    for (const [locale, expected] of Object.entries(forms)) {
      const plural = new Intl.PluralRules(locale);
      const memberLabel = (expected.members as Record<string, string>)[plural.select(members)];
      const countryLabel = (expected.countries as Record<string, string>)[plural.select(countries)];
      const html = await (await t.app.request(`/${locale}/`)).text();
      assert.ok(html.includes(expected.siteName), `${locale}: site name`);
      assert.match(
        html,
        new RegExp(`<dt><a href="/${locale}/members">${memberLabel}</a></dt>\\s*<dd>${members}</dd>`),
        `${locale}: members`,
      );
      assert.match(
        html,
        new RegExp(`<dt><a href="/${locale}/members/map">${countryLabel}</a></dt>\\s*<dd>${countries}</dd>`),
        `${locale}: countries`,
      );
    }
  });

  it('gives every organisation a valid type, scope, countries, slug and description', async () => {
    const rows = await t.deps.db.selectFrom('organizations').selectAll().execute();
    assert.equal(rows.length, demoOrganizations.length);
    for (const row of rows) {
      assert.ok(stakeholderTypes.includes(row.stakeholder_type), `${row.slug}: type ${row.stakeholder_type}`);
      assert.ok(scopes.includes(row.scope), `${row.slug}: scope ${row.scope}`);
      const countries = JSON.parse(row.countries) as string[];
      assert.ok(countries.length > 0, `${row.slug}: no country`);
      for (const code of countries) assert.ok(isIsoCountry(code), `${row.slug}: country ${code}`);
      assert.match(row.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.ok(row.name.trim().length > 0, `${row.slug}: empty name`);
      assert.ok(row.description.trim().length > 0, `${row.slug}: empty description`);
      assert.equal(row.membership_status, 'member');
      if (row.website !== null) assert.match(new URL(row.website).protocol, /^https?:$/);
    }
    assert.equal(new Set(rows.map((r) => r.slug)).size, rows.length, 'slugs are unique');
  });

  it('keeps each description in its own language with an English translation', async () => {
    for (const demo of demoOrganizations) {
      const org = await findOrganizationBySlug(t.deps.db, demo.slug);
      assert.ok(org, demo.slug);
      assert.equal(org.language, demo.language);
      assert.deepEqual(org.countries, [...demo.countries]);
      if (org.language === 'en') continue;
      assert.ok(org.nameTranslations.en?.trim(), `${demo.slug}: English name`);
      assert.ok(org.descriptionTranslations.en?.trim(), `${demo.slug}: English description`);
    }
  });

  it('shows a connection that led to a commitment: the outcome names it and its page says so', async () => {
    const outcome = await t.deps.db
      .selectFrom('connection_outcomes as o')
      .innerJoin('commitments as c', 'c.id', 'o.commitment_id')
      .select(['o.kind', 'c.slug', 'c.from_connection_at'])
      .executeTakeFirstOrThrow();
    assert.equal(outcome.kind, 'new_commitment');
    assert.ok(outcome.from_connection_at);
    const page = await t.client().get(`/es/commitments/${outcome.slug}`);
    assert.equal(page.response.status, 200);
    const chart = await t.client().get('/en/connections/outcomes');
    assert.match(chart.html, /New commitment/);
  });

  it('shows the demo pictures on practice, campaign and news pages, described in the record’s language', async () => {
    const pages = [
      ...demoPracticePictures.map((p) => ({
        path: `/en/practices/${encodeURIComponent(p.slug)}`,
        alt: p.alt,
      })),
      { path: `/en/campaigns/${demoCampaignPicture.slug}`, alt: demoCampaignPicture.alt },
      { path: `/ar/news/${demoNewsPicture.slug}`, alt: demoNewsPicture.alt },
    ];
    for (const { path, alt } of pages) {
      const page = await t.client().get(path);
      assert.equal(page.response.status, 200, path);
      const img = page.html.match(new RegExp(`<img[^>]*alt="${alt}"[^>]*>`));
      assert.ok(img, `${path}: a picture described as "${alt}"`);
      const src = img[0].match(/src="([^"]+)"/)?.[1] ?? '';
      const picture = await t.app.request(src.replace(/&amp;/g, '&'));
      assert.equal(picture.status, 200, `${path}: its picture ${src}`);
      assert.match(picture.headers.get('content-type') ?? '', /^image\/(png|webp)$/);
      const bytes = new Uint8Array(await picture.arrayBuffer());
      assert.ok(bytes.byteLength < 40_000, `${path}: a small picture (${bytes.byteLength} bytes)`);
      const size = await sharp(bytes).metadata();
      assert.ok((size.width ?? 0) >= 400, `${path}: a picture one can see`);
    }
  });

  it('keeps the demo pictures as a person’s upload is kept: re-encoded, without metadata', async () => {
    const drawn = await demoPracticePictures[0]!.draw();
    const kept = await t.deps.db
      .selectFrom('uploads')
      .select(['storage_key', 'byte_size', 'purpose', 'original_name'])
      .where('original_name', '=', demoPracticePictures[0]!.fileName)
      .executeTakeFirstOrThrow();
    assert.equal(kept.purpose, 'practice_file');
    const bytes = await t.deps.files.read(kept.storage_key);
    assert.ok(bytes);
    assert.notDeepEqual(
      new Uint8Array(bytes),
      drawn,
      'what is served is drawn again, not the bytes handed in',
    );
  });

  it('links the Muscat conference to related records, which its page lists', async () => {
    for (const locale of ['ar', 'en']) {
      const page = await t.client().get(`/${locale}/events/social-care-policies-conference-muscat-2024`);
      assert.equal(page.response.status, 200);
      assert.match(
        page.html,
        new RegExp(
          `href="/${locale}/practices/${encodeURIComponent('توصيات-مؤتمر-سياسات-الرعاية-الاجتماعية')}"`,
        ),
      );
      assert.match(page.html, new RegExp(`href="/${locale}/practices/long-term-care-insurance-japan"`));
      assert.match(page.html, new RegExp(`href="/${locale}/commitments/dirasat-aebaa-alriaaya-oman"`));
    }
  });

  it('includes the organisations the founding texts name', () => {
    const slugs = new Set(demoOrganizations.map((o) => o.slug));
    for (const slug of [
      'inmujeres',
      'un-women',
      'make-mothers-matter',
      'mine-mother-centres',
      'uclg',
      'bogota-city-government',
      'easpd',
      'rops-krakow',
      'plineu',
      'adecco-poland',
      'gops-igolomia-wawrzenczyce',
      'gops-kocmyrzow-luborzyca',
      'grodzki-urzad-pracy-krakow',
      'mops-krakow',
      'pcpr-krakow',
      'urzad-pracy-powiatu-krakowskiego',
      'sultan-qaboos-university',
    ]) {
      assert.ok(slugs.has(slug), slug);
    }
  });
});

describe('demo content on a database in use', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(async () => {
    await t.close();
  });

  it('loads once when two app nodes start at the same moment', async () => {
    const other = await createTestApp();
    try {
      const results = await Promise.all([loadDemoIfEmpty(other.deps), loadDemoIfEmpty(other.deps)]);
      assert.deepEqual([...results].sort(), [false, true]);
      const row = await other.deps.db
        .selectFrom('organizations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(row.n), demoOrganizations.length);
    } finally {
      await other.close();
    }
  });

  it('leaves a database that already has users alone', async () => {
    const at = t.deps.clock.now().toISOString();
    await t.deps.db
      .insertInto('users')
      .values({
        id: newId(),
        email: 'someone@example.org',
        name: 'Someone',
        password_hash: 'x',
        locale: 'en',
        email_verified_at: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    assert.equal(await loadDemoIfEmpty(t.deps), false);
    const row = await t.deps.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(row.n), 0);
    assert.equal(await readMeta(t.deps.db, 'demo_loaded'), undefined);
  });
});
