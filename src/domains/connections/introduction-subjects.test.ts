import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient, visibleText } from '../../../test/support/accounts.ts';
import {
  countIntroductions as countIntroductionsIn,
  organizationIdBySlug,
  outboxTo,
} from '../../../test/support/connections.ts';
import { createOrganizationPerson } from '../../../test/support/events.ts';
import { createTestApp, type TestClient, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { loadDemoIfEmpty } from '../../demo/load-demo.ts';

/**
 * "Learn from this practice" (issue 14): a practice page offers owners and editors of other
 * organisations the introduction request flow, addressed to the organisation behind the practice,
 * with the same limits, privacy and mail as offers and needs; the thread says which practice it is.
 */
describe(`connections: learn from this practice (${testDialect})`, () => {
  let t: TTestApp;
  const now = new Date('2026-03-02T09:00:00Z');
  let lab: TestClient;
  let bogota: TestClient;
  let secretariat: TestClient;
  let outsider: TestClient;
  const emails = { lab: 'ewa.kowalska@lab.example.org', bogota: 'lucia@cuidado.example.co' };
  const slug = 'manzanas-del-cuidado-bogota';
  const practicePath = `/practices/${slug}`;
  const formPath = `/connections/practices/${slug}/introduction`;
  const message = 'Chcemy zrozumieć, jak łączycie usługi opieki w jednej dzielnicy.';
  let threadPath = '';
  const orgIdOf = (slug: string) => organizationIdBySlug(t.deps, slug);
  const mailTo = (email: string) => outboxTo(t.deps, email);
  const countIntroductions = () => countIntroductionsIn(t.deps);

  before(async () => {
    t = await createTestApp({ clock: { now: () => now } });
    await loadDemoIfEmpty(t.deps);
    lab = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, await orgIdOf('time-use-lab-krakow'), 'editor', {
        email: emails.lab,
        name: 'Ewa Kowalska',
        locale: 'pl',
      }),
    );
    bogota = await signedInClient(
      t.client(),
      await createOrganizationPerson(t.deps, await orgIdOf('bogota-city-government'), 'owner', {
        email: emails.bogota,
        name: 'Lucía Gómez',
        locale: 'es',
      }),
    );
    secretariat = await signedInClient(t.client(), await createUser(t.deps, { roles: ['reviewer'] }));
    outsider = await signedInClient(t.client(), await createUser(t.deps));
  });
  after(async () => {
    await t.close();
  });

  it('shows "learn from this practice" to writers of another organisation only', async () => {
    const forLab = await lab.get(`/pl${practicePath}`);
    assert.ok(forLab.html.includes(`href="/pl${formPath}"`));
    assert.match(visibleText(forLab.html), /Ucz się z tej praktyki/);
    for (const who of [bogota, outsider, t.client()]) {
      const page = await who.request(`/es${practicePath}`);
      assert.equal(page.status, 200);
      assert.ok(!(await page.text()).includes(formPath));
    }
  });

  it('asks the organisation behind the practice; refuses bad input, its own organisation and a repeat', async () => {
    const form = await lab.get(`/pl${formPath}`);
    assert.match(visibleText(form.html), /Manzanas del Cuidado de Bogotá/);
    assert.ok(form.html.includes(`href="/pl${practicePath}"`));
    const empty = await lab.post(`/pl${formPath}`, { message: '' });
    assert.equal(empty.status, 422);
    const huge = await lab.post(`/pl${formPath}`, { message: 'ą'.repeat(100_000) });
    assert.ok(huge.status === 422 || huge.status === 413, `status ${huge.status}`);

    await bogota.get(`/es${practicePath}`);
    const own = await bogota.post(`/es${formPath}`, {
      organizationId: await orgIdOf('bogota-city-government'),
      message: 'Hola',
    });
    assert.equal(own.status, 422);
    assert.match(visibleText(await own.text()), /Esta práctica es de su propia organización/);
    assert.equal(await countIntroductions(), 0);

    const asked = await lab.post(`/pl${formPath}`, {
      organizationId: await orgIdOf('time-use-lab-krakow'),
      message,
    });
    assert.equal(asked.status, 303);
    threadPath = (asked.headers.get('location') ?? '').replace(/^\/pl/, '');
    assert.match(threadPath, /^\/workspace\/connections\/introductions\/[\w-]+$/);
    const again = await lab.post(`/pl${formPath}`, {
      organizationId: await orgIdOf('time-use-lab-krakow'),
      message,
    });
    assert.equal(again.status, 422);
    assert.match(visibleText(await again.text()), /już pytała o tę praktykę/);
    assert.equal(await countIntroductions(), 1);
  });

  it('tells the receiver by mail, shows which practice, and hides addresses until acceptance', async () => {
    const forBogota = await bogota.get(`/es${threadPath}`);
    assert.ok(forBogota.html.includes(message));
    assert.ok(forBogota.html.includes(`href="/es${practicePath}"`));
    assert.match(visibleText(forBogota.html), /Manzanas del Cuidado de Bogotá \(Práctica\)/);
    assert.ok(!forBogota.html.includes(emails.lab));
    const mails = await mailTo(emails.bogota);
    assert.equal(mails.length, 1);
    assert.ok((mails[0]?.text_body ?? '').includes(threadPath));
    assert.ok(!(mails[0]?.text_body ?? '').includes(emails.lab));
    assert.ok(!(mails[0]?.text_body ?? '').includes(message));

    for (const who of [outsider, secretariat])
      assert.equal((await who.request(`/en${threadPath}`)).status, 404);

    const version = /name="version" value="(\d+)"/.exec(forBogota.html)?.[1] ?? '1';
    assert.equal(
      (await bogota.post(`/es${threadPath}/answer`, { decision: 'accepted', version })).status,
      303,
    );
    const forLab = await lab.get(`/pl${threadPath}`);
    assert.ok(forLab.html.includes(emails.bogota), 'contact persons after acceptance');
    for (const who of [outsider, secretariat])
      assert.equal((await who.request(`/en${threadPath}`)).status, 404);
  });

  it('answers 404 for an unknown practice and refuses one whose organisation left the alliance', async () => {
    assert.equal((await lab.request(`/pl/connections/practices/no-such-practice/introduction`)).status, 404);
    assert.equal(
      (await lab.request(`/pl/connections/practices/${'x'.repeat(5000)}/introduction`)).status,
      404,
    );
    await t.deps.db
      .updateTable('organizations')
      .set({ membership_status: 'former' })
      .where('slug', '=', 'sultan-qaboos-university')
      .execute();
    const arabic = 'توصيات-مؤتمر-سياسات-الرعاية-الاجتماعية';
    const path = `/pl/connections/practices/${encodeURIComponent(arabic)}/introduction`;
    await lab.get(path);
    const closed = await lab.post(path, { organizationId: await orgIdOf('time-use-lab-krakow'), message });
    assert.equal(closed.status, 422);
    assert.match(visibleText(await closed.text()), /nie jest już członkiem sojuszu/);
    assert.equal(await countIntroductions(), 1);
  });

  it('asks a commitment’s lead organisation the same way, and shows which commitment', async () => {
    const commitment = '/commitments/manzanas-del-cuidado-20-localidades';
    const commitmentForm = '/connections/commitments/manzanas-del-cuidado-20-localidades/introduction';
    const forLab = await lab.get(`/pl${commitment}`);
    assert.ok(forLab.html.includes(`href="/pl${commitmentForm}"`));
    for (const who of [bogota, outsider, t.client()]) {
      const page = await who.request(`/es${commitment}`);
      assert.equal(page.status, 200);
      assert.ok(!(await page.text()).includes(commitmentForm));
    }
    await bogota.get(`/es${commitment}`);
    const own = await bogota.post(`/es${commitmentForm}`, {
      organizationId: await orgIdOf('bogota-city-government'),
      message: 'Hola',
    });
    assert.equal(own.status, 422);
    assert.match(visibleText(await own.text()), /Este compromiso lo lidera su propia organización/);

    await lab.get(`/pl${commitmentForm}`);
    const asked = await lab.post(`/pl${commitmentForm}`, {
      organizationId: await orgIdOf('time-use-lab-krakow'),
      message: 'Chcemy pomóc zmierzyć czas opieki w dzielnicach.',
    });
    assert.equal(asked.status, 303);
    const thread = (asked.headers.get('location') ?? '').replace(/^\/pl/, '');
    const again = await lab.post(`/pl${commitmentForm}`, {
      organizationId: await orgIdOf('time-use-lab-krakow'),
      message: 'Jeszcze raz',
    });
    assert.equal(again.status, 422);
    assert.match(visibleText(await again.text()), /już pytała o to zobowiązanie/);
    const forBogota = await bogota.get(`/es${thread}`);
    assert.ok(forBogota.html.includes(`href="/es${commitment}"`));
    assert.match(visibleText(forBogota.html), /\(Compromiso\)/);
    assert.ok(!forBogota.html.includes(emails.lab));
    assert.equal((await mailTo(emails.bogota)).length, 2);
    for (const who of [outsider, secretariat]) assert.equal((await who.request(`/en${thread}`)).status, 404);
    assert.equal(
      (await lab.request('/pl/connections/commitments/no-such-commitment/introduction')).status,
      404,
    );
  });
});
