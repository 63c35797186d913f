import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createTestApp, type TTestApp } from '../../../test/support/test-app.ts';
import { testDialect } from '../../../test/support/test-database.ts';
import { translator } from '../../i18n/translator.ts';
import { readIndicatorFile } from './indicator-file.ts';
import {
  importIndicatorFiles,
  readIndicatorPath,
  shippedIndicatorFiles,
} from './indicator-import.service.ts';
import { describeImport } from './indicator-report.ts';

/** The eighteen series as the UN Statistics Division publishes them, loaded, reloaded, revised and abused. */
describe(`care indicator import (${testDialect})`, () => {
  let t: TTestApp;
  const en = translator('en');
  const options = { isSkippingInvalid: false, actorId: null };
  const paths = shippedIndicatorFiles();
  const unpaidPath = paths.find((p) => p.includes('S997d1fdb')) as string;
  const unpaidText = () => new TextDecoder().decode(gunzipSync(readFileSync(unpaidPath)));
  const asFile = (text: string, name = 'unpaid.tsv') =>
    readIndicatorFile(new TextEncoder().encode(text), name);

  async function storedValue(series: string, country: string, year: number, sex: string, age: string) {
    return t.deps.db
      .selectFrom('indicator_values')
      .select(['value', 'source', 'nature', 'footnote', 'unit_code', 'release'])
      .where('series_id', '=', series)
      .where('country', '=', country)
      .where('year', '=', year)
      .where('sex', '=', sex)
      .where('age', '=', age)
      .where('location', '=', '_T')
      .executeTakeFirst();
  }
  async function counts() {
    const n = async (
      table: 'indicator_values' | 'indicator_value_history' | 'indicator_imports' | 'audit_log',
    ) =>
      Number(
        (
          await t.deps.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      values: await n('indicator_values'),
      history: await n('indicator_value_history'),
      imports: await n('indicator_imports'),
      audit: await n('audit_log'),
    };
  }

  before(async () => {
    t = await createTestApp({ clock: { now: () => new Date('2026-03-02T09:00:00Z') } });
  });
  after(async () => {
    await t.close();
  });

  it('loads all eighteen shipped series and keeps each figure as the file gives it', async () => {
    assert.equal(paths.length, 18);
    const reports = await importIndicatorFiles(t.deps, paths.map(readIndicatorPath), options);
    assert.deepEqual(
      reports.map((r) => r.outcome),
      paths.map(() => 'loaded'),
    );
    assert.equal(
      reports.reduce((sum, r) => sum + r.added, 0),
      24_906,
    );
    // Mexico, 2014, people aged 15 and over (the national time-use survey): women 7.09, men 2.34 hours a day.
    const women = await storedValue('unpaid-care-and-domestic-work', 'MX', 2014, 'F', 'Y_GE15');
    const men = await storedValue('unpaid-care-and-domestic-work', 'MX', 2014, 'M', 'Y_GE15');
    assert.ok(women && men);
    assert.equal(women.value, 7.0852776);
    assert.equal(men.value, 2.3435880000000004);
    assert.equal(women.unit_code, 'HR_PER_DAY');
    assert.equal(women.nature, 'C');
    assert.match(women.source, /National time use survey 2014/);
    assert.equal(women.release, '2021');
    // Poland, 2013: 4.38 and 2.38 hours.
    assert.equal(
      (await storedValue('unpaid-care-and-domestic-work', 'PL', 2013, 'F', 'Y_GE15'))?.value,
      4.382999999999999,
    );
    // Albania's footnote travels with its value.
    const albania = await storedValue('unpaid-care-and-domestic-work', 'AL', 2011, 'F', 'Y_GE10');
    assert.match(albania?.footnote ?? '', /Unpaid domestic work includes "Other unpaid work"/);
    // Qualitative series: Mexico has not ratified C156 (no line); maternity leave in weeks from the footnote.
    const leave = await t.deps.db
      .selectFrom('indicator_values')
      .select(['value', 'value_label', 'unit_code'])
      .where('series_id', '=', 'maternity-leave-weeks')
      .where('country', '=', 'AL')
      .executeTakeFirstOrThrow();
    assert.deepEqual(leave, { value: 52, value_label: 'At least 14 weeks', unit_code: 'WK' });
    // Regions are kept as areas without a country; Mexico's early-learning lines lack ISO3 but not M49.
    const world = await t.deps.db
      .selectFrom('indicator_values')
      .select('value')
      .where('series_id', '=', 'legal-frameworks-public-life')
      .where('area_code', '=', '001')
      .where('year', '=', 2018)
      .executeTakeFirstOrThrow();
    assert.equal(world.value, 69.1538);
    const mexicoLearning = await t.deps.db
      .selectFrom('indicator_values')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('series_id', '=', 'early-learning-participation')
      .where('country', '=', 'MX')
      .executeTakeFirstOrThrow();
    assert.ok(Number(mexicoLearning.n) > 0);
  });

  it('changes nothing when the same files are loaded again', async () => {
    const before = await counts();
    const reports = await importIndicatorFiles(t.deps, paths.map(readIndicatorPath), options);
    assert.deepEqual(
      reports.map((r) => r.outcome),
      paths.map(() => 'unchanged'),
    );
    assert.deepEqual(await counts(), before);
    assert.match(describeImport(en, reports[0] as never)[0] ?? '', /unchanged, the same \d+ values/);
  });

  it('takes a new release: updates values, keeps the former ones as history and says what changed', async () => {
    const lines = unpaidText().split('\n');
    const header = (lines[0] ?? '').split('\t');
    const col = (name: string) => header.indexOf(name);
    const revised = lines.map((line, i) => {
      const cells = line.split('\t');
      if (i === 0 || cells.length < header.length) return line;
      cells[col('SOURCE_YEAR')] = '2023';
      if (
        cells[col('REF_AREA')] === '484' &&
        cells[col('TIME_PERIOD')] === '2014' &&
        cells[col('AGE')] === 'Y_GE15' &&
        cells[col('URBANIZATION')] === '_T'
      )
        cells[col('OBS_VALUE')] = cells[col('SEX')] === 'F' ? '6.9' : '2.5';
      return cells.join('\t');
    });
    // Poland's 2013 lines are no longer published.
    const withoutPoland = revised.filter((line) => !line.split('\t').includes('616'));
    const before = await counts();
    const [report] = await importIndicatorFiles(
      t.deps,
      [asFile(withoutPoland.join('\n'), 'release-2023.tsv')],
      options,
    );
    assert.ok(report);
    assert.equal(report.outcome, 'loaded');
    assert.equal(report.changed, 2);
    assert.ok(report.withdrawn > 10);
    assert.equal(report.added, 0);
    const text = describeImport(en, report).join('\n');
    assert.match(text, /2 changed/);
    assert.match(text, /Mexico, 2014 F Y_GE15: 7.0852776 → 6.9/);
    assert.equal((await storedValue('unpaid-care-and-domestic-work', 'MX', 2014, 'F', 'Y_GE15'))?.value, 6.9);
    assert.equal(
      (await storedValue('unpaid-care-and-domestic-work', 'MX', 2014, 'F', 'Y_GE15'))?.release,
      '2023',
    );
    assert.equal(await storedValue('unpaid-care-and-domestic-work', 'PL', 2013, 'F', 'Y_GE15'), undefined);
    const history = await t.deps.db
      .selectFrom('indicator_value_history')
      .select(['change', 'value', 'release'])
      .where('country', '=', 'MX')
      .where('year', '=', 2014)
      .orderBy('value')
      .execute();
    assert.deepEqual(history, [
      { change: 'changed', value: 2.3435880000000004, release: '2021' },
      { change: 'changed', value: 7.0852776, release: '2021' },
    ]);
    const after = await counts();
    assert.equal(after.values, before.values - report.withdrawn);
    assert.equal(after.history, before.history + 2 + report.withdrawn);
    assert.equal(after.imports, before.imports + 1);
    assert.equal(after.audit, before.audit + 1);
  });

  describe('refuses bad files with the line and the reason, loading nothing', () => {
    const goodLines = () => unpaidText().split('\n').slice(0, 6);
    async function refuses(text: string | Uint8Array, pattern: RegExp, options2 = options) {
      const before = await counts();
      const file = typeof text === 'string' ? asFile(text) : readIndicatorFile(text, 'big.tsv');
      const [report] = await importIndicatorFiles(t.deps, [file], options2);
      assert.ok(report);
      const words = describeImport(en, report).join('\n');
      assert.equal(report.outcome, 'refused', words);
      assert.match(words, pattern);
      assert.deepEqual(await counts(), before);
      return words;
    }

    it('a comma-separated file', async () => {
      await refuses(
        goodLines()
          .map((l) => l.replaceAll('\t', ','))
          .join('\n'),
        /separated by “,” instead of tabs/,
      );
    });
    it('missing columns', async () => {
      const lines = goodLines().map((l) =>
        l
          .split('\t')
          .filter((_, i) => i !== 5 && i !== 11)
          .join('\t'),
      );
      await refuses(lines.join('\n'), /required columns are missing: REF_AREA, TIME_PERIOD/);
    });
    it('text where a number belongs, an unknown country code and a duplicate line', async () => {
      const lines = goodLines();
      const header = (lines[0] ?? '').split('\t');
      const edit = (line: string, column: string, value: string) => {
        const cells = line.split('\t');
        cells[header.indexOf(column)] = value;
        return cells.join('\t');
      };
      lines[2] = edit(lines[2] as string, 'OBS_VALUE', 'about five');
      lines[3] = edit(lines[3] as string, 'REF_AREA', '999');
      lines.push(lines[4] as string);
      const words = await refuses(lines.join('\n'), /line 3: the value “about five” is not a number/);
      assert.match(words, /line 4: unknown country or area code “999”/);
      assert.match(words, /line 7: the same country, year, sex, age and location as line 5/);
    });
    it('a 50 MB file', async () => {
      const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
      await refuses(big, /larger than 20 MB/);
    });
    it('a small .gz that unpacks to more than 20 MB', async () => {
      const bomb = gzipSync(Buffer.alloc(21 * 1024 * 1024, 0x41));
      await refuses(new Uint8Array(bomb), /not UTF-8 text|larger than/);
    });
    it('one bad file in a batch refuses the batch; --skip-invalid loads the good lines', async () => {
      const lines = goodLines();
      lines[2] = (lines[2] as string).replace(/\t484\t|\t8\t/, '\t999\t');
      const before = await counts();
      const reports = await importIndicatorFiles(
        t.deps,
        [readIndicatorPath(paths[1] as string), asFile(`${lines.join('\n')}\n`)],
        options,
      );
      assert.deepEqual(
        reports.map((r) => r.outcome),
        ['notLoaded', 'refused'],
      );
      assert.deepEqual(await counts(), before);
    });
  });
});

describe(`indicator API (${testDialect})`, () => {
  let t: TTestApp;
  before(async () => {
    t = await createTestApp();
    const paths = shippedIndicatorFiles().filter((p) => /S997d1fdb|S79580982/.test(p));
    await importIndicatorFiles(t.deps, paths.map(readIndicatorPath), {
      isSkippingInvalid: false,
      actorId: null,
    });
  });
  after(async () => {
    await t.close();
  });

  it('lists the series with their coverage and citation', async () => {
    const response = await t.app.request('/api/v1/indicators');
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      items: { id: string; title: string; citation: string; countries: number }[];
    };
    const unpaid = body.items.find((s) => s.id === 'unpaid-care-and-domestic-work');
    assert.ok(unpaid);
    assert.equal(unpaid.title, 'Unpaid domestic and care work, hours a day');
    assert.match(unpaid.citation, /United Nations Statistics Division/);
    assert.ok(unpaid.countries > 80);
  });

  it('gives one country’s values by sex and year, as JSON and as CSV with the citation', async () => {
    const response = await t.app.request(
      '/api/v1/indicators/unpaid-care-and-domestic-work/values?country=MX&sex=F&year=2014',
    );
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      items: { age: string; location: string; value: number; source: string }[];
    };
    const adults = body.items.find((v) => v.age === 'Y_GE15' && v.location === '_T');
    assert.equal(adults?.value, 7.0852776);
    assert.match(adults?.source ?? '', /INEGI/);
    assert.ok(body.items.every((v) => v.value > 0));
    const csv = await t.app.request(
      '/api/v1/indicators/unpaid-care-and-domestic-work/values?country=MX&format=csv',
    );
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.equal(
      csv.headers.get('content-disposition'),
      `attachment; filename="unpaid-care-and-domestic-work.csv"; filename*=UTF-8''unpaid-care-and-domestic-work.csv`,
    );
    const bytes = new Uint8Array(await csv.arrayBuffer());
    assert.deepEqual(
      [...bytes.slice(0, 3)],
      [0xef, 0xbb, 0xbf],
      'a byte-order mark, so a spreadsheet reads UTF-8',
    );
    const text = new TextDecoder().decode(bytes);
    assert.match(text, /^series,area,country,areaName,year/);
    assert.match(text, /unpaid-care-and-domestic-work,484,MX,Mexico,2014,/);
    assert.match(text, /Source: United Nations Statistics Division/);
  });

  it('answers 404 for an unknown series and 400 for a year that is not one', async () => {
    assert.equal((await t.app.request('/api/v1/indicators/nothing-here/values')).status, 404);
    assert.equal((await t.app.request('/api/v1/indicators/unpaid-care-work/values?year=20x4')).status, 400);
    const spec = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    assert.ok(spec.paths['/indicators/{id}/values']);
  });
});
