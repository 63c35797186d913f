import type { TExecutor } from '../../core/records.ts';
import type { TPostFile } from './communities.record.ts';

/** Files attached to community posts (docs/adr/0059): rows of `community_post_files` with their upload. */

export type TStoredPostFile = {
  key: string;
  name: string;
  contentType: string;
  byteSize: number;
  sha256: string;
};

/** In the post's transaction: an upload row and a link for each file, in the order they came. */
export async function insertPostFiles(
  trx: TExecutor,
  input: {
    postId: string;
    files: readonly (TStoredPostFile & { uploadId: string })[];
    at: string;
    by: string | null;
    /** The position of the first file (after the post's other files when an edit adds some). */
    firstPosition?: number;
  },
): Promise<void> {
  for (const [index, file] of input.files.entries()) {
    const position = (input.firstPosition ?? 0) + index;
    await trx
      .insertInto('uploads')
      .values({
        id: file.uploadId,
        storage_key: file.key,
        purpose: 'community_post',
        original_name: file.name,
        content_type: file.contentType,
        byte_size: file.byteSize,
        sha256: file.sha256,
        created_at: input.at,
        created_by: input.by,
      })
      .execute();
    await trx
      .insertInto('community_post_files')
      .values({ upload_id: file.uploadId, post_id: input.postId, position, created_at: input.at })
      .execute();
  }
}

/** The files of these posts, each post's in the order attached. */
export async function listPostFiles(executor: TExecutor, postIds: readonly string[]): Promise<TPostFile[]> {
  if (postIds.length === 0) return [];
  const rows = await executor
    .selectFrom('community_post_files as f')
    .innerJoin('uploads as u', 'u.id', 'f.upload_id')
    .select(['f.upload_id', 'f.post_id', 'u.storage_key', 'u.original_name', 'u.content_type', 'u.byte_size'])
    .where('f.post_id', 'in', [...postIds])
    .orderBy('f.post_id')
    .orderBy('f.position')
    .execute();
  return rows.map((r) => ({
    uploadId: r.upload_id,
    postId: r.post_id,
    storageKey: r.storage_key,
    name: r.original_name,
    contentType: r.content_type,
    byteSize: Number(r.byte_size),
  }));
}

/** In a deletion's transaction: the post's links and upload rows go; returns the stored keys to remove after. */
export async function deletePostFiles(trx: TExecutor, postId: string): Promise<string[]> {
  const files = await listPostFiles(trx, [postId]);
  if (files.length === 0) return [];
  const ids = files.map((f) => f.uploadId);
  await trx.deleteFrom('community_post_files').where('upload_id', 'in', ids).execute();
  await trx.deleteFrom('uploads').where('id', 'in', ids).execute();
  return files.map((f) => f.storageKey);
}

/** In an edit's transaction: these files of the post go (links and upload rows); returns them, to remove after. */
export async function deleteSomePostFiles(
  trx: TExecutor,
  postId: string,
  uploadIds: readonly string[],
): Promise<TPostFile[]> {
  if (uploadIds.length === 0) return [];
  const files = (await listPostFiles(trx, [postId])).filter((f) => uploadIds.includes(f.uploadId));
  if (files.length === 0) return [];
  const ids = files.map((f) => f.uploadId);
  await trx.deleteFrom('community_post_files').where('upload_id', 'in', ids).execute();
  await trx.deleteFrom('uploads').where('id', 'in', ids).execute();
  return files;
}

/** The next free position among a post's files (files added by an edit come after the others). */
export async function nextFilePosition(executor: TExecutor, postId: string): Promise<number> {
  const row = await executor
    .selectFrom('community_post_files')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('post_id', '=', postId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}
