import { syncOrganizationIndex } from '../domains/organizations/organization-indexing.ts';
import {
  findOrganizationById,
  insertOrganization,
} from '../domains/organizations/organizations.repository.ts';
import { createHubSearch } from '../domains/search/hub-search.ts';
import type { TLocale } from '../i18n/locales.ts';
import { dialectOf } from '../platform/db/dialect-of.ts';
import { newId } from '../platform/ids.ts';
import type { TScope, TStakeholderType } from '../taxonomy/organization-vocabulary.ts';
import type { TDemoPart } from './demo-context.ts';

/**
 * The demo's member organisations, drawn from the founding texts (the alliance's call to join, an
 * MMM news feed, the Kraków local partnership, the Arabic social-care conference) and described in
 * our own words. Each keeps its name and description in its own language, with an English
 * translation where that language is not English.
 */
export type TDemoOrganization = {
  /** Lowercase ASCII, hyphenated, unique; later demo parts refer to organisations by it. */
  slug: string;
  name: string;
  acronym: string | null;
  stakeholderType: TStakeholderType;
  scope: TScope;
  /** ISO 3166-1 alpha-2 codes. */
  countries: readonly string[];
  city: string | null;
  /** Only where a founding text gives one. */
  website: string | null;
  /** The language of name and description. */
  language: TLocale;
  description: string;
  translations: Partial<Record<TLocale, { name: string; description: string }>>;
};

const kraków = 'Kraków';
/** The Kraków partnership's name in Polish (its grammatical case is written out where it is used). */
const rpr = '„Równowaga – Praca – Rodzina”';
const partnershipEn = "the Local Partnership 'Balance – Work – Family'";

export const demoOrganizations: readonly TDemoOrganization[] = [
  // The alliance's secretariat: Mexico's National Women's Institute together with UN Women.
  {
    slug: 'inmujeres',
    name: 'Instituto Nacional de las Mujeres',
    acronym: 'INMUJERES',
    stakeholderType: 'national_government',
    scope: 'national',
    countries: ['MX'],
    city: 'Ciudad de México',
    website: null,
    language: 'es',
    description:
      'Organismo del Gobierno de México encargado de promover la igualdad entre mujeres y hombres. ' +
      'Junto con ONU Mujeres, lleva la secretaría de la Alianza Global por los Cuidados y recibe las cartas ' +
      'de motivación de las organizaciones que desean sumarse. Trabaja para que los cuidados ocupen un lugar ' +
      'central en la recuperación tras la pandemia.',
    translations: {
      en: {
        name: "National Women's Institute (Mexico)",
        description:
          'The Mexican government body responsible for promoting equality between women and men. ' +
          'Together with UN Women it runs the secretariat of the Global Alliance for Care and receives the ' +
          'motivation letters of organisations that wish to join. It works to put care at the centre of the ' +
          'recovery from the pandemic.',
      },
    },
  },
  {
    slug: 'un-women',
    name: 'United Nations Entity for Gender Equality and the Empowerment of Women',
    acronym: 'UN Women',
    stakeholderType: 'international_agency',
    scope: 'international',
    countries: ['US'],
    city: 'New York',
    website: null,
    language: 'en',
    description:
      "The United Nations organisation dedicated to gender equality and women's empowerment. It shares the " +
      "secretariat of the Global Alliance for Care with Mexico's INMUJERES. In September 2024 it co-organised, " +
      'with UCLG and the government of Mexico, a New York event on caring territories ahead of the UN Summit ' +
      'of the Future.',
    translations: {},
  },
  // Civil-society networks from the MMM news feed.
  {
    slug: 'make-mothers-matter',
    name: 'Make Mothers Matter',
    acronym: 'MMM',
    stakeholderType: 'civil_society_network',
    scope: 'international',
    countries: ['FR'],
    city: 'Paris',
    website: null,
    language: 'en',
    description:
      'An international network that speaks up for mothers and for the recognition of the unpaid care work ' +
      'they do. Present at the United Nations in New York and Geneva and at the European institutions, it ' +
      'argues that every stakeholder, local governments included, shares responsibility for supporting ' +
      'caregivers.',
    translations: {},
  },
  {
    slug: 'mine-mother-centres',
    name: 'Mother Centres International Network for Empowerment',
    acronym: 'MINE',
    stakeholderType: 'civil_society_network',
    scope: 'international',
    countries: ['DE'],
    city: null,
    website: null,
    language: 'en',
    description:
      'A worldwide network of mothers’ centres and an associate member of Make Mothers Matter. Mothers’ ' +
      'centres are neighbourhood meeting places where mothers gain confidence, connect with one another and ' +
      'build caring communities together.',
    translations: {},
  },
  {
    slug: 'uclg',
    name: 'United Cities and Local Governments',
    acronym: 'UCLG',
    stakeholderType: 'local_government',
    scope: 'international',
    countries: ['ES'],
    city: 'Barcelona',
    website: null,
    language: 'en',
    description:
      'The world organisation of cities and of local and regional governments. For Local and Regional ' +
      'Governments Day 2024 it co-organised, with UN Women and the government of Mexico, a debate on caring ' +
      'territories and feminist municipalism, held at the UN in New York before the Summit of the Future.',
    translations: {},
  },
  {
    slug: 'bogota-city-government',
    name: 'Alcaldía Mayor de Bogotá',
    acronym: null,
    stakeholderType: 'local_government',
    scope: 'local',
    countries: ['CO'],
    city: 'Bogotá',
    website: null,
    language: 'es',
    description:
      'Gobierno de la capital de Colombia. Con sus Manzanas del Cuidado acerca los servicios de cuidado y de ' +
      'apoyo a las personas cuidadoras y les ofrece, además, tiempo para el descanso, el deporte, la formación ' +
      'y el encuentro con otras personas. El modelo se cita en todo el mundo como una buena práctica de ' +
      'sistema local de cuidados.',
    translations: {
      en: {
        name: 'Bogotá City Government',
        description:
          "The government of Colombia's capital. Its Care Blocks bring care and support services close to the " +
          'people who provide care, and also give them time for rest, sport, learning and meeting others. The ' +
          'model is cited worldwide as a good practice for a local care system.',
      },
    },
  },
  {
    slug: 'easpd',
    name: 'European Association of Service providers for Persons with Disabilities',
    acronym: 'EASPD',
    stakeholderType: 'civil_society_network',
    scope: 'regional',
    countries: ['BE'],
    city: 'Brussels',
    website: null,
    language: 'en',
    description:
      'A European network of organisations providing services to persons with disabilities. In 2024, with ' +
      'family-rights networks including Make Mothers Matter, it published a position paper calling for ' +
      'family-centred early childhood intervention for children with disabilities, an approach that also ' +
      'strengthens their mothers.',
    translations: {},
  },
  // Kraków: the regional social-policy centre and the nine institutions of the local partnership.
  {
    slug: 'rops-krakow',
    name: 'Regionalny Ośrodek Polityki Społecznej w Krakowie',
    acronym: 'ROPS',
    stakeholderType: 'local_government',
    scope: 'regional',
    countries: ['PL'],
    city: kraków,
    website: null,
    language: 'pl',
    description:
      'Jednostka samorządu województwa małopolskiego odpowiedzialna za politykę społeczną w regionie. ' +
      `W lipcu 2008 roku dołączyła jako partner do Partnerstwa Lokalnego ${rpr}, które pomaga osobom opiekującym się ` +
      'zależnymi bliskimi wrócić do pracy lub pogodzić ją z opieką.',
    translations: {
      en: {
        name: 'Regional Social Policy Centre in Kraków',
        description:
          'The unit of the Małopolska regional self-government responsible for social policy in the region. ' +
          `In July 2008 it joined, as a partner, ${partnershipEn}, which helps people caring for dependent ` +
          'relatives return to work or combine work with care.',
      },
    },
  },
  {
    slug: 'plineu',
    name: 'Stowarzyszenie Doradców Europejskich PLinEU',
    acronym: 'PLinEU',
    stakeholderType: 'civil_society_network',
    scope: 'local',
    countries: ['PL'],
    city: kraków,
    website: 'http://plineu.org/',
    language: 'pl',
    description:
      'Stowarzyszenie doradców zajmujących się projektami europejskimi. Jako lider koordynuje ' +
      `Partnerstwo Lokalne ${rpr}: współpracę dziewięciu instytucji z Krakowa i ` +
      'powiatu krakowskiego na rzecz kobiet i mężczyzn, którzy łączą pracę z opieką nad niesamodzielnym ' +
      'członkiem rodziny.',
    translations: {
      en: {
        name: 'Association of European Advisers PLinEU',
        description:
          `An association of advisers working on European projects. As leader it coordinates ${partnershipEn}: ` +
          'nine institutions from Kraków and Kraków County working together for women and men who combine a ' +
          'job with caring for a dependent family member.',
      },
    },
  },
  {
    slug: 'adecco-poland',
    name: 'Adecco Poland Sp. z o.o.',
    acronym: null,
    stakeholderType: 'private_sector_international',
    scope: 'national',
    countries: ['PL'],
    city: kraków,
    website: null,
    language: 'pl',
    description:
      'Polska spółka międzynarodowej grupy Adecco, specjalizującej się w rekrutacji i usługach kadrowych. ' +
      `Jako partner w Partnerstwie Lokalnym ${rpr} wnosi znajomość ` +
      'rynku pracy, pomagając opiekunom osób zależnych znaleźć lub utrzymać zatrudnienie.',
    translations: {
      en: {
        name: 'Adecco Poland',
        description:
          'The Polish company of the international Adecco Group, which specialises in recruitment and HR ' +
          `services. As a partner in ${partnershipEn} it brings its knowledge of the labour market, helping ` +
          'carers of dependent people find or keep a job.',
      },
    },
  },
  {
    slug: 'gops-igolomia-wawrzenczyce',
    name: 'Gminny Ośrodek Pomocy Społecznej Igołomia-Wawrzeńczyce',
    acronym: 'GOPS',
    stakeholderType: 'local_government',
    scope: 'local',
    countries: ['PL'],
    city: null,
    website: null,
    language: 'pl',
    description:
      'Ośrodek pomocy społecznej wiejskiej gminy Igołomia-Wawrzeńczyce w powiecie krakowskim. Jako partner ' +
      `w Partnerstwie Lokalnym ${rpr} dociera do mieszkańców ` +
      'gminy, którzy z powodu opieki nad bliskimi mają trudność z powrotem na rynek pracy.',
    translations: {
      en: {
        name: 'Commune Social Assistance Centre, Igołomia-Wawrzeńczyce',
        description:
          'The social assistance centre of the rural commune of Igołomia-Wawrzeńczyce in Kraków County. As a ' +
          `partner in ${partnershipEn} it reaches residents for whom caring for relatives makes returning to ` +
          'work difficult.',
      },
    },
  },
  {
    slug: 'gops-kocmyrzow-luborzyca',
    name: 'Gminny Ośrodek Pomocy Społecznej Kocmyrzów-Luborzyca',
    acronym: 'GOPS',
    stakeholderType: 'local_government',
    scope: 'local',
    countries: ['PL'],
    city: null,
    website: null,
    language: 'pl',
    description:
      'Ośrodek pomocy społecznej gminy Kocmyrzów-Luborzyca w powiecie krakowskim. W ramach ' +
      `Partnerstwa Lokalnego ${rpr} wspiera rodziny, w których ` +
      'ktoś opiekuje się dzieckiem, osobą z niepełnosprawnością lub chorym seniorem, w godzeniu pracy z opieką.',
    translations: {
      en: {
        name: 'Commune Social Assistance Centre, Kocmyrzów-Luborzyca',
        description:
          'The social assistance centre of the commune of Kocmyrzów-Luborzyca in Kraków County. Within ' +
          `${partnershipEn} it supports families caring for a young child, a person with a disability or an ` +
          'ill older relative in combining work with care.',
      },
    },
  },
  {
    slug: 'grodzki-urzad-pracy-krakow',
    name: 'Grodzki Urząd Pracy w Krakowie',
    acronym: 'GUP',
    stakeholderType: 'local_government',
    scope: 'local',
    countries: ['PL'],
    city: kraków,
    website: null,
    language: 'pl',
    description:
      'Urząd pracy miasta Krakowa: pośrednictwo pracy, doradztwo zawodowe i szkolenia dla osób bezrobotnych ' +
      `i poszukujących pracy. W Partnerstwie Lokalnym ${rpr} ` +
      'wspiera osoby, którym opieka nad bliskim utrudnia znalezienie lub utrzymanie zatrudnienia.',
    translations: {
      en: {
        name: 'Municipal Labour Office in Kraków',
        description:
          "The city of Kraków's labour office: job placement, career guidance and training for unemployed " +
          `people and job seekers. In ${partnershipEn} it supports people for whom caring for a relative ` +
          'makes it hard to find or keep a job.',
      },
    },
  },
  {
    slug: 'mops-krakow',
    name: 'Miejski Ośrodek Pomocy Społecznej w Krakowie',
    acronym: 'MOPS',
    stakeholderType: 'local_government',
    scope: 'local',
    countries: ['PL'],
    city: kraków,
    website: null,
    language: 'pl',
    description:
      'Miejski ośrodek pomocy społecznej, który świadczy pomoc i usługi społeczne mieszkańcom Krakowa, także ' +
      'rodzinom opiekującym się osobami starszymi, chorymi i z niepełnosprawnościami. Jest partnerem ' +
      `Partnerstwa Lokalnego ${rpr}.`,
    translations: {
      en: {
        name: 'Municipal Social Assistance Centre in Kraków',
        description:
          "The city's social assistance centre, providing help and social services to Kraków residents, " +
          'including families who care for older, ill or disabled relatives. It is a partner in ' +
          `${partnershipEn}.`,
      },
    },
  },
  {
    slug: 'pcpr-krakow',
    name: 'Powiatowe Centrum Pomocy Rodzinie w Krakowie',
    acronym: 'PCPR',
    stakeholderType: 'local_government',
    scope: 'local',
    countries: ['PL'],
    city: kraków,
    website: null,
    language: 'pl',
    description:
      'Jednostka powiatu krakowskiego wspierająca rodziny, w tym osoby z niepełnosprawnościami i ich ' +
      `opiekunów. W Partnerstwie Lokalnym ${rpr} współtworzy ` +
      'ofertę doradczą i szkoleniową dla osób zajmujących się niesamodzielnymi członkami rodziny.',
    translations: {
      en: {
        name: 'County Family Support Centre in Kraków',
        description:
          'The Kraków County body that supports families, including persons with disabilities and those who ' +
          `care for them. In ${partnershipEn} it helps shape the advice and training offered to people caring ` +
          'for dependent family members.',
      },
    },
  },
  {
    slug: 'urzad-pracy-powiatu-krakowskiego',
    name: 'Urząd Pracy Powiatu Krakowskiego',
    acronym: 'UPPK',
    stakeholderType: 'local_government',
    scope: 'local',
    countries: ['PL'],
    city: kraków,
    website: null,
    language: 'pl',
    description:
      'Urząd pracy obsługujący mieszkańców gmin powiatu krakowskiego. Jako partner ' +
      `Partnerstwa Lokalnego ${rpr} oferuje pośrednictwo pracy, ` +
      'poradnictwo zawodowe i szkolenia osobom, które łączą pracę z opieką nad bliskimi.',
    translations: {
      en: {
        name: 'Labour Office of Kraków County',
        description:
          'The labour office serving the residents of the communes of Kraków County. As a partner in ' +
          `${partnershipEn} it offers job placement, career guidance and training to people who combine work ` +
          'with caring for relatives.',
      },
    },
  },
  // The host of the Arabic international conference on social-care policies and programmes.
  {
    slug: 'sultan-qaboos-university',
    name: 'جامعة السلطان قابوس',
    acronym: 'SQU',
    stakeholderType: 'academia',
    scope: 'national',
    countries: ['OM'],
    city: 'Muscat',
    website: null,
    language: 'ar',
    description:
      'الجامعة الحكومية الأولى في سلطنة عُمان. استضافت في ديسمبر 2024 المؤتمر الدولي الثالث حول سياسات ' +
      'وبرامج الرعاية الاجتماعية ودورها في تحقيق أهداف التنمية المستدامة، الذي ناقش على مدى يومين خمسة محاور، ' +
      'وخرج بتوصيات تتناول الحماية الاجتماعية ورعاية كبار السن والأطفال والأشخاص ذوي الإعاقة.',
    translations: {
      en: {
        name: 'Sultan Qaboos University',
        description:
          "Oman's first public university. In December 2024 it hosted the third international conference on " +
          'social-care policies and programmes and their role in achieving the Sustainable Development Goals, ' +
          'which discussed five themes over two days and made recommendations on social protection and on care ' +
          'for older persons, children and persons with disabilities.',
      },
    },
  },
  // Demo partners for connections (issue 14): a research team in Kraków offering time-use survey
  // expertise, a planning directorate in Oman that needs it, and a carers' association in Kazakhstan.
  {
    slug: 'time-use-lab-krakow',
    name: 'Pracownia Badań Budżetu Czasu',
    acronym: null,
    stakeholderType: 'academia',
    scope: 'national',
    countries: ['PL'],
    city: kraków,
    website: null,
    language: 'pl',
    description:
      'Zespół badawczy, który od lat prowadzi w Polsce badania budżetu czasu: dzienniczki, w których ludzie ' +
      'zapisują, co robią co dziesięć minut, także niepłatną pracę opiekuńczą w domu.',
    translations: {
      en: {
        name: 'Time-Use Research Lab',
        description:
          'A research team that has run time-use studies in Poland for years: diaries in which people note ' +
          'what they do every ten minutes, unpaid care at home included.',
      },
    },
  },
  {
    slug: 'oman-social-planning-directorate',
    name: 'المديرية العامة للتخطيط الاجتماعي',
    acronym: null,
    stakeholderType: 'national_government',
    scope: 'national',
    countries: ['OM'],
    city: 'Muscat',
    website: null,
    language: 'ar',
    description: 'جهة حكومية في سلطنة عُمان تخطط لبرامج الحماية والرعاية الاجتماعية وتتابع مؤشراتها الوطنية.',
    translations: {
      en: {
        name: 'Directorate General of Social Planning',
        description:
          'A government body in Oman that plans social protection and care programmes and follows their national indicators.',
      },
    },
  },
  {
    slug: 'family-carers-association-kz',
    name: 'Ассоциация семейных опекунов',
    acronym: null,
    stakeholderType: 'civil_society_network',
    scope: 'national',
    countries: ['KZ'],
    city: 'Almaty',
    website: null,
    language: 'ru',
    description:
      'Объединение семей, которые дома ухаживают за пожилыми родственниками и людьми с инвалидностью.',
    translations: {
      en: {
        name: 'Family Carers Association',
        description:
          'A network of families who care at home for older relatives and people with disabilities.',
      },
    },
  },
];

/** Loads the demo organisations as published members and remembers their ids by slug. */
export const demoOrganizationsPart: TDemoPart = {
  name: 'organizations',
  async load(ctx) {
    const search = createHubSearch({ db: ctx.db, dialect: dialectOf(ctx.db) });
    for (const org of demoOrganizations) {
      const id = newId(Date.parse(ctx.at));
      const nameTranslations: Record<string, string> = {};
      const descriptionTranslations: Record<string, string> = {};
      for (const [locale, text] of Object.entries(org.translations)) {
        nameTranslations[locale] = text.name;
        descriptionTranslations[locale] = text.description;
      }
      await insertOrganization(ctx.db, {
        id,
        slug: org.slug,
        name: org.name,
        acronym: org.acronym,
        nameTranslations,
        descriptionTranslations,
        stakeholderType: org.stakeholderType,
        scope: org.scope,
        countries: [...org.countries],
        city: org.city,
        website: org.website,
        description: org.description,
        language: org.language,
        membershipStatus: 'member',
        publishedAt: ctx.at,
        at: ctx.at,
      });
      ctx.organizationIds.set(org.slug, id);
      const saved = await findOrganizationById(ctx.db, id);
      if (saved) await syncOrganizationIndex(search, saved, ctx.db);
    }
    return demoOrganizations.length;
  },
};
