import type { TActor } from '../../core/actor.ts';
import { audit } from '../../core/audit.ts';
import {
  editableTextLimits,
  findEditableText,
  listEditableTexts,
  readAllEditableTextRows,
  readEditableTextRows,
  writeEditableTextAtVersion,
} from '../../core/editable-texts.ts';
import type { TDeps } from '../../deps.ts';
import { isLocale } from '../../i18n/locales.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import { AppError } from '../../platform/errors.ts';
import { siteTextsPolicy } from './site-texts.policy.ts';

/**
 * The hub's page texts and category names, worded by the secretariat per language (issue 16, item 4;
 * docs/adr/0099). Reviewers and admins (the secretariat) read and edit them; each save names the version
 * it was made from, is audited, and drops every node's cached pages and wordings.
 */
export function canEditSiteTexts(actor: TActor): boolean {
  return siteTextsPolicy.can(actor, 'siteTexts.edit');
}

function authorize(actor: TActor): void {
  siteTextsPolicy.authorize(actor, 'siteTexts.edit');
}

export async function readSiteTextsPage(deps: TDeps, actor: TActor) {
  authorize(actor);
  return { texts: listEditableTexts(), wordings: await readAllEditableTextRows(deps.db) };
}

export async function readSiteTextForEditing(deps: TDeps, actor: TActor, key: string, locale: string) {
  authorize(actor);
  const text = findEditableText(key);
  if (!text || !isLocale(locale)) throw new AppError('not_found');
  const rows = await readEditableTextRows(deps.db, key);
  return { text, locale, own: rows.get(locale) ?? null, rows };
}

/** The message key of what is wrong with a wording, or null. */
export function siteTextProblem(kind: 'page' | 'category', body: string): string | null {
  if (/<\/?[a-z!][^>]*>/i.test(body)) return 'admin.texts.errors.html';
  if (/[\u202a-\u202e\u2066-\u2069]/.test(body)) return 'admin.texts.errors.direction';
  if (body.length > editableTextLimits[kind]) return 'admin.texts.errors.tooLong';
  if (kind === 'category' && /[\r\n]/.test(body)) return 'admin.texts.errors.oneLine';
  return null;
}

export async function saveSiteText(
  deps: TDeps,
  input: {
    actor: TActor;
    key: string;
    locale: string;
    body: string;
    version: number;
    requestId: string | null;
  },
): Promise<void> {
  const { actor } = input;
  const { text } = await readSiteTextForEditing(deps, actor, input.key, input.locale);
  const body = input.body.replace(/\r\n/g, '\n').trim();
  const problem = siteTextProblem(text.kind, body);
  if (problem) throw new AppError('validation_failed', { fieldErrors: { body: problem } });
  const at = deps.clock.now().toISOString();
  const by = actor.userId ?? '';
  await deps.db.transaction().execute(async (trx) => {
    const isSaved = await writeEditableTextAtVersion(trx, {
      key: input.key,
      locale: input.locale,
      body,
      version: input.version,
      by,
      at,
    });
    if (!isSaved) throw new AppError('conflict');
    await audit(
      trx,
      { actorId: actor.userId, requestId: input.requestId, at },
      'admin.site_text_edited',
      { type: 'site_text', id: `${input.key}:${input.locale}` },
      {
        key: input.key,
        locale: input.locale,
        change: body === '' ? 'removed' : 'worded',
        length: body.length,
      },
    );
  });
  bumpContentVersion();
}
