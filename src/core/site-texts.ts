import type { TDb } from '../platform/db/database.ts';

/**
 * Texts the secretariat writes per language (`site_texts`: key × locale), shared by every domain that
 * lets people translate a piece of the site: the Care Champion criteria, reporting round names
 * (docs/adr/0063). A reader gets their language's text, or a fallback that says which language it is.
 */

export async function readSiteText(db: TDb, key: string, locale: string) {
  return db
    .selectFrom('site_texts')
    .select(['body', 'updated_at as updatedAt'])
    .where('key', '=', key)
    .where('locale', '=', locale)
    .executeTakeFirst();
}

/** Every language's text of one key: locale → text. */
export async function readSiteTextLanguages(db: TDb, key: string): Promise<Record<string, string>> {
  const rows = await db.selectFrom('site_texts').select(['locale', 'body']).where('key', '=', key).execute();
  return Object.fromEntries(rows.map((r) => [r.locale, r.body]));
}

/** The texts of these keys in one language: key → text (keys without one are absent). */
export async function readSiteTextsIn(
  db: TDb,
  keys: readonly string[],
  locale: string,
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .selectFrom('site_texts')
    .select(['key', 'body'])
    .where('key', 'in', [...new Set(keys)])
    .where('locale', '=', locale)
    .execute();
  return new Map(rows.map((r) => [r.key, r.body]));
}

export async function writeSiteText(
  db: TDb,
  text: { key: string; locale: string; body: string; by: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('site_texts')
    .values({ key: text.key, locale: text.locale, body: text.body, updated_at: text.at, updated_by: text.by })
    .onConflict((oc) =>
      oc
        .columns(['key', 'locale'])
        .doUpdateSet({ body: text.body, updated_at: text.at, updated_by: text.by }),
    )
    .execute();
}

export async function deleteSiteText(db: TDb, key: string, locale: string): Promise<void> {
  await db.deleteFrom('site_texts').where('key', '=', key).where('locale', '=', locale).execute();
}
