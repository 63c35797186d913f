import { Tx } from '../../../ui/components/bidi.tsx';
import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { recordPath } from '../../search/index.ts';
import type { TResourceView } from '../resources.service.ts';
import { communityPath } from './community-bits.tsx';

/** The community's library: hub records with a member's note on why they matter, and the form to add one. */
export function ResourcesSection(props: {
  ctx: TViewContext;
  slug: string;
  resources: TResourceView[];
  canAdd: boolean;
  form: TFormState;
}) {
  const { ctx, slug } = props;
  const { t } = ctx;
  const common = { ctx, form: 'resource', state: props.form };
  if (props.resources.length === 0 && !props.canAdd) return null;
  return (
    <section aria-labelledby="resources-title">
      <h2 id="resources-title">{t('communities.resources.title')}</h2>
      {props.resources.length === 0 ? <p>{t('communities.resources.empty')}</p> : null}
      <ul class="cards record-cards">
        {props.resources.map((r) => (
          <li class="card">
            <span class="tag">{t(`communities.recordType.${r.recordType}`)}</span>
            <h3>
              <a href={ctx.href(recordPath(r.recordType, r.recordSlug))} lang={r.record.language} dir="auto">
                {r.record.title}
              </a>
            </h3>
            <p lang={r.noteLanguage} dir="auto">
              {r.note}
            </p>
            <p class="hint">
              <Tx
                ctx={ctx}
                k="communities.resources.addedBy"
                values={{ name: r.addedByName ?? t('communities.post.formerMember') }}
                isolate={['name']}
              />
            </p>
            {r.canRemove ? (
              <form
                method="post"
                action={ctx.href(`${communityPath(slug)}/resources/${encodeURIComponent(r.id)}/remove`)}
              >
                <CsrfField ctx={ctx} />
                <button type="submit">{t('communities.resources.remove')}</button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {props.canAdd ? (
        <>
          <ErrorSummary ctx={ctx} form="resource" state={props.form} />
          <form method="post" action={ctx.href(`${communityPath(slug)}/resources`)}>
            <CsrfField ctx={ctx} />
            <TextField
              {...common}
              name="link"
              label={t('communities.resources.link')}
              hint={t('communities.resources.linkHint')}
              isRequired
              maxLength={500}
            />
            <TextAreaField
              {...common}
              name="note"
              label={t('communities.resources.note')}
              rows={3}
              isRequired
              maxLength={1000}
            />
            <button type="submit">{t('communities.resources.add')}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}
