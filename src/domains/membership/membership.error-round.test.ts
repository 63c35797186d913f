import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useTestApp } from '../../../test/support/test-app.ts';

/** The error summary's entries, as "field name — message" in the order shown. */
function summaryEntries(html: string): string[] {
  const summary = /<div class="notice error error-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
  return [...summary.matchAll(/<li data-error-for="[^"]+"><a href="#([^"]+)">([\s\S]*?)<\/a><\/li>/g)].map(
    (m) => {
      const field = /<span class="error-field">([\s\S]*?)<\/span>/.exec(m[2] as string)?.[1] ?? '';
      const message = (m[2] as string).replace(/<span class="error-field">[\s\S]*?<\/span>/, '').trim();
      return `${m[1]} | ${field} | ${message}`;
    },
  );
}

describe('forms: one round of errors, each naming its field', () => {
  const t = useTestApp();

  it('the join form is not left to the browser: novalidate, so the server names every error', async () => {
    const { html } = await t.client().get('/en/join/apply');
    assert.match(html, /<form novalidate[^>]*action="\/en\/join\/apply"/);
  });

  it('an empty submission shows every error at once, in form order, each naming its field', async () => {
    const client = t.client();
    await client.get('/en/join/apply');
    const res = await client.post('/en/join/apply', { intent: 'submit' });
    assert.equal(res.status, 422);
    const html = await res.text();
    const entries = summaryEntries(html);
    assert.deepEqual(entries, [
      'application-name | Name of the organisation | Please fill in this field.',
      'application-stakeholderType | Type of organisation | Please fill in this field.',
      'application-scope | Scope of work | Please fill in this field.',
      'application-countries | Countries where you work | Please choose at least one country.',
      'application-description | Description | Please fill in this field.',
      'application-contactName | Full name | Please fill in this field.',
      'application-contactEmail | E-mail address | Please fill in this field.',
      'application-letterText | Your letter | Please write your motivation letter here or upload it as a PDF or Word (DOCX) file.',
      'application-consent | I agree that the secretariat may store and review this application, and publish the organisation&#39;s public details if it is accepted. | Please confirm that you agree, so that we can process your application.',
    ]);
    assert.match(html, /class="notice error error-summary" role="alert"[^>]*tabindex="-1" autofocus/);
    assert.match(html, /<h2 id="application-errors-title">There is a problem<\/h2>/);
    assert.match(
      html,
      /id="application-contactName-error">Please fill in this field\./,
      'message beside the field',
    );
  });

  it('an invalid e-mail comes with every missing field in the same round, and the input is kept', async () => {
    const client = t.client();
    await client.get('/en/join/apply');
    const res = await client.post('/en/join/apply', {
      intent: 'submit',
      name: 'Red <b>Cuidado</b> Bogotá',
      contactEmail: 'not-an-address',
    });
    assert.equal(res.status, 422);
    const html = await res.text();
    const fields = summaryEntries(html).map((e) => e.split(' | ')[0]);
    assert.ok(fields.includes('application-contactEmail'));
    assert.ok(fields.includes('application-stakeholderType'));
    assert.ok(fields.includes('application-consent'));
    assert.ok(!fields.includes('application-name'), 'the name was given');
    assert.equal(fields.length, 8);
    assert.match(html, /value="Red &lt;b&gt;Cuidado&lt;\/b&gt; Bogotá"/);
    assert.match(html, /value="not-an-address"/);
  });

  it('names the fields in Arabic too', async () => {
    const client = t.client();
    await client.get('/ar/join/apply');
    const res = await client.post('/ar/join/apply', { intent: 'submit' });
    const entries = summaryEntries(await res.text());
    assert.equal(entries.length, 9);
    for (const entry of entries) assert.doesNotMatch(entry.split(' | ')[1] ?? '', /^$|[A-Za-z]/);
  });
});
