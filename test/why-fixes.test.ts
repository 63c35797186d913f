import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { findOrganizationBySlug } from '../src/domains/organizations/organizations.repository.ts';
import { signedInClient, visibleText } from './support/accounts.ts';
import { createMemberOrganization, createOrganizationPerson } from './support/events.ts';
import { createTestApp, type TTestApp } from './support/test-app.ts';

/** Small things from issue 16's "Why", each checked where a person meets it, on the demo content. */
describe('issue 16 small fixes, on the demo', () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-03-01T12:00:00Z') } });
    assert.equal(await loadDemoIfEmpty(t.deps), true);
  });
  after(async () => {
    await t.close();
  });

  it('the Muscat news item links to the conference outcome page, in English and Arabic', async () => {
    for (const locale of ['en', 'ar']) {
      const { html } = await t.client().get(`/${locale}/news/muscat-conference-closes-with-recommendations`);
      const link = `href="/${locale}/events/social-care-policies-conference-muscat-2024/outcome"`;
      assert.ok(html.includes(link), `${locale}: ${link}`);
      const { response } = await t
        .client()
        .get(`/${locale}/events/social-care-policies-conference-muscat-2024/outcome`);
      assert.equal(response.status, 200);
    }
  });

  it('the Care Champion criteria read in each language, not in English', async () => {
    for (const [locale, words] of [
      ['ar', /بطل الرعاية/],
      ['es', /Campeón del Cuidado/],
      ['ru', /Лидер в сфере ухода/],
    ] as const) {
      const { html } = await t.client().get(`/${locale}/members/champions`);
      assert.match(visibleText(html), words, locale);
      assert.match(
        html,
        new RegExp(`<div class="prose" dir="auto" lang="${locale}">`),
        `${locale}: marked as ${locale}`,
      );
    }
  });

  it('a person of one organisation endorses without picking it; quotes stand apart from the names', async () => {
    const organization = await createMemberOrganization(t.deps, {
      name: 'Red Bogotá Cuida',
      countries: ['CO'],
    });
    const person = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, organization.id, 'editor'),
    );
    const { html } = await person.get('/en/campaigns/care-at-the-centre-of-the-recovery');
    assert.doesNotMatch(html, /<select[^>]*name="organization"/, 'no picker for one organisation');
    assert.match(html, new RegExp(`<input type="hidden" name="organization" value="${organization.slug}"/>`));
    assert.match(visibleText(html), /You endorse on behalf of Red Bogotá Cuida ?\./);
    assert.match(
      html,
      /<\/a><blockquote class="endorsement-quote" dir="auto"><p>Cities are where care happens\.<\/p><\/blockquote>/,
    );
    const res = await person.post('/en/campaigns/care-at-the-centre-of-the-recovery/endorse', {
      organization: organization.slug,
    });
    assert.equal(res.status, 303);
    assert.ok(await findOrganizationBySlug(t.deps.db, organization.slug));
  });
  it('has an index of concepts in every language, each linking to its page', async () => {
    for (const locale of ['en', 'ar']) {
      const { response, html } = await t.client().get(`/${locale}/concepts`);
      assert.equal(response.status, 200, locale);
      assert.ok(
        html.includes(`href="/${locale}/concepts/theme%3Along_term_care"`),
        `${locale}: a theme links to its page`,
      );
    }
    assert.match(visibleText((await t.client().get('/en/concepts')).html), /Concepts of the care taxonomy/);
  });
  it('the account page links to the person’s organisation', async () => {
    const organization = await createMemberOrganization(t.deps, { name: 'Fundación Cuidar' });
    const person = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, organization.id, 'owner'),
    );
    const { html } = await person.get('/es/account');
    assert.match(
      html,
      new RegExp(`<a href="/es/members/${organization.slug}"><bdi>Fundación Cuidar</bdi></a>`),
    );
    assert.match(visibleText(html), /Sus organizaciones/);
  });
});
