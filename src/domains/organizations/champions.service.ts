import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { can } from './organizations.policy.ts';
import {
  findOrganizationBySlug,
  listChampions,
  readSiteText,
  updateChampionStatus,
  writeSiteText,
} from './organizations.repository.ts';

/**
 * Care Champions: admins designate members with a citation (why, since when); the criteria are a
 * text the secretariat edits, per language (English stands in where a language has none yet).
 */
export const criteriaKey = 'champion_criteria';

export async function readChampionsPage(deps: TDeps, actor: TActor, locale: string) {
  const own = await readSiteText(deps.db, criteriaKey, locale);
  const english = own ?? (locale === 'en' ? undefined : await readSiteText(deps.db, criteriaKey, 'en'));
  return {
    criteria: (own ?? english)?.body ?? null,
    criteriaLanguage: own ? locale : english ? 'en' : null,
    champions: await listChampions(deps.db),
    canEditCriteria: can(actor, 'editChampionCriteria'),
  };
}

export async function readCriteriaForEditing(deps: TDeps, actor: TActor, locale: string) {
  if (!can(actor, 'editChampionCriteria')) throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
  return (await readSiteText(deps.db, criteriaKey, locale))?.body ?? '';
}

export async function saveCriteria(
  deps: TDeps,
  input: { actor: TActor; locale: string; body: string; requestId: string | null },
): Promise<void> {
  const { actor } = input;
  if (!can(actor, 'editChampionCriteria') || !actor.userId) throw new AppError('forbidden');
  const userId = actor.userId;
  await auditedWrite(deps, actor, input, async ({ trx, at, audit }) => {
    await writeSiteText(trx, { key: criteriaKey, locale: input.locale, body: input.body, by: userId, at });
    const subject = { type: 'site_text', id: `${criteriaKey}:${input.locale}` };
    await audit('organizations.champion_criteria_edited', subject, {
      locale: input.locale,
      length: input.body.length,
    });
  });
}

export async function readChampionStatus(deps: TDeps, actor: TActor, slug: string) {
  const organization = await findOrganizationBySlug(deps.db, slug);
  if (organization?.membershipStatus !== 'member') throw new AppError('not_found');
  if (!organization) throw new AppError('not_found');
  if (!can(actor, 'designateChampion', organization))
    throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
  return organization;
}

export async function setChampion(
  deps: TDeps,
  input: {
    actor: TActor;
    slug: string;
    isChampion: boolean;
    citation: string | null;
    citationLanguage: string;
    since: string | null;
    requestId: string | null;
  },
): Promise<void> {
  const organization = await readChampionStatus(deps, input.actor, input.slug);
  await auditedWrite(deps, input.actor, input, async ({ trx, at, audit }) => {
    await updateChampionStatus(trx, organization.id, {
      isChampion: input.isChampion,
      since: input.isChampion ? (input.since ?? at.slice(0, 10)) : null,
      citation: input.isChampion ? input.citation : null,
      language: input.isChampion ? input.citationLanguage : null,
      at,
    });
    await audit(
      input.isChampion ? 'organizations.champion_designated' : 'organizations.champion_removed',
      { type: 'organization', id: organization.id },
      { slug: organization.slug, since: input.since },
    );
  });
}
