import { defaultLocale, localeTags } from '../i18n/locales.ts';
import type { TSiteTextWordings } from '../i18n/site-text-overlay.ts';
import { siteTextWordingsOf } from '../i18n/site-text-overlay.ts';
import { onChange } from '../platform/change-feed.ts';
import type { TDb } from '../platform/db/database.ts';
import { conceptsOf, conceptTextKey, type TConceptScheme } from '../taxonomy/taxonomy.ts';

/**
 * The hub's own texts the secretariat may word itself, per language (issue 16, item 4; docs/adr/0099):
 * page texts (the home page's heading, lead and offers, the join page's lead…), whose built-in wording is
 * an interface message, and the names of categories (themes, populations, practice kinds, organisation
 * types, scopes, the 5R), whose built-in wording is the taxonomy's label. Wordings are site texts
 * (`site_texts`, key × locale): `page:{message key}` and `concept:{concept id}`.
 */
export const editablePageTextKeys = [
  'home.heading',
  'home.lead',
  'home.why.title',
  'home.why.body',
  'home.offers.title',
  'home.offers.share.title',
  'home.offers.learn.title',
  'home.offers.champion.title',
  'home.offers.campaign.title',
  'home.offers.connect.title',
  'home.offers.repository.title',
  'home.offers.sdg.title',
  'home.offers.dialogue.title',
  'home.offers.share.body',
  'home.offers.learn.body',
  'home.offers.champion.body',
  'home.offers.campaign.body',
  'home.offers.connect.body',
  'home.offers.repository.body',
  'home.offers.sdg.body',
  'home.offers.dialogue.body',
  'home.join.title',
  'home.join.body',
  'membership.join.lead',
  'membership.join.whoBody',
] as const;

export const editableCategorySchemes = [
  'theme',
  'population',
  'practice_kind',
  'stakeholder_type',
  'scope',
  'five_r',
] as const satisfies readonly TConceptScheme[];

/** The longest wording accepted: a page text is a paragraph, a category a name. */
export const editableTextLimits = { page: 2000, category: 120 } as const;

export type TEditableText =
  | { key: string; kind: 'page'; messageKey: string }
  | { key: string; kind: 'category'; scheme: TConceptScheme; conceptId: string };

export function pageTextKey(messageKey: string): string {
  return `page:${messageKey}`;
}

/** Every editable text, page texts first, then each scheme's categories in the taxonomy's order. */
export function listEditableTexts(): TEditableText[] {
  return [
    ...editablePageTextKeys.map((messageKey) => ({
      key: pageTextKey(messageKey),
      kind: 'page' as const,
      messageKey,
    })),
    ...editableCategorySchemes.flatMap((scheme) =>
      conceptsOf(scheme).map((c) => ({
        key: conceptTextKey(c.id),
        kind: 'category' as const,
        scheme,
        conceptId: c.id,
      })),
    ),
  ];
}

export function findEditableText(key: string): TEditableText | undefined {
  return listEditableTexts().find((text) => text.key === key);
}

/**
 * A page text as a reader of `locale` gets it: the secretariat's wording in that language; else, when the
 * secretariat has reworded the text in other languages (the built-in translation no longer says what the
 * hub says), its wording in English or the first language it has, marked as a fallback; else the built-in
 * message in the reader's language.
 */
export function resolvePageText(
  messageKey: string,
  locale: string,
  builtIn: () => string,
): { text: string; language: string; isFallback: boolean } {
  const wordings = siteTextWordingsOf(pageTextKey(messageKey));
  const own = wordings.get(locale);
  if (own) return { text: own, language: locale, isFallback: false };
  const fallbackLanguage = wordings.has(defaultLocale)
    ? defaultLocale
    : localeTags.find((tag) => wordings.has(tag));
  const fallback = fallbackLanguage ? wordings.get(fallbackLanguage) : undefined;
  if (fallbackLanguage && fallback) return { text: fallback, language: fallbackLanguage, isFallback: true };
  return { text: builtIn(), language: locale, isFallback: false };
}

/* The wordings each database holds, read once and kept until content changes (any node, change feed). */

const loaded = new WeakMap<TDb, { generation: number; wordings: TSiteTextWordings }>();
let generation = 0;
onChange((change) => {
  if (change.topic === 'content') generation += 1;
});

/** The secretariat's wordings of the editable texts in this database (one query after each change). */
export async function readEditableWordings(db: TDb): Promise<TSiteTextWordings> {
  const kept = loaded.get(db);
  if (kept && kept.generation === generation) return kept.wordings;
  const at = generation;
  const rows = await db
    .selectFrom('site_texts')
    .select(['key', 'locale', 'body'])
    .where((eb) => eb.or([eb('key', 'like', 'page:%'), eb('key', 'like', 'concept:%')]))
    .execute();
  const wordings = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const languages = wordings.get(row.key) ?? new Map<string, string>();
    languages.set(row.locale, row.body);
    wordings.set(row.key, languages);
  }
  loaded.set(db, { generation: at, wordings });
  return wordings;
}

/** Every wording of one text with its version: locale → { body, version, updatedAt }. */
export async function readEditableTextRows(db: TDb, key: string) {
  const rows = await db
    .selectFrom('site_texts')
    .select(['locale', 'body', 'version', 'updated_at as updatedAt'])
    .where('key', '=', key)
    .execute();
  return new Map(
    rows.map((r) => [r.locale, { body: r.body, version: Number(r.version), updatedAt: r.updatedAt }]),
  );
}

/** The wordings of many texts: key → locale → body (for the list page). */
export async function readAllEditableTextRows(db: TDb) {
  const rows = await db
    .selectFrom('site_texts')
    .select(['key', 'locale', 'body'])
    .where((eb) => eb.or([eb('key', 'like', 'page:%'), eb('key', 'like', 'concept:%')]))
    .execute();
  const byKey = new Map<string, Map<string, string>>();
  for (const row of rows) {
    const languages = byKey.get(row.key) ?? new Map<string, string>();
    languages.set(row.locale, row.body);
    byKey.set(row.key, languages);
  }
  return byKey;
}

/**
 * Writes (or, with an empty body, removes) a wording only if it is still at `version` (0: there was none).
 * False when someone changed it meanwhile.
 */
export async function writeEditableTextAtVersion(
  db: TDb,
  text: { key: string; locale: string; body: string; version: number; by: string; at: string },
): Promise<boolean> {
  if (text.body === '') {
    if (text.version === 0) {
      const row = await db
        .selectFrom('site_texts')
        .select('key')
        .where('key', '=', text.key)
        .where('locale', '=', text.locale)
        .executeTakeFirst();
      return row === undefined;
    }
    const removed = await db
      .deleteFrom('site_texts')
      .where('key', '=', text.key)
      .where('locale', '=', text.locale)
      .where('version', '=', text.version)
      .executeTakeFirst();
    return Number(removed.numDeletedRows) === 1;
  }
  if (text.version === 0) {
    const inserted = await db
      .insertInto('site_texts')
      .values({
        key: text.key,
        locale: text.locale,
        body: text.body,
        updated_at: text.at,
        updated_by: text.by,
        version: 1,
      })
      .onConflict((oc) => oc.columns(['key', 'locale']).doNothing())
      .executeTakeFirst();
    return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const updated = await db
    .updateTable('site_texts')
    .set((eb) => ({
      body: text.body,
      updated_at: text.at,
      updated_by: text.by,
      version: eb('version', '+', 1),
    }))
    .where('key', '=', text.key)
    .where('locale', '=', text.locale)
    .where('version', '=', text.version)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) === 1;
}
