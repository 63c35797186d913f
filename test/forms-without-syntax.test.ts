import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createUser, signedInClient } from './support/accounts.ts';
import { createMemberOrganization, createPersonIn } from './support/commitments.ts';
import { createTestApp, type TestClient, type TTestApp } from './support/test-app.ts';

/**
 * Issue 16, "no form asks for a delimiter-separated syntax": fails when a hint, label or legend asks
 * people to separate parts with commas, semicolons or bars, to write one item a line, or to type a slug,
 * whether it comes back in a message file or in a rendered form.
 */
const asksForSyntax = [
  /separated by (commas|semicolons|bars)/i,
  /one (\w+ )?(per|a) line/i,
  /vertical bar/i,
  /\bslugs?\b/i,
  /latitude|longitude/i,
  /codes separated/i,
];
/** "One a line: kind; title; address" or "title | address", in any language. */
const partsSyntax = /:\s[^:.!?{}]{0,80}[;؛|]\s*\S|\S \| \S/;

const messagesDir = join(import.meta.dirname, '../src/i18n/messages');

/** Hints and labels of forms: keys in namespaces' field/form/places/outcome parts that end in Hint. */
function formHints(locale: string): [string, string][] {
  const found: [string, string][] = [];
  for (const file of readdirSync(join(messagesDir, locale))) {
    if (file === 'admin.json') continue;
    const messages = JSON.parse(readFileSync(join(messagesDir, locale, file), 'utf8')) as Record<
      string,
      string
    >;
    for (const [key, text] of Object.entries(messages))
      if (/Hint$/.test(key)) found.push([`${file.replace('.json', '')}.${key}`, text]);
  }
  return found;
}

describe('no form asks for a delimiter-separated syntax', () => {
  let t: TTestApp;
  let person: TestClient;
  let curator: TestClient;

  before(async () => {
    t = await createTestApp();
    const organization = await createMemberOrganization(t.deps, { countries: ['CO'] });
    person = await signedInClient(t.client(), await createPersonIn(t.deps, organization.id, 'owner'));
    curator = await signedInClient(t.client(), await createUser(t.deps, { roles: ['curator'] }));
  });
  after(async () => {
    await t.close();
  });

  it('in the message files: no hint of any language asks for separators or slugs', () => {
    const problems: string[] = [];
    for (const [key, text] of formHints('en'))
      if (asksForSyntax.some((p) => p.test(text))) problems.push(`${key}: ${text}`);
    for (const locale of ['en', 'es', 'fr', 'ru', 'ar', 'pl'])
      for (const [key, text] of formHints(locale))
        if (partsSyntax.test(text)) problems.push(`${locale} ${key}: ${text}`);
    assert.deepEqual(problems, []);
  });

  it('in the rendered forms: no hint, label or legend asks for one, and no list is a text box', async () => {
    const pages = [
      '/en/practices/new',
      '/en/events/new',
      '/en/campaigns/new',
      '/en/commitments/new',
      '/en/admin/places',
      '/en/join/apply',
    ];
    const problems: string[] = [];
    for (const path of pages) {
      const { response, html } = await (path.includes('/admin/') ? curator : person).get(path);
      assert.equal(response.status, 200, path);
      const main = html.slice(html.indexOf('<main'));
      const texts = [
        ...main.matchAll(/<(p class="hint"|label|legend)[^>]*>([\s\S]*?)<\/(p|label|legend)>/g),
      ].map((m) => (m[2] as string).replace(/<[^>]*>/g, '').trim());
      for (const text of texts)
        if (asksForSyntax.some((p) => p.test(text)) || partsSyntax.test(text))
          problems.push(`${path}: ${text}`);
      for (const m of main.matchAll(/<textarea[^>]*name="([^"]+)"/g))
        if (
          !/^(summary|body|description|beneficiaries|eligibilityOther|goal|callToAction|text|narrative|motivation|letterText|intendedCommitments|about|tr\w+|translation\w+)$/.test(
            m[1] as string,
          )
        )
          problems.push(`${path}: a text box for a list? ${m[1]}`);
    }
    assert.deepEqual(problems, []);
  });
});
