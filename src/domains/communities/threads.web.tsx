import { type Context, Hono } from 'hono';
import { changeOrRedraw } from '../../core/refused-input.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { markdownToText } from '../../platform/markdown.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import {
  moderateThread,
  moveThread,
  reportPost,
  setPostHiddenBy,
  type TThreadModeration,
  threadModerations,
} from './moderation.service.ts';
import { incomingFiles } from './post-files.ts';
import { renderPostHtml } from './post-rendering.ts';
import {
  acceptAnswer,
  deletePost,
  editPost,
  markHelpful,
  readPostFile,
  readPostFor,
  readPostHistory,
  readThreadPage,
  replyToThread,
  startThread,
  translatePost,
} from './threads.service.ts';
import { threadPath } from './views/community-bits.tsx';
import { PostFormPage, PostHistoryPage } from './views/post-form-page.tsx';
import { ThreadPage } from './views/thread-page.tsx';
import { WatchControl } from './views/watch-bits.tsx';
import { readThreadWatch } from './watching.service.ts';

/** Threads and posts: reading a thread, starting one, replying, editing, translating, accepting, "helpful". */
export function threadsWeb(
  deps: TDeps,
  renderCommunityForm: (c: Context<TAppEnv>, state: TFormState) => Promise<Response>,
) {
  const web = new Hono<TAppEnv>({ strict: false });
  const ids = (c: Context<TAppEnv>) => ({
    slug: c.req.param('slug') ?? '',
    threadId: c.req.param('threadId') ?? '',
    postId: c.req.param('postId') ?? '',
  });
  const toThread = (c: Context<TAppEnv>, key: string, hash = '') => {
    const { slug, threadId } = ids(c);
    return redirectWithFlash(c, `${viewContext(c).href(threadPath(slug, threadId))}${hash}`, key);
  };

  async function renderThread(c: Context<TAppEnv>, replyForm?: TFormState, status: 200 | 409 | 422 = 200) {
    const ctx = viewContext(c);
    const { slug, threadId } = ids(c);
    const page = await readThreadPage(deps, c.var.actor, slug, threadId, ctx.locale);
    const watch = await readThreadWatch(deps, c.var.actor, page.view, page.thread.id);
    let form = replyForm;
    if (!form) {
      const quoteId = c.req.query('quote');
      const quoted = quoteId ? page.posts.find((p) => p.post.id === quoteId && !p.post.isDeleted) : undefined;
      const quoteText = quoted ? markdownToText(quoted.post.body).slice(0, 600) : '';
      form = {
        values: quoted ? { body: `> ${quoteText}\n\n`, quoteOf: quoted.post.id } : {},
        errors: {},
      };
    }
    const url = `${deps.config.publicUrl}${ctx.href(threadPath(slug, threadId))}`;
    const isPublic = page.view.community.visibility === 'public';
    const visible = page.posts.filter((p) => !p.post.isDeleted && p.hidden === null);
    const [opening, ...replies] = visible;
    const structuredData =
      isPublic && opening
        ? [
            {
              '@context': 'https://schema.org',
              '@type': 'DiscussionForumPosting',
              headline: page.thread.title,
              url,
              inLanguage: page.thread.language,
              datePublished: page.thread.createdAt,
              author: { '@type': 'Person', name: opening.post.authorName ?? '' },
              text: markdownToText(opening.post.body).slice(0, 1000),
              interactionStatistic: {
                '@type': 'InteractionCounter',
                interactionType: 'https://schema.org/CommentAction',
                userInteractionCount: replies.length,
              },
              comment: replies.slice(0, 20).map((r) => ({
                '@type': 'Comment',
                url: `${url}#post-${r.post.id}`,
                author: { '@type': 'Person', name: r.post.authorName ?? '' },
                datePublished: r.post.createdAt,
                inLanguage: r.post.language,
                text: markdownToText(r.post.body).slice(0, 500),
              })),
            },
          ]
        : [];
    return renderPage(
      c,
      <ThreadPage
        ctx={ctx}
        community={page.view.community}
        thread={page.thread}
        posts={page.posts}
        canReply={page.canReply}
        canModerate={page.canModerate}
        moveTargets={page.moveTargets}
        replyForm={form}
        structuredData={structuredData}
        watch={
          <WatchControl
            ctx={ctx}
            action={ctx.href(`${threadPath(slug, threadId)}/watch`)}
            watch={watch}
            target="thread"
          />
        }
      />,
      status,
    );
  }

  web.get('/communities/:slug/threads/:threadId', (c) => renderThread(c));

  web.post('/communities/:slug/threads', async (c) => {
    const { values, files } = await readForm(c);
    const slug = c.req.param('slug') ?? '';
    const start = async () => {
      const attached = await incomingFiles(files.files);
      const thread = await startThread(
        deps,
        c.var.actor,
        slug,
        {
          title: firstValue(values, 'title'),
          kind: firstValue(values, 'kind'),
          body: firstValue(values, 'body'),
        },
        { requestId: c.get('requestId'), hint: viewContext(c).locale, files: attached },
      );
      const path = viewContext(c).href(threadPath(slug, thread.id));
      return redirectWithFlash(c, path, 'communities.flash.threadStarted');
    };
    return changeOrRedraw(values, start, (form) => renderCommunityForm(c, form));
  });

  web.post('/communities/:slug/threads/:threadId/replies', async (c) => {
    const { values, files } = await readForm(c);
    const { slug, threadId } = ids(c);
    const reply = async () => {
      const attached = await incomingFiles(files.files);
      const post = await replyToThread(
        deps,
        c.var.actor,
        slug,
        threadId,
        { body: firstValue(values, 'body'), quoteOf: firstValue(values, 'quoteOf') || undefined },
        { requestId: c.get('requestId'), hint: viewContext(c).locale, files: attached },
      );
      return toThread(c, 'communities.flash.replied', `#post-${post.id}`);
    };
    return changeOrRedraw(values, reply, (form) => renderThread(c, form, 422));
  });

  const postBase = '/communities/:slug/threads/:threadId/posts/:postId';

  web.get(`${postBase}/files/:uploadId`, async (c) => {
    const { file, bytes, isPublic } = await readPostFile(deps, c.var.actor, {
      ...ids(c),
      uploadId: c.req.param('uploadId') ?? '',
    });
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': attachmentHeader(file.name),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': isPublic ? 'private, max-age=0, must-revalidate' : 'private, no-store',
    });
  });

  async function renderPostForm(
    c: Context<TAppEnv>,
    mode: 'edit' | 'translate',
    values?: TFormValues,
    errors: Record<string, string> = {},
    status: 200 | 409 | 422 = 200,
  ) {
    const ctx = viewContext(c);
    const { post, thread, view, files } = await readPostFor(deps, c.var.actor, ids(c), mode);
    return renderPage(
      c,
      <PostFormPage
        ctx={ctx}
        slug={view.community.slug}
        thread={thread}
        post={post}
        mode={mode}
        files={files}
        originalHtml={renderPostHtml(post.body, [])}
        state={{
          values:
            values ??
            (mode === 'edit'
              ? { body: post.body }
              : { language: ctx.locale === post.language ? '' : ctx.locale }),
          errors,
        }}
      />,
      status,
    );
  }

  web.get(`${postBase}/edit`, (c) => renderPostForm(c, 'edit'));
  web.get(`${postBase}/translate`, (c) => renderPostForm(c, 'translate'));

  web.post(`${postBase}/edit`, async (c) => {
    const { values, files } = await readForm(c);
    try {
      const removing = values.removeFile;
      await editPost(
        deps,
        c.var.actor,
        ids(c),
        { body: firstValue(values, 'body') },
        {
          requestId: c.get('requestId'),
          hint: viewContext(c).locale,
          expectedVersion: Number(firstValue(values, 'version')) || undefined,
          files: await incomingFiles(files.files),
          removeFiles: Array.isArray(removing) ? removing : removing ? [removing] : [],
        },
      );
      return toThread(c, 'communities.flash.edited', `#post-${ids(c).postId}`);
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderPostForm(c, 'edit', values, error.fieldErrors, 422);
      if (isAppError(error) && error.code === 'conflict')
        return renderPostForm(c, 'edit', values, { _form: 'communities.errors.conflict' }, 409);
      throw error;
    }
  });

  web.post(`${postBase}/translate`, async (c) => {
    const { values } = await readForm(c);
    const translate = async () => {
      const translation = { language: firstValue(values, 'language'), body: firstValue(values, 'body') };
      await translatePost(deps, c.var.actor, ids(c), translation, { requestId: c.get('requestId') });
      return toThread(c, 'communities.flash.translated', `#post-${ids(c).postId}`);
    };
    return changeOrRedraw(values, translate, (form) =>
      renderPostForm(c, 'translate', form.values, form.errors, 422),
    );
  });

  web.post(`${postBase}/delete`, async (c) => {
    await deletePost(deps, c.var.actor, ids(c), { requestId: c.get('requestId') });
    return toThread(c, 'communities.flash.deleted', `#post-${ids(c).postId}`);
  });

  web.post(`${postBase}/accept`, async (c) => {
    const isAccepted = await acceptAnswer(deps, c.var.actor, ids(c), { requestId: c.get('requestId') });
    return toThread(
      c,
      isAccepted ? 'communities.flash.accepted' : 'communities.flash.unaccepted',
      `#post-${ids(c).postId}`,
    );
  });

  web.post(`${postBase}/helpful`, async (c) => {
    const { values } = await readForm(c);
    await markHelpful(deps, c.var.actor, ids(c), firstValue(values, 'helpful') !== '0');
    return toThread(c, 'communities.flash.helpful', `#post-${ids(c).postId}`);
  });

  web.get(`${postBase}/history`, async (c) => {
    const { post, thread, view, revisions, isConcealed } = await readPostHistory(deps, c.var.actor, ids(c));
    return renderPage(
      c,
      <PostHistoryPage
        ctx={viewContext(c)}
        slug={view.community.slug}
        thread={thread}
        post={post}
        isConcealed={isConcealed}
        currentHtml={post.isDeleted || isConcealed ? '' : renderPostHtml(post.body, [])}
        revisions={revisions.map((r) => ({ ...r, html: renderPostHtml(r.body, []) }))}
      />,
    );
  });

  web.post(`${postBase}/report`, async (c) => {
    const { values } = await readForm(c);
    await reportPost(
      deps,
      c.var.actor,
      ids(c),
      { reason: firstValue(values, 'reason'), details: firstValue(values, 'details') },
      { requestId: c.get('requestId') },
    );
    return toThread(c, 'communities.flash.reported', `#post-${ids(c).postId}`);
  });

  for (const [verb, isHidden] of [
    ['hide', true],
    ['show', false],
  ] as const) {
    web.post(`${postBase}/${verb}`, async (c) => {
      const { values } = await readForm(c);
      await setPostHiddenBy(deps, c.var.actor, ids(c), firstValue(values, 'reason'), isHidden, {
        requestId: c.get('requestId'),
      });
      return toThread(
        c,
        isHidden ? 'communities.flash.postHidden' : 'communities.flash.postShown',
        `#post-${ids(c).postId}`,
      );
    });
  }

  web.post('/communities/:slug/threads/:threadId/moderate', async (c) => {
    const { values } = await readForm(c);
    const what = firstValue(values, 'what');
    if (!(threadModerations as readonly string[]).includes(what)) throw new AppError('bad_request');
    const { slug, threadId } = ids(c);
    await moderateThread(
      deps,
      c.var.actor,
      slug,
      threadId,
      what as TThreadModeration,
      firstValue(values, 'reason'),
      {
        requestId: c.get('requestId'),
      },
    );
    return toThread(c, 'communities.flash.moderated');
  });

  web.post('/communities/:slug/threads/:threadId/move', async (c) => {
    const { values } = await readForm(c);
    const { slug, threadId } = ids(c);
    const target = await moveThread(
      deps,
      c.var.actor,
      slug,
      threadId,
      firstValue(values, 'target'),
      firstValue(values, 'reason'),
      {
        requestId: c.get('requestId'),
      },
    );
    return redirectWithFlash(c, viewContext(c).href(threadPath(target, threadId)), 'communities.flash.moved');
  });

  return web;
}
