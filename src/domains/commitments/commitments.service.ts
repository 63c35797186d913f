import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import { uniqueSlug } from '../../core/records.ts';
import { fieldErrorsOf } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { findOrganizationById } from '../organizations/index.ts';
import { parseAmount } from './commitment-amounts.ts';
import { completenessGaps, type TCompletenessGap } from './commitment-completeness.ts';
import { forgetDashboardFigures } from './commitment-dashboard.service.ts';
import { listEvidenceFiles } from './commitment-evidence.repository.ts';
import { syncCommitmentIndex } from './commitment-indexing.ts';
import { listCommitmentLinks, replaceCommitmentLinks, type TLinkRef } from './commitment-links.repository.ts';
import { parseLinkValues, resolveLinks, type TResolvedLink } from './commitment-links.ts';
import { findCycleById, findRound, listReports, setReportsCycle } from './commitment-reporting.repository.ts';
import { stalenessCutoffs, stalenessOf } from './commitment-staleness.ts';
import { reservedCommitmentSlugs, type TStalenessLight } from './commitment-vocabulary.ts';
import { composeInvitationMail } from './commitments.mail.ts';
import { authorize, can, commitmentActions, type TCommitmentAction } from './commitments.policy.ts';
import type {
  TCommitment,
  TCycle,
  TDeliverable,
  TEvidenceFile,
  TReport,
  TRound,
} from './commitments.record.ts';
import {
  countDimensions,
  countReports,
  findCommitmentById,
  findCommitmentBySlug,
  insertCommitment,
  isCommitmentSlugTaken,
  listDeliverables,
  listMakers,
  listMemberOrganizations,
  listOrganizationWriters,
  replaceDeliverables,
  replaceFacets,
  replaceMakers,
  searchTextOf,
  type TMaker,
  updateCommitment as updateCommitmentRow,
} from './commitments.repository.ts';
import { type TCommitmentInput, ZCommitmentInput } from './commitments.schemas.ts';
import { readRoundNames, type TRoundName } from './round-names.service.ts';

/**
 * Declaring and editing commitments: validate (shape, then dates within the cycle, amounts in the
 * writer's language, makers that exist), authorise, save with makers, deliverables and facets in one
 * transaction with its audit entry, and invite new co-makers by e-mail. Review moves are in
 * commitment-workflow.service.ts; reports, rounds and cycles in commitment-reporting.service.ts.
 */
export type TWriteOptions = { requestId?: string | null; locale: string };

/** The form field a validation issue belongs to (deliverable rows are d_<field>_<index>). */
function fieldOf(path: readonly PropertyKey[]): string {
  const [head, index, field] = path;
  if (head === 'deliverables' && typeof index === 'number') {
    const names: Record<string, string> = {
      title: 'd_title',
      measure: 'd_measure',
      target: 'd_target',
      dueDate: 'd_due',
    };
    return `${names[String(field)] ?? 'd_title'}_${index}`;
  }
  if (head === 'translation') return `tr${String(index ?? 'language').replace(/^./, (c) => c.toUpperCase())}`;
  if (head === 'amountText') return 'amount';
  if (head === 'coMakerIds') return 'coMakers';
  return String(head ?? '_form');
}

export type TValidCommitment = TCommitmentInput & {
  linkRefs: TLinkRef[];
  amount: number | null;
  cycle: TCycle;
  stakeholderType: string;
};

/** Checks what the writer sent; throws validation_failed with one message key per form field. */
export async function validateCommitmentInput(
  deps: TDeps,
  actor: TActor,
  raw: unknown,
  locale: string,
): Promise<TValidCommitment> {
  const parsed = ZCommitmentInput.safeParse(raw);
  const fieldErrors: Record<string, string> = {};
  if (!parsed.success) {
    throw new AppError('validation_failed', { fieldErrors: fieldErrorsOf(parsed.error.issues, fieldOf) });
  }
  const input = parsed.data;
  const cycle = await findCycleById(deps.db, input.cycleId);
  if (!cycle) fieldErrors.cycleId = 'validation.invalidChoice';
  const members = new Map((await listMemberOrganizations(deps.db)).map((o) => [o.id, o]));
  const lead = members.get(input.leadOrganizationId);
  const isSecretariatActor = can(actor, 'listForReview');
  if (!lead) fieldErrors.leadOrganizationId = 'validation.invalidChoice';
  else if (!isSecretariatActor && !['owner', 'editor'].includes(actor.organizationRoles.get(lead.id) ?? '')) {
    fieldErrors.leadOrganizationId = 'commitments.errors.leadOrganization';
  }
  if (input.coMakerIds.some((id) => !members.has(id))) fieldErrors.coMakers = 'validation.invalidChoice';
  let amount: number | null = null;
  if (input.amountText !== '') {
    if (!input.currency) fieldErrors.currency = 'commitments.errors.currencyRequired';
    const result = parseAmount(input.amountText, locale, input.currency);
    if (result.isValid) amount = result.value;
    else fieldErrors.amount = result.error;
  }
  if (cycle) {
    const outside = (date: string | null) => date !== null && (date < cycle.startsOn || date > cycle.endsOn);
    if (outside(input.startDate)) fieldErrors.startDate = 'commitments.errors.outsideCycle';
    if (outside(input.endDate)) fieldErrors.endDate = 'commitments.errors.outsideCycle';
    input.deliverables.forEach((d, index) => {
      if (outside(d.dueDate)) fieldErrors[`d_due_${index}`] = 'commitments.errors.outsideCycle';
    });
  }
  if (input.startDate && input.endDate && input.endDate < input.startDate && !fieldErrors.endDate) {
    fieldErrors.endDate = 'commitments.errors.endBeforeStart';
  }
  const linkRefs = parseLinkValues(input.links);
  const resolvedLinks = await resolveLinks(deps, linkRefs);
  if (linkRefs.length !== input.links.length || resolvedLinks.length !== linkRefs.length) {
    fieldErrors.links = 'commitments.errors.linkUnavailable';
  }
  if (Object.keys(fieldErrors).length > 0 || !cycle || !lead)
    throw new AppError('validation_failed', { fieldErrors });
  return {
    ...input,
    linkRefs,
    amount,
    currency: amount === null ? null : input.currency,
    cycle,
    stakeholderType: lead.stakeholderType,
  };
}

function chooseSlug(deps: TDeps, title: string): Promise<string> {
  return uniqueSlug(title, (slug) => isCommitmentSlugTaken(deps.db, slug), {
    fallback: 'commitment',
    reserved: reservedCommitmentSlugs,
  });
}

function translationsOf(
  input: TValidCommitment,
  existing?: TCommitment['translations'],
): TCommitment['translations'] {
  const title = { ...(existing?.title ?? {}) };
  const description = { ...(existing?.description ?? {}) };
  const tr = input.translation;
  if (tr && tr.language !== input.language) {
    if (tr.title) title[tr.language] = tr.title;
    else delete title[tr.language];
    if (tr.description) description[tr.language] = tr.description;
    else delete description[tr.language];
  }
  return { title, description };
}

function contentColumns(input: TValidCommitment, translations: TCommitment['translations']) {
  return {
    cycle_id: input.cycle.id,
    lead_organization_id: input.leadOrganizationId,
    stakeholder_type: input.stakeholderType,
    language: input.language,
    title: input.title,
    description: input.description,
    translations: JSON.stringify(translations),
    kind: input.kind,
    stage: input.stage,
    level: input.level,
    countries: JSON.stringify(input.countries),
    amount: input.amount,
    currency: input.currency,
    start_date: input.startDate,
    end_date: input.endDate,
    five_r: JSON.stringify(input.fiveR),
    sdg_targets: JSON.stringify(input.sdgTargets),
    themes: JSON.stringify(input.themes),
    practice_links: JSON.stringify(input.practiceLinks),
    event_links: JSON.stringify(input.eventLinks),
    search_text: searchTextOf({ title: input.title, description: input.description, translations }),
  };
}

/** Invites new co-makers: one e-mail to each owner and editor of each, in their language. */
async function inviteCoMakers(
  deps: TDeps,
  trx: TDeps['db'],
  c: { id: string; slug: string; title: string; leadOrganizationId: string },
  organizationIds: readonly string[],
): Promise<void> {
  if (organizationIds.length === 0) return;
  const lead = await findOrganizationById(trx, c.leadOrganizationId);
  const writers = await listOrganizationWriters(trx, organizationIds);
  for (const person of writers) {
    const organization = await findOrganizationById(trx, person.organizationId);
    const link = `${deps.config.publicUrl}/${person.locale}/commitments/${encodeURIComponent(c.slug)}`;
    await deps.mailer.enqueue(
      trx,
      composeInvitationMail(
        person,
        { organization: organization?.name ?? '', lead: lead?.name ?? '', title: c.title, link },
        `commitments:invitation:${c.id}:${person.organizationId}:${person.userId}`,
      ),
    );
  }
}

export async function createCommitment(
  deps: TDeps,
  actor: TActor,
  raw: unknown,
  options: TWriteOptions,
): Promise<TCommitment> {
  authorize(actor, 'create');
  const input = await validateCommitmentInput(deps, actor, raw, options.locale);
  const at = deps.clock.now().toISOString();
  const id = newId(Date.parse(at));
  const slug = await chooseSlug(deps, input.title);
  const saved = await deps.db.transaction().execute(async (trx) => {
    await insertCommitment(trx, {
      id,
      slug,
      status: 'draft',
      ...contentColumns(input, translationsOf(input)),
      review_comment: null,
      progress_status: null,
      progress_percent: null,
      last_report_at: null,
      final_report_at: null,
      created_by: actor.userId,
      submitted_at: null,
      published_at: null,
      created_at: at,
      updated_at: at,
    });
    const invited = await replaceMakers(trx, id, input.leadOrganizationId, input.coMakerIds, at);
    await replaceCommitmentLinks(trx, id, input.linkRefs, at);
    await replaceDeliverables(
      trx,
      id,
      input.deliverables.map((d) => ({ ...d, id: newId() })),
      at,
    );
    const row = await findCommitmentById(trx, id);
    if (!row) throw new AppError('internal');
    await replaceFacets(trx, row);
    await inviteCoMakers(deps, trx, row, invited);
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'commitments.created',
      { type: 'commitment', id },
      {
        slug,
        lead: input.leadOrganizationId,
        coMakers: invited,
        deliverables: input.deliverables.length,
      },
    );
    return row;
  });
  return saved;
}

export async function updateCommitment(
  deps: TDeps,
  actor: TActor,
  slug: string,
  version: number,
  raw: unknown,
  options: TWriteOptions,
): Promise<TCommitment> {
  const current = await findCommitmentBySlug(deps.db, slug);
  if (!current) throw new AppError('not_found');
  authorize(actor, 'edit', { ...current, makers: await listMakers(deps.db, current.id) });
  const input = await validateCommitmentInput(deps, actor, raw, options.locale);
  const known = new Set((await listDeliverables(deps.db, current.id)).map((d) => d.id));
  const at = deps.clock.now().toISOString();
  const saved = await deps.db.transaction().execute(async (trx) => {
    const ok = await updateCommitmentRow(trx, current.id, version, {
      ...contentColumns(input, translationsOf(input, current.translations)),
      updated_at: at,
    });
    if (!ok) throw new AppError('conflict');
    const invited = await replaceMakers(trx, current.id, input.leadOrganizationId, input.coMakerIds, at);
    await replaceCommitmentLinks(trx, current.id, input.linkRefs, at);
    await replaceDeliverables(
      trx,
      current.id,
      input.deliverables.map((d) => ({ ...d, id: d.id && known.has(d.id) ? d.id : newId() })),
      at,
    );
    const row = await findCommitmentById(trx, current.id);
    if (!row) throw new AppError('internal');
    await replaceFacets(trx, row);
    await countDimensions(trx, current, -1);
    await countDimensions(trx, row, 1);
    if (row.cycleId !== current.cycleId) {
      await countReports(trx, current, -1);
      await setReportsCycle(trx, row.id, row.cycleId);
      await countReports(trx, row, 1);
    }
    if (row.status === 'published') {
      const lead = await findOrganizationById(trx, row.leadOrganizationId);
      await syncCommitmentIndex(deps.search, row, lead?.name ?? '', trx);
    }
    await inviteCoMakers(deps, trx, row, invited);
    await audit(
      trx,
      { actorId: actor.userId, requestId: options.requestId, at },
      'commitments.updated',
      { type: 'commitment', id: row.id },
      { slug: row.slug, version: row.version, coMakersInvited: invited },
    );
    return row;
  });
  if (saved.status === 'published') forgetDashboardFigures();
  return saved;
}

export type TCommitmentPage = {
  commitment: TCommitment;
  cycle: TCycle;
  makers: TMaker[];
  deliverables: TDeliverable[];
  reports: TReport[];
  /** The names of the reports' rounds in the reader's language (or their originals, marked). */
  roundNames: Map<string, TRoundName>;
  /** Evidence files by report id. */
  files: Map<string, TEvidenceFile[]>;
  links: TResolvedLink[];
  gaps: TCompletenessGap[];
  light: TStalenessLight;
  allowed: Record<TCommitmentAction, boolean>;
};

export function gapsOf(c: TCommitment, deliverables: readonly TDeliverable[]): TCompletenessGap[] {
  return completenessGaps({ ...c, deliverables });
}

/** Everything the commitment's page shows, for this reader. */
export async function readCommitmentPage(
  deps: TDeps,
  actor: TActor,
  slug: string,
  locale = 'en',
): Promise<TCommitmentPage> {
  const commitment = await findCommitmentBySlug(deps.db, slug);
  if (!commitment) throw new AppError('not_found');
  const makers = await listMakers(deps.db, commitment.id);
  const resource = { ...commitment, makers };
  authorize(actor, 'view', resource);
  const [cycle, deliverables, reports, linkRefs, files] = await Promise.all([
    findCycleById(deps.db, commitment.cycleId),
    listDeliverables(deps.db, commitment.id),
    listReports(deps.db, commitment.id),
    listCommitmentLinks(deps.db, commitment.id),
    listEvidenceFiles(deps.db, commitment.id),
  ]);
  const filesByReport = new Map<string, TEvidenceFile[]>();
  for (const file of files)
    filesByReport.set(file.reportId, [...(filesByReport.get(file.reportId) ?? []), file]);
  if (!cycle) throw new AppError('internal');
  const cutoffs = stalenessCutoffs(deps.clock.now(), deps.config.commitmentStaleness);
  const allowed = Object.fromEntries(
    commitmentActions.map((action) => [action, can(actor, action, resource)]),
  ) as Record<TCommitmentAction, boolean>;
  return {
    commitment,
    cycle,
    makers,
    deliverables,
    reports,
    roundNames: await readReportRoundNames(deps, reports, locale),
    files: filesByReport,
    links: await resolveLinks(deps, linkRefs),
    gaps: gapsOf(commitment, deliverables),
    light: commitment.status === 'published' ? stalenessOf(commitment, cutoffs) : 'new',
    allowed,
  };
}

/** The names of the rounds these reports were filed in, in the reader's language. */
async function readReportRoundNames(deps: TDeps, reports: readonly TReport[], locale: string) {
  const ids = [...new Set(reports.flatMap((r) => (r.roundId ? [r.roundId] : [])))];
  const rounds = (await Promise.all(ids.map((id) => findRound(deps.db, id)))).filter(
    (r): r is TRound => r !== undefined,
  );
  return readRoundNames(deps, rounds, locale);
}
