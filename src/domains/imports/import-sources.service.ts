import type { TActor } from '../../core/actor.ts';
import type { TRecordRef } from '../../core/record-sections.ts';
import type { TDeps } from '../../deps.ts';
import { bumpContentVersion } from '../../platform/content-version.ts';
import { AppError } from '../../platform/errors.ts';
import { readEvent } from '../events/index.ts';
import { readArticle } from '../news/index.ts';
import { readPractice } from '../practices/index.ts';
import { authorizeOnSource, canOnSource, type TSourceResource } from './import-sources.policy.ts';
import { can } from './imports.policy.ts';
import type { TImport } from './imports.record.ts';
import { findImport, listImportsOfRecord } from './imports.repository.ts';
import { changeImport, type TMeta } from './imports.service.ts';

/**
 * The document a record was made or updated from stays attached to it (issue 18, docs/adr/0082): the
 * record's page lists it for those who may see it, curators switch it between private and public, and
 * its bytes (or the pasted text) are downloaded through the imports domain once the record's own rules
 * have said the reader may see the record.
 */
export type TRecordSource = { item: TImport; canSetVisibility: boolean };

const recordTypes: readonly string[] = ['practice', 'event', 'news'];

const resourceOf = (item: TImport, recordOrganizationIds: readonly string[]): TSourceResource => ({
  isSourcePublic: item.isSourcePublic,
  organizationId: item.organizationId,
  recordOrganizationIds,
});

/** The sources of a record its page shows this reader (the record page has checked the record itself). */
export async function readRecordSources(
  deps: TDeps,
  actor: TActor,
  record: TRecordRef,
): Promise<TRecordSource[]> {
  const items = await listImportsOfRecord(deps.db, record.type, record.slug);
  return items
    .filter((item) => canOnSource(actor, 'seeSource', resourceOf(item, record.organizationIds)))
    .map((item) => ({
      item,
      canSetVisibility: canOnSource(actor, 'setSourceVisibility', resourceOf(item, record.organizationIds)),
    }));
}

/**
 * The record an import became, read through its domain's door as this reader (not_found when the
 * reader may not see it: a draft practice, an event of a private community…).
 */
async function readRecordOf(deps: TDeps, actor: TActor, item: TImport): Promise<TRecordRef> {
  const slug = item.recordSlug;
  if (item.status !== 'drafted' || !slug || !item.recordType || !recordTypes.includes(item.recordType))
    throw new AppError('not_found');
  if (item.recordType === 'practice') {
    const practice = await readPractice(deps, actor, slug);
    return {
      type: 'practice',
      slug,
      organizationIds: practice.organizationId ? [practice.organizationId] : [],
    };
  }
  if (item.recordType === 'event') {
    const event = await readEvent(deps, actor, slug);
    return { type: 'event', slug, organizationIds: event.organizers.map((o) => o.id) };
  }
  const article = await readArticle(deps, actor, slug);
  return { type: 'news', slug, organizationIds: article.organizationId ? [article.organizationId] : [] };
}

export type TSourceDocument = { bytes: Uint8Array<ArrayBuffer>; type: string; name: string };

/**
 * The source of an import: for those who review imports (ADR 0067, 0077), and, once it became a record,
 * for those the source is shown to on that record. A pasted text comes back as a UTF-8 text file.
 */
export async function readSourceDocument(deps: TDeps, actor: TActor, id: string): Promise<TSourceDocument> {
  const item = await findImport(deps.db, id);
  if (!item) throw new AppError('not_found');
  if (!can(actor, 'view', item)) {
    const record = await readRecordOf(deps, actor, item);
    authorizeOnSource(actor, 'seeSource', resourceOf(item, record.organizationIds));
  }
  if (item.fileKey) {
    const bytes = await deps.files.read(item.fileKey);
    if (!bytes) throw new AppError('not_found');
    return {
      bytes: new Uint8Array(bytes),
      type: item.fileType ?? 'application/octet-stream',
      name: item.fileName ?? 'document',
    };
  }
  return {
    bytes: new TextEncoder().encode(item.text),
    type: 'text/plain; charset=utf-8',
    name: `${(item.fileName ?? item.title).slice(0, 100) || 'document'}.txt`,
  };
}

/** A curator shows the source to everyone who sees the record, or keeps it to its reviewers (audited). */
export async function setSourceVisibility(
  deps: TDeps,
  actor: TActor,
  id: string,
  isPublic: boolean,
  meta: TMeta = {},
): Promise<TRecordRef> {
  const item = await findImport(deps.db, id);
  if (!item) throw new AppError('not_found');
  const record = await readRecordOf(deps, actor, item);
  authorizeOnSource(actor, 'setSourceVisibility', resourceOf(item, record.organizationIds));
  if (item.isSourcePublic === isPublic) return record;
  await changeImport(deps, actor, meta, {
    id,
    version: item.version,
    changes: { source_public: isPublic ? 1 : 0 },
    action: isPublic ? 'imports.source_made_public' : 'imports.source_made_private',
    details: { record: record.type, slug: record.slug },
  });
  bumpContentVersion();
  return record;
}
