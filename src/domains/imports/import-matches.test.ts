import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { visibleText } from '../../../test/support/accounts.ts';
import { auditActions } from '../../../test/support/audit-entries.ts';
import { importRow, pasteForReview, redirectOf, sendReview } from '../../../test/support/imports.ts';
import { usePeople } from '../../../test/support/people.ts';
import { practiceInput, practiceRow, publishPractices } from '../../../test/support/practices.ts';
import { useTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { makeActor } from '../../core/actor.ts';
import { importFolder, type TFolderLine } from './import-folder.ts';
import { titleSimilarity } from './import-matches.ts';

/**
 * A document that describes a record already in the hub is offered as an update of it, never made a
 * silent duplicate (issue 18): the review names the record and why it matches, the curator must choose,
 * and "update" writes a new version of the practice through its own service, audited.
 */
const respitePage = [
  'Respiro en casa para personas cuidadoras de Bogotá',
  '',
  'Publicado el 12 de mayo de 2025',
  '',
  'La Alcaldía de Bogotá amplía su programa de respiro en casa para familias que cuidan a una persona mayor, en alianza con la Corporación Vecinal Puerto Cuida.',
  '',
  '¿Quién puede participar?',
  '• personas que cuidan sin pago a un familiar dependiente;',
  '• familias que viven en Bogotá desde hace al menos seis meses.',
].join('\n');

describe(`imports that match a record already in the hub (${testDialect})`, () => {
  const t = useTestApp({ clock: { now: () => new Date('2026-03-01T10:00:00Z') } });
  const { curator } = usePeople(t, { curator: { roles: ['curator'] } });
  let slug: string;

  before(async () => {
    [slug = ''] = await publishPractices(t.deps, [
      practiceInput({
        language: 'es',
        title: 'Respiro en casa para personas cuidadoras',
        summary: 'Horas de descanso para quienes cuidan a un familiar en casa.',
        body: 'Personal formado visita el hogar para que la persona cuidadora pueda descansar.',
        countries: ['CO'],
        cities: [{ name: 'Bogotá', country: 'CO' }],
      }),
    ]);
  });

  const practiceCount = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('practices')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  /** The page pasted and drafted as a programme with this target: where it leads, how many practices it added. */
  const draftWith = async (target: string) => {
    const review = await pasteForReview(curator, respitePage);
    const before = await practiceCount();
    const location = await redirectOf(await sendReview(curator, review, { kind: 'programme', target }));
    return { id: review.id, location, added: (await practiceCount()) - before };
  };

  it('weighs titles by their words and concepts, in any two languages', () => {
    const same = titleSimilarity(
      { title: 'Respiro en casa para personas cuidadoras', language: 'es' },
      { title: 'Respiro en casa para personas cuidadoras de Bogotá', language: 'es' },
    );
    assert.ok(same > 0.7, String(same));
    const unrelated = titleSimilarity(
      { title: 'Respiro en casa para personas cuidadoras', language: 'es' },
      { title: 'Ministry opens new day centres', language: 'en' },
    );
    assert.ok(unrelated < 0.3, String(unrelated));
  });

  it('names the matching practice and why, and will not make a second record until the curator chooses', async () => {
    const review = await pasteForReview(curator, respitePage);
    const { html } = review;
    const text = visibleText(html);
    assert.match(text, /This document may describe a record already in the hub/);
    assert.match(text, /Update this record: Respiro en casa para personas cuidadoras · same title and place/);
    assert.match(html, new RegExp(`name="target" value="practice:${slug}"`));
    const before = await practiceCount();
    const res = await sendReview(curator, review, { kind: 'programme' });
    assert.equal(res.status, 422);
    assert.match(visibleText(await res.text()), /choose to update that record or to create a new one/);
    assert.equal(await practiceCount(), before);
  });

  it('updates the practice as a new version, keeping the earlier one, and audits both sides', async () => {
    const { id, location, added } = await draftWith(`practice:${slug}`);
    assert.equal(location, `/en/practices/${slug}`);
    assert.equal(added, 0);
    const row = await practiceRow(t.deps, slug);
    assert.equal(row.status, 'published');
    assert.equal(Number(row.version), 2);
    assert.match(row.title, /Bogotá/);
    assert.match(row.beneficiaries, /seis meses/);
    assert.match(row.implementers, /Puerto Cuida/);
    const revisions = await t.deps.db
      .selectFrom('practice_revisions')
      .select('version')
      .where('practice_id', '=', row.id)
      .execute();
    assert.deepEqual(revisions.map((r) => Number(r.version)).sort(), [1, 2]);
    const imported = await importRow(t.deps, id);
    assert.equal(imported.status, 'drafted');
    assert.equal(imported.record_slug, slug);
    const actions = await auditActions(t.deps, { actions: ['imports.record_updated', 'practices.updated'] });
    assert.deepEqual(actions, ['imports.record_updated', 'practices.updated']);
    const flash = await curator.get(`/en/practices/${slug}`);
    assert.match(visibleText(flash.html), /updated from the document/);
  });

  it('makes a new draft when the curator says so', async () => {
    const { location, added } = await draftWith('new');
    assert.notEqual(location, `/en/practices/${slug}`);
    assert.equal(added, 1);
  });

  it('imports a folder once: a second run skips the same files, and a matching document is reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carehub-import-folder-'));
    try {
      writeFileSync(join(dir, 'respiro.txt'), respitePage);
      writeFileSync(join(dir, 'empty.txt'), '');
      const operator = makeActor(null, ['curator']);
      const first: TFolderLine[] = [];
      const report = await importFolder(t.deps, operator, dir, (l) => first.push(l));
      assert.deepEqual(report, { imported: 1, skipped: 0, refused: 1, matching: 1 });
      const imported = first.find((l) => l.outcome === 'imported');
      assert.ok(imported && imported.outcome === 'imported');
      assert.match(imported.matches.join(), new RegExp(`practice ${slug} \\(same title`));
      const again = await importFolder(t.deps, operator, dir);
      assert.deepEqual(again, { imported: 0, skipped: 1, refused: 1, matching: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
