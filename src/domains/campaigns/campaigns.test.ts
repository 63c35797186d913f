import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createdSlug } from '../../../test/support/created-records.ts';
import { csvLines } from '../../../test/support/csv-downloads.ts';
import {
  createMemberOrganization,
  createOrganizationPerson,
  useOrganisers,
} from '../../../test/support/events.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';

describe(`campaigns with endorsements (${testDialect})`, () => {
  const t = useTestApp();
  const { lead } = useOrganisers(
    t,
    { lead: { slug: 'make-mothers-matter', name: 'Make Mothers Matter', countries: ['FR'] } },
    { role: 'owner' },
  );
  let slug = '';

  const fields = (overrides: Record<string, string | string[]> = {}) => ({
    title: 'A European year for women’s mental health',
    goal: 'Put mothers’ mental health on the European agenda.',
    callToAction: 'Endorse the call and write to your representatives.',
    body: '',
    language: 'en',
    scope: 'regional',
    countries: ['FR', 'PL', 'BE'],
    themes: ['theme:caregiver_health'],
    startsOn: '2026-01-01',
    endsOn: '2026-12-31',
    materialTitle: ['Call to action', 'Poster'],
    materialUrl: ['https://example.org/call.pdf', 'https://example.org/poster.png'],
    materialAlt: ['', 'A mother and a child drawn in blue'],
    organization: 'make-mothers-matter',
    ...overrides,
  });

  it('refuses bad input with reasons: a national scope with several countries, an undescribed image, dates reversed', async () => {
    await lead.get('/en/campaigns/new');
    const cases: [Record<string, string | string[]>, string][] = [
      [{ scope: 'national' }, 'A national campaign needs exactly one country'],
      [{ imageUrl: 'https://example.org/i.png' }, 'Describe the image'],
      [{ endsOn: '2025-01-01' }, 'The end must come after the start'],
    ];
    for (const [change, message] of cases) {
      const res = await lead.post('/en/campaigns/new', fields(change));
      assert.equal(res.status, 422, JSON.stringify(change));
      assert.ok(visibleText(await res.text()).includes(message), message);
    }
  });

  it('publishes a campaign that member organisations endorse once each, with a live count and a public list', async () => {
    await lead.get('/en/campaigns/new');
    slug = createdSlug(await lead.post('/en/campaigns/new', fields()), 'campaigns');
    assert.equal((await t.client().get(`/en/campaigns/${slug}`)).response.status, 404, 'drafts are private');
    await lead.get(`/en/campaigns/${slug}`);
    assert.equal((await lead.post(`/en/campaigns/${slug}/publish`, {})).status, 303);

    const endorsers: TestClient[] = [];
    for (const [name, country, statement] of [
      ['Mother Centres International', 'DE', 'Count us in'],
      ['Polish Care Network', 'PL', '=Count us in'],
    ] as const) {
      const org = await createMemberOrganization(t.deps, { name, countries: [country] });
      const client = await signedInClient(
        t.client(),
        await createOrganizationPerson(t.deps, org.id, 'editor'),
      );
      await client.get(`/en/campaigns/${slug}`);
      const res = await client.post(`/en/campaigns/${slug}/endorse`, {
        organization: org.slug,
        statement,
      });
      assert.equal(res.status, 303);
      const again = await client.post(`/en/campaigns/${slug}/endorse`, { organization: org.slug });
      assert.equal(again.status, 409, 'an organisation endorses once');
      assert.ok(visibleText(await again.text()).includes('already endorses'));
      endorsers.push(client);
    }
    const html = (await t.client().get(`/en/campaigns/${slug}`)).html;
    assert.match(
      html,
      /<meta property="og:title" content="A European year for women’s mental health"/,
      'a share card',
    );
    const page = visibleText(html);
    assert.ok(page.includes('Endorsed by 2 organisations'));
    assert.ok(page.includes('Mother Centres International'));
    assert.ok(page.includes('Poland: 1'));

    const member = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, (await createMemberOrganization(t.deps)).id, 'member'),
    );
    await member.get(`/en/campaigns/${slug}`);
    assert.equal(
      (await member.post(`/en/campaigns/${slug}/endorse`, { organization: 'make-mothers-matter' })).status,
      403,
    );

    const csv = await (await t.app.request(`/en/campaigns/${slug}/endorsers.csv`)).text();
    assert.ok(
      csv.includes(`"Polish Care Network","PL","'=Count us in"`),
      'a formula-looking cell is defused',
    );
  });

  it('lists running campaigns with their counts', async () => {
    const list = visibleText((await t.client().get('/en/campaigns')).html);
    assert.ok(list.includes('A European year for women’s mental health'));
    assert.ok(list.includes('Endorsed by 2 organisations'));
    const lines = await csvLines(await t.app.request('/api/v1/campaigns?format=csv'));
    assert.match(lines[0] ?? '', /^slug,url,status,title,goal,callToAction,/);
    const row = lines.find((l) => l.includes('A European year for women’s mental health'));
    assert.ok(row, 'the campaign is a row');
    assert.match(row, /,2,/, 'with its endorsement count');
  });
});
