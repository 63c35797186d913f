import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { actorOf, visibleText } from '../../../test/support/accounts.ts';
import { auditEntries } from '../../../test/support/audit-entries.ts';
import { useOrganisers } from '../../../test/support/events.ts';
import { importRow, pasteForReview, redirectOf, sendReview } from '../../../test/support/imports.ts';
import { usePeople } from '../../../test/support/people.ts';
import { type TestClient, useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { publishPractice } from '../practices/practice-workflow.service.ts';
import { canOnSource, sourceActions, type TSourceResource } from './import-sources.policy.ts';

/**
 * The document a record came from stays attached to it (issue 18, docs/adr/0082): its page lists the
 * source for curators, the secretariat and the record's organisation while it is private, for every
 * reader once a curator makes it public; the switch is the curator's and is audited.
 */
const centrePage = [
  'Dzienny Dom Opieki „Pod Kasztanami” w Gdańsku',
  '',
  'Opublikowano 9 marca 2026',
  '',
  'Miasto Gdańsk otwiera dzienny dom opieki dla osób starszych, prowadzony przez Fundację Morskie Sady.',
  '',
  'Kto może skorzystać?',
  '• osoby po 70. roku życia mieszkające w Gdańsku;',
  '• opiekunowie rodzinni, którzy pracują w ciągu dnia.',
].join('\n');

const webinarPage = [
  'Webinar: funding respite for family carers',
  '',
  'Join us on 14 May 2026 at 15:00 CET in Lyon, France, to compare how cities fund respite for family carers.',
  '',
  'Speakers from three municipal programmes will share what their first year taught them.',
].join('\n');

describe(`the source document stays with its record (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-03-20T10:00:00Z') } });
  const { editor, otherEditor } = useOrganisers(t, { editor: { countries: ['PL'] }, otherEditor: {} });
  const { curator, reviewer } = usePeople(t, {
    curator: { roles: ['curator'] },
    reviewer: { roles: ['reviewer'] },
  });

  /** A draft of this kind made from a pasted text: the import's id and the slug of the record made. */
  async function draftFrom(client: TestClient, text: string, kind: string, path: string) {
    const review = await pasteForReview(client, text);
    const location = await redirectOf(await sendReview(client, review, { kind, target: 'new' }));
    assert.ok(location.includes(path), location);
    return { id: review.id, slug: (await importRow(t.deps, review.id)).record_slug ?? '' };
  }

  it('shows a private source to the organisation, curators and the secretariat only, then to all once public', async () => {
    const { id, slug } = await draftFrom(editor, centrePage, 'service', '/practices/');
    const page = `/en/practices/${encodeURIComponent(slug)}`;
    const source = `/en/imports/${id}/source`;

    // The draft: its organisation's editor sees the record and its pasted source, as a text file.
    const own = await editor.get(page);
    assert.equal(own.response.status, 200);
    assert.match(visibleText(own.html), /Source document/);
    assert.match(visibleText(own.html), /Private/);
    assert.doesNotMatch(own.html, /source-visibility/, 'only a curator switches it');
    const download = await editor.request(source);
    assert.equal(download.status, 200);
    assert.equal(download.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.match(download.headers.get('content-disposition') ?? '', /^attachment; /);
    assert.equal(await download.text(), centrePage);

    await publishPractice(t.deps, await actorOf(t.deps, curator.user, ['curator']), slug);

    // Published, source private: readers see the record, not the source nor a link to it.
    for (const [who, client] of [
      ['anonymous', t.client()],
      ['another organisation', otherEditor],
    ] as const) {
      const shown = await client.get(page);
      assert.equal(shown.response.status, 200, who);
      assert.doesNotMatch(shown.html, /record-sources|\/source"/, who);
      assert.equal((await client.get(source)).response.status, 404, who);
    }
    for (const [who, client] of [
      ['curator', curator],
      ['secretariat', reviewer],
    ] as const) {
      assert.match(visibleText((await client.get(page)).html), /Source document/, who);
      assert.equal((await client.get(source)).response.status, 200, who);
    }

    // The editor may not switch it; the curator makes it public (audited), and every reader sees it.
    assert.equal((await editor.post(`/en/imports/${id}/source-visibility`, { public: 'yes' })).status, 403);
    const curatorPage = (await curator.get(page)).html;
    assert.match(curatorPage, /Show it to everyone/);
    const made = await curator.post(`/en/imports/${id}/source-visibility`, { public: 'yes' });
    assert.equal(made.status, 303);
    assert.equal(made.headers.get('location'), page);
    const anonymous = t.client();
    const publicPage = await anonymous.get(page);
    assert.match(visibleText(publicPage.html), /Source document/);
    assert.match(visibleText(publicPage.html), /Public/);
    assert.equal((await anonymous.get(source)).response.status, 200);
    assert.equal((await otherEditor.get(source)).response.status, 200);

    // Private again: gone for the public, still there for the organisation.
    assert.equal((await curator.post(`/en/imports/${id}/source-visibility`, { public: 'no' })).status, 303);
    assert.equal((await t.client().get(source)).response.status, 404);
    assert.equal((await editor.get(source)).response.status, 200);
    const actions = await auditEntries(t.deps, { subjectId: id });
    // One of each (the test clock stands still, so the two entries share a time).
    const switched = actions.filter((a) => a.action.startsWith('imports.source_'));
    assert.deepEqual(switched.map((a) => a.action).sort(), [
      'imports.source_made_private',
      'imports.source_made_public',
    ]);
    assert.ok(switched.every((a) => a.actor_id === curator.user.id));
  });

  it('keeps a private source of a draft from those who cannot see the draft', async () => {
    const { id } = await draftFrom(
      editor,
      centrePage.replace('Kasztanami', 'Dębami'),
      'service',
      '/practices/',
    );
    assert.equal((await otherEditor.get(`/en/imports/${id}/source`)).response.status, 404);
    assert.equal((await t.client().get(`/en/imports/${id}/source`)).response.status, 404);
    assert.equal(
      (await otherEditor.post(`/en/imports/${id}/source-visibility`, { public: 'yes' })).status,
      404,
    );
    assert.equal((await t.client().get('/en/imports/no-such-import/source')).response.status, 404);
  });

  it('attaches the source of an event to the event page, for the curator who made it', async () => {
    const { id, slug } = await draftFrom(curator, webinarPage, 'event', '/events/');
    const { html } = await curator.get(`/en/events/${encodeURIComponent(slug)}`);
    assert.match(visibleText(html), /Source document/);
    assert.match(html, new RegExp(`/en/imports/${id}/source"`));
    assert.match(html, /name="_csrf"/);
  });

  it('attaches the source of a news item to its page, and says so in Arabic', async () => {
    const { slug } = await draftFrom(
      curator,
      `${webinarPage}\n\nPublished on 2 March 2026.`,
      'news',
      '/news/',
    );
    const { html } = await curator.get(`/ar/news/${encodeURIComponent(slug)}`);
    assert.match(visibleText(html), /الوثيقة المصدر/);
  });
});

describe('source policy: every role × action × visibility', () => {
  const org = 'org-1';
  const actors = {
    anonymous: { userId: null, roles: [], organizationRoles: new Map() },
    signedIn: { userId: 'u-1', roles: [], organizationRoles: new Map() },
    orgMember: { userId: 'u-2', roles: [], organizationRoles: new Map([[org, 'member']]) },
    orgEditor: { userId: 'u-3', roles: [], organizationRoles: new Map([[org, 'editor']]) },
    orgOwner: { userId: 'u-4', roles: [], organizationRoles: new Map([[org, 'owner']]) },
    otherEditor: { userId: 'u-5', roles: [], organizationRoles: new Map([['org-2', 'editor']]) },
    reviewer: { userId: 'u-8', roles: ['reviewer'], organizationRoles: new Map() },
    curator: { userId: 'u-6', roles: ['curator'], organizationRoles: new Map() },
    admin: { userId: 'u-7', roles: ['admin'], organizationRoles: new Map() },
  };
  const resources: Record<string, TSourceResource> = {
    'private, record of org-1': { isSourcePublic: false, organizationId: null, recordOrganizationIds: [org] },
    'private, imported by org-1': { isSourcePublic: false, organizationId: org, recordOrganizationIds: [] },
    'private, no organisation': { isSourcePublic: false, organizationId: null, recordOrganizationIds: [] },
    public: { isSourcePublic: true, organizationId: null, recordOrganizationIds: [org] },
  };
  const expected: Record<string, Record<(typeof sourceActions)[number], string[]>> = {
    'private, record of org-1': {
      seeSource: ['orgEditor', 'orgOwner', 'reviewer', 'curator', 'admin'],
      setSourceVisibility: ['curator', 'admin'],
    },
    'private, imported by org-1': {
      seeSource: ['orgEditor', 'orgOwner', 'reviewer', 'curator', 'admin'],
      setSourceVisibility: ['curator', 'admin'],
    },
    'private, no organisation': {
      seeSource: ['reviewer', 'curator', 'admin'],
      setSourceVisibility: ['curator', 'admin'],
    },
    public: { seeSource: Object.keys(actors), setSourceVisibility: ['curator', 'admin'] },
  };
  for (const [name, resource] of Object.entries(resources)) {
    for (const action of sourceActions) {
      it(`${action} on a ${name} source`, () => {
        const allowed = Object.entries(actors)
          .filter(([, a]) => canOnSource(a, action, resource))
          .map(([who]) => who);
        assert.deepEqual(allowed.sort(), (expected[name]?.[action] ?? []).sort());
      });
    }
  }
});
