import type { TActor } from '../../core/actor.ts';
import { auditedWrite } from '../../core/audited-write.ts';
import { changeRecord } from '../../core/record-changes.ts';
import { uniqueSlug } from '../../core/records.ts';
import { fieldErrorsOf } from '../../core/validation.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import type { TDb } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { organizationToWriteFor } from '../organizations/index.ts';
import { authorize } from './news.policy.ts';
import type { TNewsArticle } from './news.record.ts';
import {
  countRead,
  findArticleByImageId,
  findArticleBySlug,
  insertArticle,
  isArticleSlugTaken,
  listMostRead,
  type TArticleFilter,
  updateArticleRow,
} from './news.repository.ts';
import { type TNewsInput, type TNewsInputRaw, ZNewsInput } from './news.schemas.ts';
import { prepareNewsImage, type TNewsImage } from './news-image.ts';
import { syncNewsIndex } from './news-indexing.ts';
import { readPublishedArticlePage } from './news-read.service.ts';

/**
 * News: writing (authorise → validate → transaction → audit), publishing, reading with an anonymous
 * read count, the most read of the last 30 days and the listings feeds are made from.
 */
export type TWriteOptions = { requestId?: string | null; expectedVersion?: number };

/**
 * Validates an article as written. `hasImage` says a picture comes with it (uploaded now or kept), so
 * its description is required; `imageRefusal` is why an uploaded picture was refused, reported with
 * the other fields' problems so the writer sees them all at once.
 */
export function parseNewsInput(raw: unknown, hasImage = false, imageRefusal?: string): TNewsInput {
  const parsed = ZNewsInput.safeParse({ ...(raw && typeof raw === 'object' ? raw : {}), hasImage });
  const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error.issues);
  if (imageRefusal) fieldErrors.image = imageRefusal;
  if (parsed.success && Object.keys(fieldErrors).length === 0) return parsed.data;
  throw new AppError('validation_failed', { fieldErrors });
}

/** A picture that came with the form: re-encoded, or the reason it was refused. */
async function receiveImage(file: File | undefined): Promise<{ prepared?: TNewsImage; refusal?: string }> {
  if (!file) return {};
  const prepared = await prepareNewsImage(file);
  return 'refusal' in prepared ? { refusal: prepared.refusal } : { prepared };
}

/** Stores a re-encoded picture; the columns that point the article at it. */
async function saveImage(deps: TDeps, prepared: TNewsImage | undefined, at: string) {
  if (!prepared) return null;
  const file = await deps.files.save(prepared.data);
  return {
    image_id: newId(Date.parse(at)),
    image_key: file.key,
    image_width: prepared.width,
    image_height: prepared.height,
    image_url: null,
  };
}

async function forgetImage(deps: TDeps, key: string | null | undefined): Promise<void> {
  if (key) await deps.files.remove(key);
}

const noImage = { image_id: null, image_key: null, image_width: null, image_height: null, image_url: null };

const reservedSlugs = new Set(['new', 'category', 'digest', 'mine']);

function chooseSlug(db: TDb, title: string): Promise<string> {
  return uniqueSlug(title, (slug) => isArticleSlugTaken(db, slug), {
    fallback: 'news',
    reserved: reservedSlugs,
  });
}

/** The organisation an article is written for: kept when the form names it again, else one the writer may name. */
function organizationFor(trx: TDb, actor: TActor, named: string | null, current?: TNewsArticle) {
  if (current && named === (current.organization?.slug ?? null))
    return Promise.resolve(current.organizationId);
  return organizationToWriteFor(trx, actor, named, 'news.errors.organization');
}

function columnsOf(input: TNewsInput) {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    language: input.language,
    category: input.category,
    country_code: input.countryCode,
    translations: JSON.stringify(input.translations),
    image_alt: input.hasImage ? input.imageAlt : null,
  };
}

export async function createArticle(
  deps: TDeps,
  actor: TActor,
  raw: unknown,
  options: TWriteOptions & { publish?: boolean; image?: File } = {},
): Promise<TNewsArticle> {
  authorize(actor, 'create');
  const received = await receiveImage(options.image);
  const input = parseNewsInput(raw, options.image !== undefined, received.refusal);
  const at = deps.clock.now().toISOString();
  const id = newId(Date.parse(at));
  const picture = await saveImage(deps, received.prepared, at);
  try {
    const created = await auditedWrite(
      deps,
      actor,
      { requestId: options.requestId, at },
      async ({ trx, audit }) => {
        const organizationId = await organizationFor(trx, actor, input.organization);
        const slug = await chooseSlug(trx, input.title);
        await insertArticle(trx, {
          id,
          slug,
          status: options.publish ? 'published' : 'draft',
          organization_id: organizationId,
          ...columnsOf(input),
          image_url: null,
          ...(picture ?? {}),
          created_by: actor.userId,
          published_at: options.publish ? at : null,
          created_at: at,
          updated_at: at,
        });
        await audit(
          'news.created',
          { type: 'news_article', id },
          {
            slug,
            category: input.category,
            published: options.publish === true,
            ...(picture ? { image: { width: picture.image_width, height: picture.image_height } } : {}),
          },
        );
        const article = await findArticleBySlug(trx, slug);
        if (!article) throw new AppError('internal');
        await syncNewsIndex(deps, article, trx);
        return article;
      },
    );
    if (created.status === 'published') bumpContentVersion();
    return created;
  } catch (error) {
    await forgetImage(deps, picture?.image_key);
    throw error;
  }
}

export async function updateArticle(
  deps: TDeps,
  actor: TActor,
  slug: string,
  raw: unknown,
  options: TWriteOptions & { image?: File; removeImage?: boolean } = {},
): Promise<TNewsArticle> {
  const current = await findArticleBySlug(deps.db, slug);
  if (!current) throw new AppError('not_found');
  authorize(actor, 'edit', current);
  if (options.expectedVersion !== undefined && options.expectedVersion !== current.version)
    throw new AppError('conflict');
  const received = await receiveImage(options.image);
  const isKeepingImage = !options.removeImage && (current.image !== null || current.imageUrl !== null);
  const input = parseNewsInput(raw, options.image !== undefined || isKeepingImage, received.refusal);
  const at = deps.clock.now().toISOString();
  const picture = await saveImage(deps, received.prepared, at);
  const isDroppingOld = picture !== null || options.removeImage === true;
  let saved: TNewsArticle;
  try {
    saved = await auditedWrite(deps, actor, { requestId: options.requestId, at }, async ({ trx, audit }) => {
      const organizationId = await organizationFor(trx, actor, input.organization, current);
      const ok = await updateArticleRow(trx, current.id, current.version, {
        ...columnsOf(input),
        ...(picture ?? (options.removeImage ? noImage : {})),
        organization_id: organizationId,
        updated_at: at,
        version: current.version + 1,
      });
      if (!ok) throw new AppError('conflict');
      await audit(
        'news.updated',
        { type: 'news_article', id: current.id },
        {
          slug,
          version: current.version + 1,
          ...(picture ? { image: 'replaced' } : options.removeImage ? { image: 'removed' } : {}),
        },
      );
      const after = await findArticleBySlug(trx, slug);
      if (!after) throw new AppError('internal');
      await syncNewsIndex(deps, after, trx);
      return after;
    });
  } catch (error) {
    await forgetImage(deps, picture?.image_key);
    throw error;
  }
  if (isDroppingOld) await forgetImage(deps, current.image?.key);
  // The home page lists the latest published news: its cached copies go, on every node.
  if (saved.status === 'published') bumpContentVersion();
  return saved;
}

export async function setArticlePublished(
  deps: TDeps,
  actor: TActor,
  slug: string,
  isPublished: boolean,
  options: TWriteOptions = {},
): Promise<TNewsArticle> {
  const { saved } = await changeRecord(deps, actor, {
    slug,
    requestId: options.requestId,
    find: findArticleBySlug,
    check: (article) => authorize(actor, isPublished ? 'publish' : 'unpublish', article),
    save: (trx, article, at) =>
      updateArticleRow(trx, article.id, article.version, {
        status: isPublished ? 'published' : 'unpublished',
        ...(isPublished && !article.publishedAt ? { published_at: at } : {}),
        updated_at: at,
        version: article.version + 1,
      }),
    alongside: (trx, _before, article) => syncNewsIndex(deps, article, trx),
    audit: {
      action: isPublished ? 'news.published' : 'news.unpublished',
      subjectType: 'news_article',
      details: () => ({ slug }),
    },
  });
  bumpContentVersion();
  return saved;
}

/** An article's own raw input, as its edit form would send it unchanged (for updates made elsewhere). */
export function articleInputOf(a: TNewsArticle): TNewsInputRaw {
  return {
    title: a.title,
    summary: a.summary,
    body: a.body,
    language: a.language,
    category: a.category as TNewsInputRaw['category'],
    organization: a.organization?.slug ?? null,
    countryCode: a.countryCode ?? null,
    ...(a.imageAlt ? { imageAlt: a.imageAlt } : {}),
    translations: a.translations,
  };
}

export async function readArticle(deps: TDeps, actor: TActor, slug: string): Promise<TNewsArticle> {
  const article = await findArticleBySlug(deps.db, slug);
  if (!article) throw new AppError('not_found');
  authorize(actor, 'view', article);
  return article;
}

/**
 * Counts one read of a published article for today. Nothing about the reader is kept — no cookie, no
 * address, no identifier — so "most read" cannot tell people apart, by design.
 */
export async function recordRead(deps: TDeps, article: TNewsArticle): Promise<void> {
  if (article.status !== 'published') return;
  await countRead(deps.db, article.id, deps.clock.now().toISOString().slice(0, 10));
}

/** The most read published articles of the last 30 days. */
export function readMostRead(deps: TDeps, limit = 5) {
  const since = new Date(deps.clock.now().getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
  return listMostRead(deps.db, since, limit);
}

export const newsPageSize = 12;

export function readNewsList(deps: TDeps, filter: TArticleFilter, page: number) {
  return readPublishedArticlePage(deps, filter, newsPageSize, (page - 1) * newsPageSize);
}

/**
 * An article's picture for a reader: anyone may have the picture of a published article (and keep it:
 * a new picture gets a new address); a draft's picture only its writers, never from a shared cache.
 */
export async function readNewsImage(
  deps: TDeps,
  actor: TActor,
  imageId: string,
): Promise<{ bytes: Buffer; isPublic: boolean }> {
  const article = await findArticleByImageId(deps.db, imageId);
  if (!article?.image) throw new AppError('not_found');
  authorize(actor, 'view', article);
  const bytes = await deps.files.read(article.image.key);
  if (!bytes) throw new AppError('not_found');
  return { bytes, isPublic: article.status === 'published' };
}
