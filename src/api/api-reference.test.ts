import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { visibleText } from '../../test/support/accounts.ts';
import { unisolatedLatin } from '../../test/support/bidi.ts';
import { createTestApp, type TTestApp } from '../../test/support/test-app.ts';
import { anchorOf, typeParts } from './api-reference.ts';

type TDocument = {
  paths: Record<string, Record<string, { summary?: string; parameters?: { name: string }[] }>>;
  components: { schemas: Record<string, unknown> };
};

/** The API reference page: made on the server from the OpenAPI document the hub serves (ADR 0074). */
describe('API reference page', () => {
  let t: TTestApp;
  let document: TDocument;
  before(async () => {
    t = await createTestApp();
    document = (await (await t.app.request('/api/v1/openapi.json')).json()) as TDocument;
  });
  after(async () => {
    await t.close();
  });

  it('describes every operation of the document with its parameters, and every schema', async () => {
    const { response, html } = await t.client().get('/en/api');
    assert.equal(response.status, 200);
    const text = visibleText(html);
    assert.match(text, /API reference/);
    assert.ok(Object.keys(document.paths).length > 10);
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        assert.ok(html.includes(`id="${anchorOf(method, path)}"`), `${method} ${path} has its section`);
        assert.ok(text.includes(`${method.toUpperCase()} ${path}`), `${method} ${path} is named`);
        if (operation.summary) assert.ok(text.includes(operation.summary), operation.summary);
        for (const parameter of operation.parameters ?? []) {
          assert.ok(html.includes(`>${parameter.name}</code>`), `${path}: ${parameter.name}`);
        }
      }
    }
    for (const name of Object.keys(document.components.schemas)) {
      assert.ok(html.includes(`id="${anchorOf('schema', name)}"`), `schema ${name}`);
    }
    assert.match(
      html,
      /<a href="#schema-organization">Organization<\/a>\[\]/,
      'a list links its item schema',
    );
    assert.equal(html.match(/<script/g)?.length, 1, 'no script but the site one: the page needs none');
  });

  it('speaks Arabic around the document, which stays isolated English, code left to right', async () => {
    const { response, html } = await t.client().get('/ar/api');
    assert.equal(response.status, 200);
    assert.ok(html.includes('<h1>مرجع واجهة البرمجة</h1>'));
    assert.match(visibleText(html), /المعاملات/);
    assert.match(visibleText(html), /الاستجابات/);
    assert.ok(html.includes('<th scope="col">الاسم</th>'));
    assert.ok(html.includes('<td>سلسلة الاستعلام</td>'), 'where a parameter goes, in Arabic');
    assert.deepEqual(unisolatedLatin(html), []);
  });

  it('is linked from every page footer, in the page language', async () => {
    for (const [locale, label] of [
      ['en', 'API reference'],
      ['es', 'Referencia de la API'],
    ] as const) {
      const { html } = await t.client().get(`/${locale}/`);
      assert.ok(html.includes(`<a href="/${locale}/api">${label}</a>`), locale);
    }
  });

  it('writes types in a notation that reads the same in every language', () => {
    const show = (schema: Parameters<typeof typeParts>[0]) =>
      typeParts(schema)
        .map((p) => (typeof p === 'string' ? p : `<${p.ref}>`))
        .join('');
    assert.equal(show({ type: 'array', items: { $ref: '#/components/schemas/Event' } }), '<Event>[]');
    assert.equal(show({ type: 'string', enum: ['local', 'national'] }), '"local" | "national"');
    assert.equal(show({ type: ['string', 'null'] }), 'string | null');
    assert.equal(
      show({
        type: 'object',
        properties: { items: { type: 'integer' }, next: { type: 'string' } },
        required: ['items'],
      }),
      '{ items: integer, next?: string }',
    );
    assert.equal(
      show({ anyOf: [{ type: 'string', format: 'date-time' }, { type: 'null' }] }),
      'string (date-time) | null',
    );
  });
});
