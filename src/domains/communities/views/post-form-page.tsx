import { localeTags } from '../../../i18n/locales.ts';
import { languageName } from '../../../i18n/names.ts';
import { CsrfField, ErrorSummary, formValues, type TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields, type TFieldEntry } from '../../../ui/components/form-fields.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TPost, TPostFile, TRevision, TThread } from '../communities.record.ts';
import { formatWhen, LanguageTag, threadPath } from './community-bits.tsx';
import { fieldWords, postBodyField } from './community-fields.tsx';
import { PostFilesField } from './post-files.tsx';

type TPostFormProps = {
  ctx: TViewContext;
  slug: string;
  thread: TThread;
  post: TPost;
  originalHtml: string;
  mode: 'edit' | 'translate';
  state: TFormState;
  /** The post's files (edit only): each with a box to remove it. */
  files?: TPostFile[];
};

/** Editing one's post, or translating someone's post: the original shown above the form. */
export function PostFormPage(props: TPostFormProps) {
  const { ctx, post, mode } = props;
  const { t, locale } = ctx;
  const title = mode === 'edit' ? t('communities.post.editTitle') : t('communities.post.translateTitle');
  const common = { ctx, form: mode, state: props.state };
  const back = threadPath(props.slug, props.thread.id);
  const removed = formValues(props.state, 'removeFile');
  const language: TFieldEntry = {
    select: 'language',
    label: 'post.translationLanguage',
    options: localeTags
      .filter((tag) => tag !== post.language)
      .map((tag) => ({ value: tag, label: languageName(locale, tag) })),
  };
  const fields = mode === 'translate' ? [language, postBodyField(10)] : [postBodyField(10)];
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <p>
        <a href={ctx.href(`${back}#post-${post.id}`)} lang={props.thread.language} dir="auto">
          {props.thread.title}
        </a>
      </p>
      <h1>{title}</h1>
      {mode === 'translate' ? (
        <section aria-labelledby="original-title">
          <h2 id="original-title">
            {t('communities.post.original')} <LanguageTag ctx={ctx} language={post.language} />
          </h2>
          <div
            class="prose"
            lang={post.language}
            dir="auto"
            dangerouslySetInnerHTML={{ __html: props.originalHtml }}
          />
        </section>
      ) : null}
      <ErrorSummary ctx={ctx} form={mode} state={props.state} />
      <form
        novalidate
        method="post"
        enctype={mode === 'edit' ? 'multipart/form-data' : undefined}
        action={ctx.href(`${back}/posts/${encodeURIComponent(post.id)}/${mode}`)}
      >
        <CsrfField ctx={ctx} />
        {mode === 'edit' ? <input type="hidden" name="version" value={String(post.version)} /> : null}
        <FormFields {...common} labels={fieldWords(t)} fields={fields} />
        {mode === 'edit' && (props.files ?? []).length > 0 ? (
          <fieldset class="field">
            <legend>{t('communities.files.attached')}</legend>
            {(props.files ?? []).map((file) => (
              <p class="checkbox">
                <input
                  type="checkbox"
                  name="removeFile"
                  value={file.uploadId}
                  id={`remove-file-${file.uploadId}`}
                  checked={removed.includes(file.uploadId)}
                />{' '}
                <label for={`remove-file-${file.uploadId}`}>
                  {t('communities.files.remove')} <bdi>{file.name}</bdi>
                </label>
              </p>
            ))}
          </fieldset>
        ) : null}
        {mode === 'edit' ? <PostFilesField ctx={ctx} form="edit" state={props.state} /> : null}
        <p>
          <button type="submit">
            {mode === 'edit' ? t('communities.post.save') : t('communities.post.saveTranslation')}
          </button>
        </p>
      </form>
    </Layout>
  );
}

/** A post's earlier versions, newest first, as sanitised HTML. */
export function PostHistoryPage(props: {
  ctx: TViewContext;
  slug: string;
  thread: TThread;
  post: TPost;
  currentHtml: string;
  revisions: (TRevision & { html: string })[];
  /** Hidden by the moderators, and the reader is neither its author nor one of them: no text at all. */
  isConcealed?: boolean;
}) {
  const { ctx, post } = props;
  const { t, locale } = ctx;
  const backLink = (
    <p>
      <a
        href={ctx.href(`${threadPath(props.slug, props.thread.id)}#post-${post.id}`)}
        lang={props.thread.language}
        dir="auto"
      >
        {props.thread.title}
      </a>
    </p>
  );
  if (props.isConcealed)
    return (
      <Layout ctx={ctx} title={t('communities.history.title')} isPrivate>
        {backLink}
        <h1>{t('communities.history.title')}</h1>
        <p class="notice">{t('communities.moderation.hidden')}</p>
        <p>{t('communities.history.hiddenNotice')}</p>
      </Layout>
    );
  return (
    <Layout ctx={ctx} title={t('communities.history.title')} isPrivate>
      {backLink}
      <h1>{t('communities.history.title')}</h1>
      <section aria-labelledby="current-title">
        <h2 id="current-title">
          {t('communities.history.current', { when: formatWhen(locale, post.editedAt ?? post.createdAt) })}
        </h2>
        <div
          class="prose"
          lang={post.language}
          dir="auto"
          dangerouslySetInnerHTML={{ __html: props.currentHtml }}
        />
      </section>
      {props.revisions.map((r) => (
        <section aria-labelledby={`rev-${r.id}`}>
          <h2 id={`rev-${r.id}`}>
            {t('communities.history.version', { when: formatWhen(locale, r.writtenAt) })}
          </h2>
          <div class="prose" lang={r.language} dir="auto" dangerouslySetInnerHTML={{ __html: r.html }} />
          {r.filesChanged && r.filesChanged.added.length > 0 ? (
            <>
              <p>{t('communities.history.filesAdded', { when: formatWhen(locale, r.replacedAt) })}</p>
              <ul class="inline-list">
                {r.filesChanged.added.map((name) => (
                  <li>
                    <bdi>{name}</bdi>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {r.filesChanged && r.filesChanged.removed.length > 0 ? (
            <>
              <p>{t('communities.history.filesRemoved', { when: formatWhen(locale, r.replacedAt) })}</p>
              <ul class="inline-list">
                {r.filesChanged.removed.map((name) => (
                  <li>
                    <bdi>{name}</bdi>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ))}
    </Layout>
  );
}
