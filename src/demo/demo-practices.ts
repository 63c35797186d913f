import { savePublishedRecord } from '../domains/practices/practice-import.service.ts';
import type { TPracticeInputRaw } from '../domains/practices/practices.schemas.ts';
import { ZPracticeInput } from '../domains/practices/practices.schemas.ts';
import { createHubSearch } from '../domains/search/hub-search.ts';
import { dialectOf } from '../platform/db/dialect-of.ts';
import type { TDemoPart } from './demo-context.ts';
import { demoPracticesMore } from './demo-practices-more.ts';

/**
 * The demo's practices, each in its original language and written in our own words from the facts
 * of the founding texts (names, places, numbers): the Kraków local partnership, Bogotá's Care Blocks,
 * mothers' centres, the recommendations of the Arabic social-care conference, and a few more.
 * They load published, like an operator's import, and are indexed for search at once.
 */
export type TDemoPractice = TPracticeInputRaw & { slug: string; isFeatured?: boolean; organization?: string };

const krakowPartners = [
  ['adecco-poland', 'Adecco Poland Sp. z o.o.'],
  ['gops-igolomia-wawrzenczyce', 'Gminny Ośrodek Pomocy Społecznej Igołomia-Wawrzeńczyce'],
  ['gops-kocmyrzow-luborzyca', 'Gminny Ośrodek Pomocy Społecznej Kocmyrzów-Luborzyca'],
  ['grodzki-urzad-pracy-krakow', 'Grodzki Urząd Pracy w Krakowie'],
  ['mops-krakow', 'Miejski Ośrodek Pomocy Społecznej w Krakowie'],
  ['pcpr-krakow', 'Powiatowe Centrum Pomocy Rodzinie w Krakowie'],
  ['rops-krakow', 'Regionalny Ośrodek Polityki Społecznej w Krakowie'],
  ['urzad-pracy-powiatu-krakowskiego', 'Urząd Pracy Powiatu Krakowskiego'],
] as const;

export const demoPractices: readonly TDemoPractice[] = [
  {
    slug: 'rownowaga-praca-rodzina',
    isFeatured: true,
    organization: 'plineu',
    kind: 'partnership',
    language: 'pl',
    title: 'Partnerstwo Lokalne „Równowaga – Praca – Rodzina”',
    summary:
      'Dziewięć instytucji z Krakowa i powiatu krakowskiego połączyło siły, aby pomóc kobietom i mężczyznom, ' +
      'którzy opiekują się niesamodzielnym członkiem rodziny, wrócić do pracy albo utrzymać zatrudnienie.',
    body: [
      '## Po co powstało partnerstwo',
      '',
      'Osoba, która na co dzień opiekuje się małym dzieckiem, bliskim z niepełnosprawnością albo chorym ' +
        'seniorem, często musi wybierać między pracą a opieką. Skutkiem bywa utrata dochodu, poczucie ' +
        'bezradności i ubóstwo całej rodziny. W 2008 roku urzędy pracy, ośrodki pomocy społecznej, ' +
        'regionalny ośrodek polityki społecznej, agencja zatrudnienia i stowarzyszenie doradców ' +
        'europejskich podpisały porozumienie, żeby odpowiedzieć na ten problem wspólnie.',
      '',
      '## Co robią partnerzy',
      '',
      '- łączą swoje usługi w jeden pakiet doradztwa i szkoleń dla opiekunów osób zależnych;',
      '- uwzględniają w aktywizacji zawodowej i społecznej to, ile czasu i siły zabiera opieka;',
      '- zwiększają w regionie dostęp do usług i świadczeń dla osób wypychanych z rynku pracy przez obowiązki opiekuńcze;',
      '- upowszechniają ideę równowagi między pracą a życiem prywatnym.',
      '',
      'Model nie wymaga nowych pieniędzy: każdy partner wnosi to, co i tak robi na co dzień, a koordynację ' +
        'prowadzi lider, Stowarzyszenie Doradców Europejskich PLinEU.',
    ].join('\n'),
    beneficiaries:
      'Dwie grupy: osoby niepracujące, którym opieka nad bliskim utrudnia powrót na rynek pracy, oraz osoby ' +
      'pracujące, które z tego samego powodu mają kłopot z pogodzeniem pracy i życia rodzinnego.',
    translations: {
      en: {
        title: "Local Partnership 'Balance – Work – Family' (Kraków)",
        summary:
          'Nine institutions of Kraków city and Kraków county joined forces to help women and men who care ' +
          'for a dependent relative to return to work or keep their jobs.',
        body: '',
        beneficiaries: '',
      },
    },
    countries: ['PL'],
    cities: [{ name: 'Kraków', country: 'PL', lat: 50.06, lon: 19.94 }],
    scope: 'local',
    startDate: '2008',
    isOngoing: false,
    implementers: [
      { role: 'lead', name: 'Stowarzyszenie Doradców Europejskich PLinEU', organizationSlug: 'plineu' },
      ...krakowPartners.map(([slug, name]) => ({ role: 'partner' as const, name, organizationSlug: slug })),
    ],
    populations: ['population:unpaid_caregivers', 'population:dependent_persons', 'population:older_persons'],
    eligibility: [
      { type: 'residence', places: ['Kraków (miasto)', 'powiat krakowski'] },
      { type: 'employment', statuses: ['working', 'not_working'] },
      { type: 'caring_for', dependants: ['child', 'older', 'disabled'] },
    ],
    themes: ['theme:work_life_balance', 'theme:unpaid_carer_support'],
    fiveR: ['five_r:recognise', 'five_r:redistribute'],
    sdgTargets: ['sdg_target:5_4', 'sdg_target:8_5'],
    links: [
      { label: 'Równowaga – Praca – Rodzina', url: 'http://www.rownowaga-praca-rodzina.pl/index.php' },
      { label: 'PLinEU', url: 'http://plineu.org/' },
    ],
    contact: {
      name: 'Regionalny Ośrodek Polityki Społecznej w Krakowie',
      email: 'biuro@rops.krakow.pl',
      phone: '+48 12 422 06 36',
      address: 'ul. Piastowska 32',
    },
  },
  {
    slug: 'manzanas-del-cuidado-bogota',
    isFeatured: true,
    organization: 'bogota-city-government',
    kind: 'programme',
    language: 'es',
    title: 'Manzanas del Cuidado de Bogotá',
    summary:
      'Bogotá reúne en un mismo barrio servicios de cuidado para quienes necesitan apoyo y, a la vez, tiempo ' +
      'libre, formación y descanso para las mujeres que cuidan sin pago.',
    body: [
      '## La idea',
      '',
      'Una manzana del cuidado es una zona de la ciudad, a poca distancia a pie, donde la alcaldía concentra ' +
        'servicios que ya existían y otros nuevos: cuidado de niñas, niños, personas mayores y personas con ' +
        'discapacidad, junto con actividades para quienes los cuidan.',
      '',
      '## Qué encuentran las cuidadoras',
      '',
      '- mientras dejan a la persona que cuidan en buenas manos, pueden terminar sus estudios, aprender un oficio o hacer deporte;',
      '- orientación sobre empleo, derechos y salud;',
      '- lavanderías comunitarias y otros servicios que les devuelven horas al día;',
      '- talleres para que los hombres asuman su parte del trabajo doméstico y de cuidados.',
      '',
      'El programa forma parte del Sistema Distrital de Cuidado y se ha citado en foros internacionales ' +
        'como ejemplo de lo que pueden hacer los gobiernos locales.',
    ].join('\n'),
    beneficiaries:
      'Personas —en su gran mayoría mujeres— que cuidan sin remuneración a familiares, y las personas que ' +
      'requieren cuidado en los barrios donde funcionan las manzanas.',
    countries: ['CO'],
    cities: [{ name: 'Bogotá', country: 'CO', lat: 4.71, lon: -74.07 }],
    scope: 'local',
    startDate: '2020',
    isOngoing: true,
    implementers: [
      { role: 'lead', name: 'Alcaldía Mayor de Bogotá', organizationSlug: 'bogota-city-government' },
    ],
    populations: [
      'population:unpaid_caregivers',
      'population:women',
      'population:children',
      'population:older_persons',
    ],
    eligibility: [{ type: 'residence', places: ['Bogotá'] }],
    themes: [
      'theme:care_infrastructure',
      'theme:care_systems',
      'theme:unpaid_carer_support',
      'theme:mens_share_of_care',
    ],
    fiveR: ['five_r:recognise', 'five_r:reduce', 'five_r:redistribute'],
    sdgTargets: ['sdg_target:5_4', 'sdg_target:5_1'],
    evidence: [],
    links: [],
  },
  {
    slug: 'mothers-centres',
    isFeatured: true,
    organization: 'mine-mother-centres',
    kind: 'service',
    language: 'en',
    title: "Mothers' centres: meeting places run by mothers",
    summary:
      'Open, self-run neighbourhood centres where mothers and other carers meet, share childcare and skills, ' +
      'and build the support network that caring alone does not give them.',
    body: [
      "A mothers' centre is a living room for a neighbourhood. It is run by the mothers who use it: they open " +
        "the doors, look after each other's children while someone takes a course, cook together, swap clothes " +
        'and advice, and invite local services to come to them rather than the other way round.',
      '',
      '## Why it works',
      '',
      '- **Low threshold**: no appointment, no fee, no expert in charge; a parent can come with a baby.',
      '- **Recognition**: the skills mothers gain through unpaid care are valued and put to use.',
      '- **A voice**: centres speak up to local governments about what families need, from playgrounds to transport.',
      '',
      'The Mother Centres International Network for Empowerment (MINE) links centres in many countries and ' +
        'helps new groups start one. Make Mothers Matter presents them as a good practice that local ' +
        'governments can support.',
    ].join('\n'),
    beneficiaries:
      'Mothers, fathers and other carers of young children, open to anyone in the neighbourhood.',
    countries: ['DE', 'NL', 'CZ'],
    scope: 'international',
    isOngoing: true,
    implementers: [
      {
        role: 'lead',
        name: 'Mother Centres International Network for Empowerment',
        organizationSlug: 'mine-mother-centres',
      },
      { role: 'partner', name: 'Make Mothers Matter', organizationSlug: 'make-mothers-matter' },
    ],
    populations: ['population:mothers', 'population:families', 'population:young_children'],
    eligibility: [{ type: 'caring_for', dependants: ['child'] }],
    themes: ['theme:community_care', 'theme:unpaid_carer_support', 'theme:early_childhood_care'],
    fiveR: ['five_r:recognise', 'five_r:represent'],
    sdgTargets: ['sdg_target:5_4'],
  },
  {
    slug: 'توصيات-مؤتمر-سياسات-الرعاية-الاجتماعية',
    organization: 'sultan-qaboos-university',
    kind: 'guide',
    language: 'ar',
    title: 'توصيات المؤتمر الدولي حول سياسات وبرامج الرعاية الاجتماعية',
    summary:
      'مجموعة توصيات خرج بها مؤتمر دولي عُقد في مسقط في ديسمبر 2024، مرتبة حسب المحاور: الحماية الاجتماعية، ' +
      'ورعاية كبار السن، ورعاية الأطفال، ودعم الأشخاص ذوي الإعاقة، والتحول الرقمي في مؤسسات الرعاية.',
    body: [
      '## الحماية الاجتماعية',
      '',
      '- توسيع مظلة الحماية الاجتماعية لتشمل النساء والأطفال وكبار السن والعاملين في القطاع غير الرسمي.',
      '- مراجعة التشريعات بما يضمن تكامل منظومة الحماية واستمرارها.',
      '- البحث عن مصادر تمويل جديدة تجمع بين الحكومة والقطاع الخاص والجهات الدولية.',
      '',
      '## كبار السن',
      '',
      '- سياسات وطنية تنطلق من احتياجات المسنين وتطلعاتهم، وبرامج تشجع مشاركتهم في المجتمع.',
      '- رعاية صحية ونفسية واجتماعية متكاملة لهم.',
      '',
      '## الأطفال',
      '',
      '- خدمات تضمن نمو الطفل في بيئة آمنة وصحية، وحمايته من الإهمال والإساءة، مع دعم نفسي واستشاري.',
      '',
      '## الأشخاص ذوو الإعاقة',
      '',
      '- تقنيات مساعدة تمكّن الطلبة ذوي الإعاقة من التنقل واستخدام المباني باستقلالية، مع قياس دوري لأثرها.',
      '- متابعة الأشخاص ذوي الإعاقة بعد التحاقهم بسوق العمل.',
      '',
      '## التحول الرقمي',
      '',
      '- ميثاق أخلاقي للممارسة المهنية الرقمية في مؤسسات الرعاية يحمي حقوق المستفيدين.',
      '- توظيف الذكاء الاصطناعي لتحسين كفاءة برامج الرعاية الاجتماعية.',
    ].join('\n'),
    countries: ['OM'],
    cities: [{ name: 'مسقط', country: 'OM', lat: 23.59, lon: 58.41 }],
    scope: 'regional',
    startDate: '2024-12',
    implementers: [
      { role: 'lead', name: 'جامعة السلطان قابوس', organizationSlug: 'sultan-qaboos-university' },
    ],
    populations: [
      'population:older_persons',
      'population:children',
      'population:persons_with_disabilities',
      'population:informal_workers',
    ],
    themes: [
      'theme:social_care_services',
      'theme:long_term_care',
      'theme:disability_support',
      'theme:carer_social_protection',
    ],
    fiveR: ['five_r:reward', 'five_r:reduce'],
    sdgTargets: ['sdg_target:1_3', 'sdg_target:10_4'],
  },
  ...demoPracticesMore,
];

/** Loads the demo practices published, indexed and linked to their organisation. */
export const demoPracticesPart: TDemoPart = {
  name: 'practices',
  async load(ctx) {
    const search = createHubSearch({ db: ctx.db, dialect: dialectOf(ctx.db) });
    for (const { isFeatured, organization, ...record } of demoPractices) {
      const input = ZPracticeInput.parse(record);
      await savePublishedRecord(
        ctx.db,
        search,
        { ...input, slug: record.slug },
        {
          at: ctx.at,
          actorId: null,
          requestId: null,
          organizationId: organization ? (ctx.organizationIds.get(organization) ?? null) : null,
          isFeatured: isFeatured ?? false,
        },
      );
    }
    return demoPractices.length;
  },
};
