import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import type { TDeps } from '../../deps.ts';
import { isLocale, type TLocale } from '../../i18n/locales.ts';
import { translator } from '../../i18n/translator.ts';
import { AppError } from '../../platform/errors.ts';
import { findUserById } from '../accounts/index.ts';
import { communityPolicy } from './communities.policy.ts';
import { countFacilitators, findRole, setMemberRole, updateCommunityRow } from './communities.repository.ts';
import { communityText, readCommunity, type TWriteOptions } from './communities.service.ts';
import { logModerationAct } from './moderation.service.ts';

/**
 * Facilitators: a facilitator (or the secretariat) makes a member a facilitator; a facilitator steps
 * down, and the secretariat may end someone's facilitator role. A community keeps one facilitator at
 * least: the last one cannot step down (nor leave, see leaveCommunity). The person whose role changed
 * by someone else's hand sees it on the community page (a notice) and by mail in their language.
 */
export type TFacilitatorChange = 'appointed' | 'steppedDown' | 'ended';

export const lastFacilitatorMessage = 'communities.flash.lastFacilitator';

export async function changeFacilitator(
  deps: TDeps,
  actor: TActor,
  slug: string,
  userId: string,
  isFacilitator: boolean,
  options: TWriteOptions = {},
): Promise<TFacilitatorChange | null> {
  const view = await readCommunity(deps, actor, slug);
  const isSelf = userId === actor.userId;
  communityPolicy.authorize(
    actor,
    isFacilitator ? 'manageMembers' : isSelf ? 'stepDown' : 'endFacilitator',
    view.resource,
  );
  const change: TFacilitatorChange = isFacilitator ? 'appointed' : isSelf ? 'steppedDown' : 'ended';
  const person = isSelf ? null : await findUserById(deps.db, userId);
  const id = view.community.id;
  const isChanged = await auditedWrite(deps, actor, options, async (step) => {
    const { trx, at } = step;
    // Touching the community row first makes two role changes in one community take turns, so two
    // facilitators stepping down at once cannot leave it with none.
    await updateCommunityRow(trx, id, { updated_at: at });
    const role = await findRole(trx, id, userId);
    if (isFacilitator && role === 'facilitator') return false;
    if (!isFacilitator && role !== 'facilitator') return false;
    if (isFacilitator && role !== 'member') throw new AppError('conflict');
    if (!isFacilitator && (await countFacilitators(trx, id)) <= 1)
      throw new AppError('validation_failed', { fieldErrors: { _form: lastFacilitatorMessage } });
    await setMemberRole(trx, id, userId, isFacilitator ? 'facilitator' : 'member', at);
    const action = isFacilitator ? 'facilitator_added' : 'facilitator_ended';
    await step.audit(`communities.${action}`, { type: 'community', id }, { slug, userId, change });
    if (isSelf) return true;
    await logModerationAct(step, { communityId: id, action, subject: userId, reason: '', by: actor.userId });
    if (person) {
      const locale: TLocale = isLocale(person.locale) ? person.locale : 'en';
      const { t } = translator(locale);
      const community = communityText(view.community, locale).name;
      const link = `${deps.config.publicUrl}/${locale}/communities/${encodeURIComponent(slug)}`;
      await deps.mailer.enqueue(trx, {
        to: person.email,
        subject: t(isFacilitator ? 'communities.roles.appointedSubject' : 'communities.roles.endedSubject', {
          community,
        }),
        text: t(isFacilitator ? 'communities.roles.appointedBody' : 'communities.roles.endedBody', {
          name: person.name,
          community,
          link,
        }),
        dedupeKey: `community-role:${id}:${userId}:${at}`,
      });
    }
    return true;
  });
  return isChanged ? change : null;
}
