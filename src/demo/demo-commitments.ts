import { writeSiteText } from '../core/site-texts.ts';
import { syncCommitmentIndex } from '../domains/commitments/commitment-indexing.ts';
import { insertReport, insertRound } from '../domains/commitments/commitment-reporting.repository.ts';
import {
  countDimensions,
  countReports,
  findCommitmentById,
  insertCommitment,
  listDeliverables,
  replaceDeliverables,
  replaceFacets,
  replaceMakers,
  searchTextOf,
  updateCommitment,
} from '../domains/commitments/commitments.repository.ts';
import { roundNameKey } from '../domains/commitments/round-names.service.ts';
import { findOrganizationById } from '../domains/organizations/organizations.repository.ts';
import { createHubSearch } from '../domains/search/hub-search.ts';
import { dialectOf } from '../platform/db/dialect-of.ts';
import { newId } from '../platform/ids.ts';
import type { TDemoContext, TDemoPart } from './demo-context.ts';

/**
 * The demo's commitments for the 2021–2026 cycle, made by the demo organisations and written in our
 * own words in each maker's language. Their reports are dated so that every staleness light shows:
 * recent reports (green), one a year and a half old (amber), one that never reported (red), one
 * published last month (new), and a finished one with its final report.
 */
const firstCycleId = '017b1c2e-0000-7000-8000-000000002021';

type TDemoReport = {
  /** Days before the demo's "now". */
  daysAgo: number;
  status: string;
  percents: readonly number[];
  narrative: string;
  isFinal?: boolean;
  inRound?: boolean;
};

export type TDemoCommitment = {
  slug: string;
  lead: string;
  coMakers: readonly { slug: string; isConfirmed: boolean }[];
  language: string;
  title: string;
  titleEn?: string;
  description: string;
  kind: string;
  stage: string;
  level: string;
  countries: readonly string[];
  amount?: { value: number; currency: string };
  startDate: string;
  endDate: string;
  fiveR: readonly string[];
  sdgTargets: readonly string[];
  themes: readonly string[];
  publishedDaysAgo: number;
  deliverables: readonly { title: string; measure: string; target: string; dueDate: string }[];
  reports: readonly TDemoReport[];
};

export const demoCommitments: readonly TDemoCommitment[] = [
  {
    slug: 'centros-comunitarios-de-cuidado',
    lead: 'inmujeres',
    coMakers: [{ slug: 'un-women', isConfirmed: true }],
    language: 'es',
    title: 'Centros comunitarios de cuidado en cien municipios',
    titleEn: 'Community care centres in one hundred municipalities',
    description:
      'Abriremos centros comunitarios donde niñas, niños y personas mayores reciben cuidado de calidad cerca de casa, ' +
      'para que las mujeres que hoy cuidan sin pago puedan estudiar, trabajar o descansar. Cada centro contrata ' +
      'personal capacitado con salario y seguridad social, y cada año publicamos cuántas horas de cuidado liberó.',
    kind: 'programme',
    stage: 'under_way',
    level: 'national',
    countries: ['MX'],
    amount: { value: 250_000_000, currency: 'MXN' },
    startDate: '2022-01-01',
    endDate: '2026-12-31',
    fiveR: ['five_r:reduce', 'five_r:redistribute', 'five_r:reward'],
    sdgTargets: ['sdg_target:5_4', 'sdg_target:8_5'],
    themes: ['theme:care_infrastructure', 'theme:community_care', 'theme:care_systems'],
    publishedDaysAgo: 900,
    deliverables: [
      {
        title: 'Centros abiertos',
        measure: 'Municipios con un centro en funcionamiento',
        target: '100 municipios',
        dueDate: '2025-12-31',
      },
      {
        title: 'Personal de cuidado capacitado',
        measure: 'Cuidadoras con certificación',
        target: '2 000 personas',
        dueDate: '2026-06-30',
      },
    ],
    reports: [
      {
        daysAgo: 480,
        status: 'on_track',
        percents: [30, 25],
        narrative: 'Primeros 30 centros abiertos en el centro del país.',
      },
      {
        daysAgo: 120,
        status: 'on_track',
        percents: [62, 55],
        narrative: 'La red llega a 62 municipios; la certificación avanza con las universidades estatales.',
        inRound: true,
      },
    ],
  },
  {
    slug: 'manzanas-del-cuidado-20-localidades',
    lead: 'bogota-city-government',
    coMakers: [{ slug: 'uclg', isConfirmed: false }],
    language: 'es',
    title: 'Manzanas del Cuidado en las veinte localidades de Bogotá',
    titleEn: 'Care Blocks in all twenty localities of Bogotá',
    description:
      'Llevaremos las Manzanas del Cuidado a todas las localidades: a pocos pasos de casa, las cuidadoras encuentran ' +
      'formación, respiro, lavanderías comunitarias y servicios para quienes cuidan, mientras sus familiares reciben ' +
      'atención. Mediremos las horas que las cuidadoras recuperan para sí mismas.',
    kind: 'policy_strategy',
    stage: 'under_way',
    level: 'local',
    countries: ['CO'],
    startDate: '2021-06-01',
    endDate: '2026-12-31',
    fiveR: ['five_r:recognise', 'five_r:reduce', 'five_r:redistribute'],
    sdgTargets: ['sdg_target:5_4'],
    themes: ['theme:care_infrastructure', 'theme:unpaid_carer_support', 'theme:care_systems'],
    publishedDaysAgo: 1100,
    deliverables: [
      {
        title: 'Manzanas en funcionamiento',
        measure: 'Localidades con una Manzana abierta',
        target: '20 localidades',
        dueDate: '2025-06-30',
      },
      {
        title: 'Cuidadoras atendidas',
        measure: 'Personas cuidadoras registradas en los servicios',
        target: '100 000 personas',
        dueDate: '2026-12-31',
      },
    ],
    reports: [
      {
        daysAgo: 540,
        status: 'on_track',
        percents: [70, 60],
        narrative: 'Catorce localidades con Manzana en funcionamiento.',
      },
    ],
  },
  {
    slug: 'rownowaga-praca-rodzina-wsparcie-opiekunow',
    lead: 'rops-krakow',
    coMakers: [
      { slug: 'mops-krakow', isConfirmed: true },
      { slug: 'pcpr-krakow', isConfirmed: true },
      { slug: 'grodzki-urzad-pracy-krakow', isConfirmed: false },
    ],
    language: 'pl',
    title: 'Partnerstwo „Równowaga – Praca – Rodzina”: wsparcie opiekunów osób zależnych',
    titleEn: "The 'Balance – Work – Family' partnership: support for carers of dependent people",
    description:
      'Partnerzy z Krakowa i powiatu krakowskiego połączą usługi opiekuńcze, doradztwo zawodowe i elastyczne formy ' +
      'zatrudnienia, aby opiekunowie osób zależnych mogli pozostać na rynku pracy albo do niego wrócić. Każdego roku ' +
      'sprawdzimy, ile osób utrzymało pracę dzięki wsparciu.',
    kind: 'programme',
    stage: 'under_way',
    level: 'local',
    countries: ['PL'],
    amount: { value: 4_200_000, currency: 'PLN' },
    startDate: '2023-01-01',
    endDate: '2026-12-31',
    fiveR: ['five_r:reduce', 'five_r:redistribute'],
    sdgTargets: ['sdg_target:5_4', 'sdg_target:8_5'],
    themes: ['theme:unpaid_carer_support', 'theme:work_life_balance', 'theme:long_term_care'],
    publishedDaysAgo: 700,
    deliverables: [
      {
        title: 'Usługi opieki wytchnieniowej',
        measure: 'Rodziny objęte opieką wytchnieniową',
        target: '300 rodzin',
        dueDate: '2025-12-31',
      },
      {
        title: 'Powrót do pracy',
        measure: 'Opiekunowie zatrudnieni po wsparciu',
        target: '150 osób',
        dueDate: '2026-09-30',
      },
    ],
    reports: [
      {
        daysAgo: 400,
        status: 'on_track',
        percents: [40, 20],
        narrative: 'Ruszyły pierwsze grupy wsparcia w gminach powiatu.',
      },
      {
        daysAgo: 60,
        status: 'delayed',
        percents: [55, 35],
        narrative: 'Brakuje opiekunek wytchnieniowych poza Krakowem; szukamy nowych wykonawców.',
        inRound: true,
      },
    ],
  },
  {
    slug: 'dirasat-aebaa-alriaaya-oman',
    lead: 'sultan-qaboos-university',
    coMakers: [],
    language: 'ar',
    title: 'دراسة وطنية عن أعباء الرعاية غير مدفوعة الأجر في سلطنة عُمان',
    titleEn: 'A national study of unpaid care work in Oman',
    description:
      'سنجري مسحًا لاستخدام الوقت في الأسر العُمانية لقياس ساعات الرعاية غير مدفوعة الأجر التي تقدّمها النساء والرجال، ' +
      'وننشر النتائج مع توصيات لسياسات الرعاية الاجتماعية، ونعرضها في مؤتمر وطني بمشاركة الجهات الحكومية والمجتمع المدني.',
    kind: 'research',
    stage: 'in_development',
    level: 'national',
    countries: ['OM'],
    amount: { value: 35_000, currency: 'OMR' },
    startDate: '2022-09-01',
    endDate: '2025-12-31',
    fiveR: ['five_r:recognise'],
    sdgTargets: ['sdg_target:5_4'],
    themes: ['theme:time_use_data', 'theme:unpaid_care_work'],
    publishedDaysAgo: 950,
    deliverables: [
      {
        title: 'مسح استخدام الوقت',
        measure: 'عدد الأسر المشمولة بالمسح',
        target: '3000 أسرة',
        dueDate: '2024-12-31',
      },
      {
        title: 'تقرير السياسات',
        measure: 'نشر التقرير والتوصيات',
        target: 'تقرير منشور',
        dueDate: '2025-09-30',
      },
    ],
    reports: [],
  },
  {
    slug: 'paid-care-leave-five-eu-countries',
    lead: 'make-mothers-matter',
    coMakers: [{ slug: 'easpd', isConfirmed: true }],
    language: 'en',
    title: 'Campaign for paid carers’ leave in five European countries',
    description:
      'We will campaign with carers’ groups for paid leave for working carers in five EU countries, publish a ' +
      'comparison of existing schemes and brief national parliaments, so that caring for a relative no longer ' +
      'means losing income or a job.',
    kind: 'advocacy',
    stage: 'under_way',
    level: 'regional',
    countries: ['BE', 'FR', 'PL', 'ES', 'IT'],
    startDate: '2021-09-01',
    endDate: '2024-12-31',
    fiveR: ['five_r:reward', 'five_r:represent'],
    sdgTargets: ['sdg_target:5_4', 'sdg_target:1_3'],
    themes: ['theme:care_leave', 'theme:work_life_balance'],
    publishedDaysAgo: 1400,
    deliverables: [
      {
        title: 'Comparison of carers’ leave schemes',
        measure: 'Comparison published',
        target: 'One report in three languages',
        dueDate: '2022-12-31',
      },
      {
        title: 'Parliamentary briefings',
        measure: 'National parliaments briefed',
        target: '5 parliaments',
        dueDate: '2024-06-30',
      },
    ],
    reports: [
      {
        daysAgo: 1000,
        status: 'on_track',
        percents: [100, 20],
        narrative: 'The comparison is out in English, French and Spanish.',
      },
      {
        daysAgo: 500,
        status: 'completed',
        percents: [100, 100],
        narrative: 'All five parliaments briefed; two have bills on carers’ leave.',
        isFinal: true,
      },
    ],
  },
  {
    slug: 'global-care-financing-tracker',
    lead: 'un-women',
    coMakers: [{ slug: 'inmujeres', isConfirmed: true }],
    language: 'en',
    title: 'A public tracker of care financing',
    description:
      'We will build and maintain an open tracker of public and private money committed to care systems, with a ' +
      'method that other members can reuse, and publish it twice a year so that promises of financing can be ' +
      'followed as closely as other commitments.',
    kind: 'financing',
    stage: 'in_development',
    level: 'global',
    countries: ['US', 'MX'],
    amount: { value: 1_500_000, currency: 'USD' },
    startDate: '2025-01-01',
    endDate: '2026-12-31',
    fiveR: ['five_r:recognise', 'five_r:reward'],
    sdgTargets: ['sdg_target:5_4', 'sdg_target:10_4'],
    themes: ['theme:care_financing'],
    publishedDaysAgo: 30,
    deliverables: [
      {
        title: 'Tracking method',
        measure: 'Method published for consultation',
        target: 'One open method',
        dueDate: '2025-12-31',
      },
      {
        title: 'Tracker releases',
        measure: 'Releases published',
        target: '2 releases',
        dueDate: '2026-12-31',
      },
    ],
    reports: [],
  },
];

/** "Annual progress report" as the secretariat would name it in each language. */
const demoRoundNames: Record<string, string> = {
  es: 'Informe anual de avances',
  fr: 'Rapport d’avancement annuel',
  ru: 'Ежегодный отчёт о ходе выполнения',
  ar: 'تقرير التقدّم السنوي',
  pl: 'Roczne sprawozdanie z postępów',
};

function daysBefore(at: string, days: number): string {
  return new Date(Date.parse(at) - days * 86_400_000).toISOString();
}

async function loadCommitments(ctx: TDemoContext): Promise<number> {
  const search = createHubSearch({ db: ctx.db, dialect: dialectOf(ctx.db) });
  const roundId = newId(Date.parse(ctx.at));
  const roundOpens = daysBefore(ctx.at, 150).slice(0, 10);
  await insertRound(ctx.db, {
    id: roundId,
    cycleId: firstCycleId,
    title: 'Annual progress report',
    titleLanguage: 'en',
    opensOn: roundOpens,
    deadline: daysBefore(ctx.at, -30).slice(0, 10),
    remindDaysBefore: 14,
    remindDaysAfter: 7,
    createdAt: daysBefore(ctx.at, 150),
    createdBy: null,
  });
  // The round's name in the hub's other languages (the secretariat edits them on the round's page).
  for (const [locale, body] of Object.entries(demoRoundNames)) {
    await writeSiteText(ctx.db, { key: roundNameKey(roundId), locale, body, by: null, at: ctx.at });
  }
  let count = 0;
  for (const demo of demoCommitments) {
    const leadId = ctx.organizationIds.get(demo.lead);
    if (!leadId) continue;
    const lead = await findOrganizationById(ctx.db, leadId);
    const id = newId(Date.parse(ctx.at) - demo.publishedDaysAgo * 86_400_000);
    const publishedAt = daysBefore(ctx.at, demo.publishedDaysAgo);
    const translations: { title: Record<string, string>; description: Record<string, string> } = {
      title: demo.titleEn ? { en: demo.titleEn } : {},
      description: {},
    };
    await insertCommitment(ctx.db, {
      id,
      slug: demo.slug,
      status: 'published',
      cycle_id: firstCycleId,
      lead_organization_id: leadId,
      stakeholder_type: lead?.stakeholderType ?? 'civil_society_network',
      language: demo.language,
      title: demo.title,
      description: demo.description,
      translations: JSON.stringify(translations),
      kind: demo.kind,
      stage: demo.stage,
      level: demo.level,
      countries: JSON.stringify(demo.countries),
      amount: demo.amount?.value ?? null,
      currency: demo.amount?.currency ?? null,
      start_date: demo.startDate,
      end_date: demo.endDate,
      five_r: JSON.stringify(demo.fiveR),
      sdg_targets: JSON.stringify(demo.sdgTargets),
      themes: JSON.stringify(demo.themes),
      practice_links: '[]',
      event_links: '[]',
      search_text: searchTextOf({ title: demo.title, description: demo.description, translations }),
      review_comment: null,
      progress_status: null,
      progress_percent: null,
      last_report_at: null,
      final_report_at: null,
      created_by: null,
      submitted_at: daysBefore(ctx.at, demo.publishedDaysAgo + 7),
      published_at: publishedAt,
      created_at: daysBefore(ctx.at, demo.publishedDaysAgo + 14),
      updated_at: publishedAt,
    });
    const coMakerIds = demo.coMakers
      .map((m) => ctx.organizationIds.get(m.slug))
      .filter((v): v is string => !!v);
    await replaceMakers(ctx.db, id, leadId, coMakerIds, publishedAt);
    for (const maker of demo.coMakers) {
      const organizationId = ctx.organizationIds.get(maker.slug);
      if (!organizationId || !maker.isConfirmed) continue;
      await ctx.db
        .updateTable('commitment_makers')
        .set({ status: 'confirmed', responded_at: publishedAt })
        .where('commitment_id', '=', id)
        .where('organization_id', '=', organizationId)
        .execute();
    }
    await replaceDeliverables(
      ctx.db,
      id,
      demo.deliverables.map((d) => ({ id: newId(), ...d })),
      publishedAt,
    );
    const deliverables = await listDeliverables(ctx.db, id);
    let version = 1;
    for (const report of [...demo.reports].sort((a, b) => b.daysAgo - a.daysAgo)) {
      const reportedAt = daysBefore(ctx.at, report.daysAgo);
      const percent = Math.round(report.percents.reduce((s, p) => s + p, 0) / report.percents.length);
      await insertReport(ctx.db, {
        id: newId(Date.parse(reportedAt)),
        commitmentId: id,
        cycleId: firstCycleId,
        roundId: report.inRound ? roundId : null,
        organizationId: leadId,
        reportedBy: null,
        reportedAt,
        status: report.status,
        percent,
        narrative: report.narrative,
        isFinal: report.isFinal ?? false,
        items: deliverables.map((d, index) => ({
          deliverableId: d.id,
          status:
            (report.percents[index] ?? 0) >= 100
              ? 'completed'
              : report.status === 'completed'
                ? 'completed'
                : report.status,
          percent: report.percents[index] ?? 0,
          narrative: '',
          evidence: [],
        })),
      });
      const current = await findCommitmentById(ctx.db, id);
      await updateCommitment(ctx.db, id, version, {
        progress_status: report.status,
        progress_percent: percent,
        last_report_at: reportedAt,
        final_report_at: report.isFinal ? reportedAt : null,
        report_count: (current?.reportCount ?? 0) + 1,
      });
      version += 1;
    }
    const saved = await findCommitmentById(ctx.db, id);
    if (saved) {
      await replaceFacets(ctx.db, saved);
      await countDimensions(ctx.db, saved, 1);
      await countReports(ctx.db, saved, 1);
      await syncCommitmentIndex(search, saved, lead?.name ?? '', ctx.db);
    }
    count += 1;
  }
  return count;
}

export const demoCommitmentsPart: TDemoPart = { name: 'commitments', load: loadCommitments };
