import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import {
  deleteSiteText,
  readSiteTextLanguages,
  readSiteTextsIn,
  writeSiteText,
} from '../../core/site-texts.ts';
import type { TDeps } from '../../deps.ts';
import { localeTags } from '../../i18n/locales.ts';
import { AppError } from '../../platform/errors.ts';
import { findRound, updateRoundTitle } from './commitment-reporting.repository.ts';
import { authorize } from './commitments.policy.ts';
import type { TRound } from './commitments.record.ts';
import { commitmentLimits } from './commitments.schemas.ts';

/**
 * Reporting round names in every interface language (issue 16, item 4; docs/adr/0063), kept as site
 * texts like the Care Champion criteria. The name a round was opened with stays its original, in the
 * language it was written in; a reader whose language has no name sees the original, marked with
 * its language.
 */
export const roundNameKey = (roundId: string) => `round_title:${roundId}`;

/** A round's name as one reader sees it. */
export type TRoundName = { text: string; language: string; isFallback: boolean };

/** The names of these rounds in `locale`, by round id. */
export async function readRoundNames(
  deps: TDeps,
  rounds: readonly Pick<TRound, 'id' | 'title' | 'titleLanguage'>[],
  locale: string,
): Promise<Map<string, TRoundName>> {
  const translated = await readSiteTextsIn(
    deps.db,
    rounds.map((r) => roundNameKey(r.id)),
    locale,
  );
  return new Map(
    rounds.map((r) => {
      const own = r.titleLanguage === locale ? r.title : translated.get(roundNameKey(r.id));
      const name: TRoundName = own
        ? { text: own, language: locale, isFallback: false }
        : { text: r.title, language: r.titleLanguage, isFallback: true };
      return [r.id, name];
    }),
  );
}

/** The round and its name in every interface language (empty where none), for the secretariat's form. */
export async function readRoundNamesForEditing(deps: TDeps, actor: TActor, roundId: string) {
  authorize(actor, 'manageRounds');
  const round = await findRound(deps.db, roundId);
  if (!round) throw new AppError('not_found');
  const stored = await readSiteTextLanguages(deps.db, roundNameKey(round.id));
  const names = Object.fromEntries(
    localeTags.map((tag) => [tag, tag === round.titleLanguage ? round.title : (stored[tag] ?? '')]),
  );
  return { round, names };
}

/**
 * Saves the names typed per language: the original's language renames the round (it may not be
 * emptied), another language adds, replaces or (emptied) removes its translation. One audit entry.
 */
export async function saveRoundNames(
  deps: TDeps,
  actor: TActor,
  roundId: string,
  raw: Record<string, unknown>,
  o: { requestId?: string | null } = {},
): Promise<void> {
  authorize(actor, 'manageRounds');
  const round = await findRound(deps.db, roundId);
  if (!round) throw new AppError('not_found');
  const names: Record<string, string> = {};
  const fieldErrors: Record<string, string> = {};
  for (const tag of localeTags) {
    const value = raw[`name_${tag}`];
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
    if (text.length > commitmentLimits.title) fieldErrors[`name_${tag}`] = 'validation.tooLong';
    else if (tag === round.titleLanguage && text === '') fieldErrors[`name_${tag}`] = 'validation.required';
    names[tag] = text;
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError('validation_failed', { fieldErrors });
  const userId = actor.userId;
  const at = deps.clock.now().toISOString();
  const before = await readSiteTextLanguages(deps.db, roundNameKey(round.id));
  const changed = localeTags.filter((tag) =>
    tag === round.titleLanguage ? names[tag] !== round.title : (names[tag] ?? '') !== (before[tag] ?? ''),
  );
  if (changed.length === 0) return;
  await deps.db.transaction().execute(async (trx) => {
    for (const tag of changed) {
      const text = names[tag] ?? '';
      if (tag === round.titleLanguage) await updateRoundTitle(trx, round.id, text);
      else if (text === '') await deleteSiteText(trx, roundNameKey(round.id), tag);
      else await writeSiteText(trx, { key: roundNameKey(round.id), locale: tag, body: text, by: userId, at });
    }
    await audit(
      trx,
      { actorId: userId, requestId: o.requestId, at },
      'commitments.round_names_edited',
      { type: 'reporting_round', id: round.id },
      { languages: changed },
    );
  });
}
