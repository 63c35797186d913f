import type { Insertable } from 'kysely';
import {
  addDimensionCounts,
  addFacetCounts,
  dimensionRowsOf,
  type TDimensionCount,
} from '../src/domains/commitments/commitments.repository.ts';
import { insertOrganization } from '../src/domains/organizations/organizations.repository.ts';
import type { TDb } from '../src/platform/db/database.ts';
import type { Database } from '../src/platform/db/schema.ts';
import { newId } from '../src/platform/ids.ts';
import { stakeholderTypes } from '../src/taxonomy/organization-vocabulary.ts';
import { conceptsOf } from '../src/taxonomy/taxonomy.ts';

/**
 * Writes a full alliance for benchmarks: `organizations` members, `commitments` published
 * commitments (two deliverables each, 5R / SDG / country / theme facets, a co-maker for one in
 * five, an amount for one in four) and `reports` progress reports spread over five years, with
 * every commitment's latest state copied onto it as the application does. The same data for a
 * given seed; rows go in with multi-row inserts, in batches.
 */
const firstCycleId = '017b1c2e-0000-7000-8000-000000002021';

export async function generateCommitments(
  db: TDb,
  counts: { organizations: number; commitments: number; reports: number },
  now: Date,
  seed = 7,
): Promise<void> {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))),
  ];
  const at = now.toISOString();
  const day = 86_400_000;
  const fiveR = conceptsOf('five_r').map((c) => c.id);
  const sdg = conceptsOf('sdg_target').map((c) => c.id);
  const themes = conceptsOf('theme').map((c) => c.id);
  const countries = [
    'MX',
    'CO',
    'BR',
    'AR',
    'PL',
    'ES',
    'FR',
    'OM',
    'JO',
    'EG',
    'KE',
    'IN',
    'US',
    'CL',
    'PE',
  ];
  const kinds = ['research', 'programme', 'policy_strategy', 'financing', 'advocacy'];
  const stages = ['under_way', 'in_development'];
  const levels = ['local', 'subnational', 'national', 'regional', 'global'];
  const statuses = ['on_track', 'on_track', 'delayed', 'completed', 'discontinued'];
  const currencies = ['USD', 'EUR', 'MXN', 'PLN', 'COP'];

  const organizations: { id: string; type: string }[] = [];
  for (let i = 0; i < counts.organizations; i += 1) {
    const id = newId();
    const type = pick(stakeholderTypes);
    organizations.push({ id, type });
    await insertOrganization(db, {
      id,
      slug: `bench-org-${i + 1}`,
      name: `Bench Care Organisation ${i + 1}`,
      acronym: null,
      nameTranslations: {},
      stakeholderType: type,
      scope: 'national',
      countries: [pick(countries)],
      city: null,
      website: null,
      description: '',
      language: 'en',
      membershipStatus: 'member',
      publishedAt: at,
      at,
    });
  }

  // A reporting round a year; a report belongs to the round of its year.
  const roundByYear = new Map<string, string>();
  for (let year = now.getUTCFullYear() - 4; year <= now.getUTCFullYear(); year += 1) {
    const id = newId();
    roundByYear.set(String(year), id);
    await db
      .insertInto('reporting_rounds')
      .values({
        id,
        cycle_id: firstCycleId,
        title: `Annual report ${year}`,
        opens_on: `${year}-01-01`,
        deadline: `${year}-03-31`,
        remind_days_before: 14,
        remind_days_after: 7,
        created_by: null,
        created_at: `${year}-01-01T00:00:00.000Z`,
      })
      .execute();
  }

  // Reports per commitment: the total spread unevenly (some never report, some often).
  const reportsOf = new Array<number>(counts.commitments).fill(0);
  for (let r = 0; r < counts.reports; r += 1) {
    const k = Math.floor(random() * random() * counts.commitments);
    reportsOf[k] = (reportsOf[k] ?? 0) + 1;
  }

  const batch = 400;
  for (let start = 0; start < counts.commitments; start += batch) {
    await db.transaction().execute(async (trx) => {
      const commitments: Insertable<Database['commitments']>[] = [];
      const makers: Insertable<Database['commitment_makers']>[] = [];
      const deliverables: Insertable<Database['commitment_deliverables']>[] = [];
      const facets: Insertable<Database['commitment_facets']>[] = [];
      const reports: Insertable<Database['commitment_reports']>[] = [];
      const items: Insertable<Database['commitment_report_items']>[] = [];
      for (let i = start; i < Math.min(counts.commitments, start + batch); i += 1) {
        const id = newId();
        const lead = pick(organizations);
        const publishedAt = new Date(now.getTime() - Math.floor(random() * 5 * 365) * day).toISOString();
        const endDate = `${2024 + Math.floor(random() * 3)}-12-31`;
        const own = {
          fiveR: some(fiveR, 3),
          sdg: some(sdg, 2),
          countries: some(countries, 2),
          themes: some(themes, 3),
        };
        const deliverableIds = [newId(), newId()];
        let last: { at: string; status: string; percent: number } | null = null;
        let finalAt: string | null = null;
        const n = reportsOf[i] ?? 0;
        for (let k = 0; k < n; k += 1) {
          const reportedAt = new Date(
            Date.parse(publishedAt) + Math.floor(random() * (now.getTime() - Date.parse(publishedAt))),
          ).toISOString();
          const status = pick(statuses);
          const percent = status === 'completed' ? 100 : Math.floor(random() * 100);
          const reportId = newId();
          const isFinal = status === 'completed' && random() < 0.3;
          reports.push({
            id: reportId,
            commitment_id: id,
            cycle_id: firstCycleId,
            round_id: roundByYear.get(reportedAt.slice(0, 4)) ?? null,
            organization_id: lead.id,
            reported_by: null,
            reported_at: reportedAt,
            status,
            percent,
            narrative: 'Progress as planned in most districts.',
            is_final: isFinal ? 1 : 0,
          });
          for (const deliverableId of deliverableIds) {
            items.push({
              report_id: reportId,
              deliverable_id: deliverableId,
              status,
              percent,
              narrative: '',
              evidence: '[]',
            });
          }
          if (!last || reportedAt > last.at) last = { at: reportedAt, status, percent };
          if (isFinal && (!finalAt || reportedAt > finalAt)) finalAt = reportedAt;
        }
        const amount = random() < 0.25 ? Math.round(random() * 5_000_000) : null;
        commitments.push({
          id,
          slug: `bench-commitment-${i + 1}`,
          status: 'published',
          cycle_id: firstCycleId,
          lead_organization_id: lead.id,
          stakeholder_type: lead.type,
          language: 'en',
          title: `Care commitment number ${i + 1}`,
          description: 'A commitment generated for the benchmark, with deliverables and yearly reports.',
          translations: '{}',
          kind: pick(kinds),
          stage: pick(stages),
          level: pick(levels),
          countries: JSON.stringify(own.countries),
          amount,
          currency: amount === null ? null : pick(currencies),
          start_date: '2022-01-01',
          end_date: endDate,
          five_r: JSON.stringify(own.fiveR),
          sdg_targets: JSON.stringify(own.sdg),
          themes: JSON.stringify(own.themes),
          practice_links: '[]',
          event_links: '[]',
          search_text: `care commitment number ${i + 1}`,
          review_comment: null,
          progress_status: last?.status ?? null,
          progress_percent: last?.percent ?? null,
          last_report_at: last?.at ?? null,
          final_report_at: finalAt,
          report_count: n,
          created_by: null,
          submitted_at: publishedAt,
          published_at: publishedAt,
          created_at: publishedAt,
          updated_at: publishedAt,
        });
        makers.push({
          commitment_id: id,
          organization_id: lead.id,
          role: 'lead',
          status: 'confirmed',
          invited_at: publishedAt,
          responded_at: publishedAt,
          responded_by: null,
        });
        const partner = pick(organizations);
        if (random() < 0.2 && partner.id !== lead.id) {
          makers.push({
            commitment_id: id,
            organization_id: partner.id,
            role: 'co_maker',
            status: random() < 0.7 ? 'confirmed' : 'pending',
            invited_at: publishedAt,
            responded_at: null,
            responded_by: null,
          });
        }
        deliverableIds.forEach((deliverableId, index) => {
          deliverables.push({
            id: deliverableId,
            commitment_id: id,
            position: index + 1,
            title: `Deliverable ${index + 1}`,
            measure: 'People reached',
            target: '1 000 people',
            due_date: endDate,
            latest_status: last?.status ?? null,
            latest_percent: last?.percent ?? null,
            created_at: publishedAt,
          });
        });
        const facetRows = [
          ...own.fiveR.map((value) => ({ facet: 'five_r', value })),
          ...own.sdg.map((value) => ({ facet: 'sdg', value })),
          ...own.countries.map((value) => ({ facet: 'country', value })),
          ...own.themes.map((value) => ({ facet: 'theme', value })),
        ];
        for (const f of facetRows)
          facets.push({ commitment_id: id, ...f, cycle_id: firstCycleId, is_published: 1 });
      }
      const chunks = <T>(rows: T[], size: number) =>
        Array.from({ length: Math.ceil(rows.length / size) }, (_v, k) =>
          rows.slice(k * size, (k + 1) * size),
        );
      for (const rows of chunks(commitments, 100)) await trx.insertInto('commitments').values(rows).execute();
      for (const rows of chunks(makers, 500))
        await trx.insertInto('commitment_makers').values(rows).execute();
      for (const rows of chunks(deliverables, 500))
        await trx.insertInto('commitment_deliverables').values(rows).execute();
      for (const rows of chunks(facets, 500))
        await trx.insertInto('commitment_facets').values(rows).execute();
      // The published-facet counts the application keeps on write (replaceFacets).
      const counted = new Map<string, { cycle_id: string; facet: string; value: string; n: number }>();
      for (const f of facets) {
        const key = `${f.cycle_id}\u0000${f.facet}\u0000${f.value}`;
        const entry = counted.get(key) ?? { cycle_id: f.cycle_id, facet: f.facet, value: f.value, n: 0 };
        entry.n += 1;
        counted.set(key, entry);
      }
      for (const rows of chunks([...counted.values()], 500)) await addFacetCounts(trx, rows);
      // And the dimension counts the application keeps on write (countDimensions, countReports).
      const dimensions = new Map<string, TDimensionCount>();
      const count = (row: TDimensionCount) => {
        const key = `${row.cycle_id}\u0000${row.dimension}\u0000${row.value}`;
        const entry = dimensions.get(key) ?? { ...row, n: 0, percent_sum: 0, percent_count: 0 };
        entry.n += row.n;
        entry.percent_sum = (entry.percent_sum ?? 0) + (row.percent_sum ?? 0);
        entry.percent_count = (entry.percent_count ?? 0) + (row.percent_count ?? 0);
        dimensions.set(key, entry);
      };
      for (const c of commitments) {
        for (const row of dimensionRowsOf(
          {
            status: 'published',
            cycleId: c.cycle_id,
            kind: c.kind ?? null,
            stage: c.stage ?? null,
            level: c.level ?? null,
            progressStatus: c.progress_status ?? null,
            progressPercent: c.progress_percent == null ? null : Number(c.progress_percent),
            stakeholderType: c.stakeholder_type,
            publishedAt: c.published_at ?? null,
          },
          1,
        ))
          count(row);
      }
      const roundsReported = new Set<string>();
      for (const r of reports) {
        count({ cycle_id: r.cycle_id, dimension: 'report_year', value: r.reported_at.slice(0, 4), n: 1 });
        const key = `${r.round_id} ${r.commitment_id}`;
        if (r.round_id && !roundsReported.has(key)) {
          roundsReported.add(key);
          count({ cycle_id: r.cycle_id, dimension: 'round', value: r.round_id, n: 1 });
        }
      }
      for (const rows of chunks([...dimensions.values()], 200)) await addDimensionCounts(trx, rows);
      for (const rows of chunks(reports, 500))
        await trx.insertInto('commitment_reports').values(rows).execute();
      for (const rows of chunks(items, 500))
        await trx.insertInto('commitment_report_items').values(rows).execute();
    });
  }
}
