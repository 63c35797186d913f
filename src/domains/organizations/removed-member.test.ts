import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signedInClient } from '../../../test/support/accounts.ts';
import {
  actorOf,
  createMemberOrganization,
  createOrganizationPerson,
  lseEventInput,
} from '../../../test/support/events.ts';
import { practiceFormFields } from '../../../test/support/practices.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { createEvent } from '../events/events.service.ts';

describe('a person removed from an organisation loses what they made in its name', () => {
  const t = useTestApp();

  it('can no longer edit or submit the practice, nor edit or publish the event, they created there', async () => {
    const organization = await createMemberOrganization(t.deps);
    const owner = await createOrganizationPerson(t.deps, organization.id, 'owner');
    const editor = await createOrganizationPerson(t.deps, organization.id, 'editor');
    const author = await signedInClient(t.client(), editor);

    await author.get('/en/practices/new');
    const created = await author.post(
      '/en/practices',
      practiceFormFields({ title: 'Respite vouchers for carers' }),
    );
    assert.equal(created.status, 303);
    const practicePath = new URL(created.headers.get('location') ?? '', 'http://x').pathname.replace(
      /\/edit$/,
      '',
    );
    const event = await createEvent(t.deps, await actorOf(t.deps, editor), lseEventInput(organization.slug));
    assert.equal((await author.request(`${practicePath}/edit`)).status, 200);
    assert.equal((await author.request(`/en/events/${event.slug}/edit`)).status, 200);

    const owners = await signedInClient(t.client(), owner);
    await owners.get(`/en/members/${organization.slug}/people`);
    assert.equal(
      (await owners.post(`/en/members/${organization.slug}/people/${editor.id}/remove`, {})).status,
      303,
    );

    // The same session, still signed in: every check reads today's membership.
    for (const path of [`${practicePath}/edit`, `/en/events/${event.slug}/edit`]) {
      const res = await author.request(path);
      assert.ok(res.status === 403 || res.status === 404, `${path} → ${res.status}`);
    }
    const token = (await author.get('/en/account')).html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? '';
    for (const path of [`${practicePath}/submit`, `/en/events/${event.slug}/publish`]) {
      const res = await author.post(path, {}, { csrf: token });
      assert.ok(res.status === 403 || res.status === 404, `${path} → ${res.status}`);
    }
    const edit = await author.post(`/en/events/${event.slug}/edit`, {}, { csrf: token });
    assert.ok(edit.status === 403 || edit.status === 404, `event edit → ${edit.status}`);
    const stillDraft = await t.deps.db
      .selectFrom('practices')
      .select('status')
      .where('title', '=', 'Respite vouchers for carers')
      .executeTakeFirstOrThrow();
    assert.equal(stillDraft.status, 'draft');

    // Their former colleagues keep them.
    assert.equal((await owners.request(`/en/events/${event.slug}/edit`)).status, 200);
  });
});
