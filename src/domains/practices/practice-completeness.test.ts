import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import { createMemberOrganization, createPersonIn } from '../../../test/support/commitments.ts';
import { completePracticeInput, practiceInput } from '../../../test/support/practices.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { loadActor } from '../../core/actor.ts';
import { completenessChecks, completenessOf } from './practice-completeness.ts';
import { submitPractice } from './practice-workflow.service.ts';
import { createPractice, parsePracticeInput } from './practices.service.ts';

describe('completeness of a practice record', () => {
  it('counts what a bare record lacks, naming each missing part', () => {
    const bare = parsePracticeInput(practiceInput({ themes: [], populations: [] }));
    const result = completenessOf(bare, 0);
    assert.deepEqual(
      result.missing,
      [...completenessChecks],
      'a one-line summary and body are too short too',
    );
    assert.equal(result.score, 0);
    const someMore = completenessOf({ ...bare, themes: ['theme:long_term_care'], scope: 'local' }, 0);
    assert.equal(someMore.score, 15);
    assert.ok(!someMore.missing.includes('themes'));
  });

  it('gives 100 to a record with every part, and a file stands in for a link', () => {
    const full = parsePracticeInput(completePracticeInput());
    assert.deepEqual(completenessOf(full, 0), { score: 100, missing: [] });
    const withoutLinks = { ...full, links: [] };
    assert.deepEqual(completenessOf(withoutLinks, 0).missing, ['linksOrFiles']);
    assert.equal(completenessOf(withoutLinks, 0).score, 92);
    assert.deepEqual(completenessOf(withoutLinks, 1).missing, []);
  });

  it('needs an end date or "ongoing" besides the start, and accepts beneficiaries text for eligibility', () => {
    const full = parsePracticeInput(completePracticeInput());
    assert.ok(completenessOf({ ...full, isOngoing: false }, 0).missing.includes('dates'));
    assert.ok(!completenessOf({ ...full, isOngoing: false, endDate: '2020' }, 0).missing.includes('dates'));
    const noRules = { ...full, eligibility: [] };
    assert.ok(completenessOf(noRules, 0).missing.includes('eligibility'));
    assert.ok(
      !completenessOf({ ...noRules, beneficiaries: 'Any family carer' }, 0).missing.includes('eligibility'),
    );
  });
});

describe(`completeness on the pages (${testDialect})`, () => {
  let t: TTestApp;
  let author: TestClient;
  let curator: TestClient;
  const slugs: string[] = [];

  before(async () => {
    t = await createTestApp();
    const organization = await createMemberOrganization(t.deps, { countries: ['GB'] });
    const member = await createPersonIn(t.deps, organization.id, 'editor');
    author = await signedInClient(t.client(), member);
    curator = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
    const actor = await loadActor(t.deps.db, { id: member.id, roles: [] });
    const inputs = [
      practiceInput({ title: 'Sparse record about respite' }),
      completePracticeInput({ title: 'Thorough record about day centres' }),
      completePracticeInput({ title: 'Nearly complete record', evidence: [], contact: { name: '' } }),
    ];
    for (const input of inputs) {
      const practice = await createPractice(t.deps, actor, input);
      await submitPractice(t.deps, actor, practice.slug);
      slugs.push(practice.slug);
    }
  });
  after(async () => {
    await t.close();
  });

  it('shows its editors the score and what is still missing, in their language', async () => {
    const { html } = await author.get(`/en/practices/${slugs[2]}`);
    const text = visibleText(html);
    assert.match(text, /Completeness: 85%/);
    assert.match(
      text,
      /Still missing: Evidence of impact or an evaluation A contact \(e-mail, phone or website\)/,
    );
    const spanish = visibleText((await author.get(`/es/practices/${slugs[2]}`)).html);
    assert.match(spanish, /Grado de compleción: 85\s?%/);
    assert.match(spanish, /Evidencia de impacto o una evaluación/);
  });

  it('does not show it to the public on a published record', async () => {
    await curator.get(`/en/practices/${slugs[1]}`);
    await curator.post(`/en/practices/${slugs[1]}/publish`, {});
    const { html } = await t.client().get(`/en/practices/${slugs[1]}`);
    assert.doesNotMatch(html, /Completeness/);
    const own = visibleText((await author.get(`/en/practices/${slugs[1]}`)).html);
    assert.match(own, /Completeness: 100% Nothing is missing/);
  });

  it('lets curators sort and filter the review queue by completeness', async () => {
    const order = async (query: string) => {
      const { response, html } = await curator.get(`/en/practices/review${query}`);
      assert.equal(response.status, 200);
      return [...html.matchAll(/<a href="\/en\/practices\/([^"]+)">/g)]
        .map((m) => m[1])
        .filter((s): s is string => !!s && slugs.includes(s));
    };
    const byLeast = await order('?sort=completeness');
    assert.deepEqual(byLeast, [slugs[0], slugs[2]], 'the published one has left the queue');
    assert.deepEqual(await order('?sort=-completeness'), [slugs[2], slugs[0]]);
    assert.deepEqual(await order('?below=50'), [slugs[0]]);
    assert.deepEqual((await order('?sort=nonsense&below=abc')).sort(), [slugs[0], slugs[2]].sort());
    const { html } = await curator.get('/en/practices/review');
    assert.match(visibleText(html), /Nearly complete record Submitted for review 85% 2 items missing/);
  });

  it('lists each own practice with its completeness for the member', async () => {
    const { html } = await author.get('/en/practices/mine');
    assert.match(visibleText(html), /Sparse record about respite Submitted for review 15% 11 items missing/);
  });
});
