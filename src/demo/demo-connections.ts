import { markFromConnection } from '../domains/commitments/commitments.repository.ts';
import { analyseListing } from '../domains/connections/connection-analysis.ts';
import { listingSearchDocument } from '../domains/connections/connection-indexing.ts';
import { findListing, insertListing, replaceTerms } from '../domains/connections/connections.repository.ts';
import { type TListingKind, ZListingInput } from '../domains/connections/connections.schemas.ts';
import {
  answerIntroductionAtVersion,
  findIntroduction,
  insertIntroduction,
  insertMessage,
  insertOutcome,
} from '../domains/connections/introductions.repository.ts';
import { regionOf, sectorPairOf } from '../domains/connections/introductions.service.ts';
import { createHubSearch } from '../domains/search/hub-search.ts';
import { dialectOf } from '../platform/db/dialect-of.ts';
import { newId } from '../platform/ids.ts';
import type { TDemoContext, TDemoPart } from './demo-context.ts';

/**
 * The demo's offers and needs (issue 14), each in its organisation's own language: a Kraków research
 * team offers time-use survey expertise and a planning directorate in Oman needs exactly that; a
 * Mexican institute, Bogotá, an employer, mother centres and carers' groups offer and look for help.
 */
export type TDemoListing = {
  organization: string;
  kind: TListingKind;
  helpKind: string;
  language: string;
  title: string;
  description: string;
  concepts?: string[];
  countries?: string[];
  regions?: string[];
  isAnywhere?: boolean;
  workingLanguages: string[];
};

export const demoListings: readonly TDemoListing[] = [
  {
    organization: 'time-use-lab-krakow',
    kind: 'offer',
    helpKind: 'expertise',
    language: 'pl',
    title: 'Pomożemy zaprojektować badanie budżetu czasu',
    description:
      'Prowadzimy badania budżetu czasu od kilkunastu lat. Możemy doradzić ministerstwu lub urzędowi ' +
      'statystycznemu przy pierwszym badaniu: dobór próby, dzienniczek aktywności, kodowanie czynności ' +
      'opiekuńczych i szacowanie wartości niepłatnej pracy. Pracujemy zdalnie, po polsku i po angielsku.',
    concepts: ['theme:time_use_data'],
    isAnywhere: true,
    workingLanguages: ['pl', 'en'],
  },
  {
    organization: 'oman-social-planning-directorate',
    kind: 'need',
    helpKind: 'expertise',
    language: 'ar',
    title: 'نحتاج إلى خبرة في تصميم مسح وطني لاستخدام الوقت',
    description:
      'نخطط لأول مسح وطني لاستخدام الوقت في سلطنة عُمان بهدف قياس العمل غير مدفوع الأجر في الرعاية والأعمال ' +
      'المنزلية، ونبحث عن فريق سبق له إجراء مثل هذا المسح ليرافقنا في تصميم الاستبيان ويوميات النشاط ' +
      'وتدريب الباحثين الميدانيين. نعمل بالعربية والإنجليزية.',
    countries: ['OM'],
    workingLanguages: ['ar', 'en'],
  },
  {
    organization: 'inmujeres',
    kind: 'offer',
    helpKind: 'technical_assistance',
    language: 'es',
    title: 'Asistencia técnica para diseñar un sistema nacional de cuidados',
    description:
      'Compartimos cómo articulamos un sistema de cuidados con varias secretarías: el mapa de la oferta de ' +
      'servicios, el costeo de guarderías y de la atención a personas mayores, y la coordinación con los ' +
      'estados. Ofrecemos sesiones de trabajo con equipos de gobierno de América Latina.',
    concepts: ['theme:care_systems'],
    regions: ['region:latin_america_caribbean'],
    workingLanguages: ['es', 'en'],
  },
  {
    organization: 'bogota-city-government',
    kind: 'offer',
    helpKind: 'mentoring',
    language: 'es',
    title: 'Acompañamos a otras ciudades a crear manzanas del cuidado',
    description:
      'Nuestras manzanas del cuidado reúnen en pocas calles servicios para las cuidadoras: formación, ' +
      'lavanderías, respiro y atención de niñas, niños y personas mayores. Acompañamos a equipos de otras ' +
      'alcaldías durante el primer año.',
    concepts: ['theme:care_infrastructure', 'population:unpaid_caregivers'],
    isAnywhere: true,
    workingLanguages: ['es'],
  },
  {
    organization: 'adecco-poland',
    kind: 'offer',
    helpKind: 'training',
    language: 'pl',
    title: 'Szkolenia dla pracodawców: godzenie pracy z opieką',
    description:
      'Przeszkolimy działy kadr z elastycznych form pracy dla rodziców i opiekunów osób starszych: ' +
      'praca zdalna, skrócony etat, urlop opiekuńczy. Szkolenia prowadzimy w Małopolsce.',
    concepts: ['theme:work_life_balance'],
    countries: ['PL'],
    workingLanguages: ['pl', 'en'],
  },
  {
    organization: 'rops-krakow',
    kind: 'need',
    helpKind: 'training',
    language: 'pl',
    title: 'Szukamy partnera do szkoleń z godzenia pracy i opieki dla firm',
    description:
      'Chcemy, by więcej pracodawców w Małopolsce wspierało pracowników opiekujących się bliskimi. ' +
      'Szukamy partnera, który poprowadzi szkolenia dla firm o elastycznej pracy i urlopie opiekuńczym.',
    countries: ['PL'],
    workingLanguages: ['pl'],
  },
  {
    organization: 'make-mothers-matter',
    kind: 'need',
    helpKind: 'data_research',
    language: 'fr',
    title: 'Nous cherchons des données sur le travail de soin non rémunéré des mères',
    description:
      'Pour notre plaidoyer européen, nous cherchons des chercheuses ou des instituts disposant de données ' +
      'récentes sur le temps que les mères consacrent au travail de soin non rémunéré, par pays.',
    concepts: ['theme:unpaid_care_work', 'population:mothers'],
    regions: ['region:europe'],
    workingLanguages: ['fr', 'en'],
  },
  {
    organization: 'mine-mother-centres',
    kind: 'offer',
    helpKind: 'mentoring',
    language: 'en',
    title: 'Mentoring for new community mother centres',
    description:
      'Our network has helped mothers open neighbourhood centres where parents meet, share childcare and ' +
      'run services together. We mentor groups that want to start one.',
    concepts: ['theme:community_care', 'population:mothers'],
    regions: ['region:europe'],
    workingLanguages: ['en', 'de'],
  },
  {
    organization: 'family-carers-association-kz',
    kind: 'need',
    helpKind: 'mentoring',
    language: 'ru',
    title: 'Ищем наставников по организации кратковременного отдыха для семейных опекунов',
    description:
      'Семьи, которые ухаживают дома за пожилыми родственниками и людьми с инвалидностью, не имеют ' +
      'возможности отдохнуть. Мы хотим открыть службу временной замены и ищем организацию, которая уже ' +
      'это делает и готова поделиться опытом.',
    concepts: ['theme:unpaid_carer_support', 'population:unpaid_caregivers'],
    countries: ['KZ'],
    workingLanguages: ['ru', 'en'],
  },
  {
    organization: 'sultan-qaboos-university',
    kind: 'offer',
    helpKind: 'data_research',
    language: 'ar',
    title: 'بحوث حول رعاية كبار السن في دول الخليج',
    description:
      'يقدم باحثونا دراسات حول رعاية كبار السن والأشخاص ذوي الإعاقة في الأسرة العُمانية، ' +
      'ويمكنهم المشاركة في تقييم برامج الرعاية الاجتماعية.',
    concepts: ['theme:long_term_care', 'population:older_persons'],
    regions: ['region:western_asia'],
    workingLanguages: ['ar', 'en'],
  },
];

export const demoConnectionsPart: TDemoPart = {
  name: 'connections',
  async load(ctx) {
    const search = createHubSearch({ db: ctx.db, dialect: dialectOf(ctx.db) });
    let count = 0;
    const listingIds = new Map<string, string>();
    for (const demo of demoListings) {
      const organizationId = ctx.organizationIds.get(demo.organization);
      if (!organizationId) continue;
      const input = ZListingInput.parse({
        organizationId,
        helpKind: demo.helpKind,
        title: demo.title,
        description: demo.description,
        language: demo.language,
        concepts: demo.concepts ?? [],
        countries: demo.countries ?? [],
        regions: demo.regions ?? [],
        isAnywhere: demo.isAnywhere ?? false,
        workingLanguages: demo.workingLanguages,
      });
      const { content, terms } = analyseListing(input);
      const id = newId(Date.parse(ctx.at) + count);
      await insertListing(ctx.db, {
        id,
        kind: demo.kind,
        organizationId,
        ...content,
        createdBy: null,
        at: ctx.at,
      });
      await replaceTerms(ctx.db, id, demo.kind, terms, true);
      if (!listingIds.has(demo.organization)) listingIds.set(demo.organization, id);
      const saved = await findListing(ctx.db, id);
      if (saved) await search.upsertDocument(listingSearchDocument(saved), { db: ctx.db });
      count += 1;
    }
    await loadDemoIntroduction(ctx, listingIds);
    return count;
  },
};

/**
 * One introduction that went all the way (issue 14, ADR 0046): UN Women asked INMUJERES about its
 * technical assistance for a national care system, INMUJERES accepted, they wrote to each other, and
 * the outcome "new commitment" names the care-financing tracker they now make together — whose page
 * says it came from a connection. The people are the demo's community members (they cannot sign in).
 */
async function loadDemoIntroduction(ctx: TDemoContext, listingIds: Map<string, string>): Promise<void> {
  const requesterId = ctx.organizationIds.get('un-women');
  const receiverId = ctx.organizationIds.get('inmujeres');
  const listingId = listingIds.get('inmujeres');
  const person = async (key: string) =>
    (
      await ctx.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', `${key}.demo@carehub.invalid`)
        .executeTakeFirst()
    )?.id;
  const [amara, lucia] = [await person('amara'), await person('lucia')];
  const commitment = await ctx.db
    .selectFrom('commitments')
    .select('id')
    .where('slug', '=', 'global-care-financing-tracker')
    .executeTakeFirst();
  if (!requesterId || !receiverId || !listingId || !amara || !lucia || !commitment) return;
  const listing = await findListing(ctx.db, listingId);
  if (!listing) return;
  const now = Date.parse(ctx.at);
  const when = (daysAgo: number) => new Date(now - daysAgo * 86_400_000).toISOString();
  const id = newId(now - 60 * 86_400_000);
  await insertIntroduction(ctx.db, {
    id,
    subjectType: 'offer',
    subjectId: listingId,
    subjectTitle: listing.title,
    requesterOrganizationId: requesterId,
    receiverOrganizationId: receiverId,
    requestedBy: amara,
    message:
      'We are preparing a tracker of care financing and would like to learn how you costed the national ' +
      'care system before it went to Congress.',
    at: when(60),
  });
  await answerIntroductionAtVersion(ctx.db, id, 1, { status: 'accepted', by: lucia, at: when(58) });
  await insertMessage(ctx.db, {
    id: newId(now - 57 * 86_400_000),
    introductionId: id,
    authorId: lucia,
    organizationId: receiverId,
    body:
      'Con gusto. Les compartimos la metodología de costeo y la lista de partidas presupuestarias; ' +
      'podemos revisarla juntas la próxima semana.',
    at: when(57),
  });
  const intro = await findIntroduction(ctx.db, id);
  if (!intro) return;
  await insertOutcome(ctx.db, {
    id: newId(now - 30 * 86_400_000),
    introductionId: id,
    kind: 'new_commitment',
    commitmentId: commitment.id,
    sectorPair: sectorPairOf(intro),
    region: regionOf(intro),
    year: new Date(when(30)).getUTCFullYear(),
    recordedBy: amara,
    organizationId: requesterId,
    at: when(30),
  });
  await markFromConnection(ctx.db, commitment.id, when(30));
}
