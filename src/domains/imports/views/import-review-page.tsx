import { formValue, type TFormState } from '../../../ui/components/form-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TRecordMatch } from '../import-matches.ts';
import type { TImport, TImportSummary } from '../imports.record.ts';
import { fieldNames, importKinds, type TProposedField } from '../imports.schemas.ts';
import { EvidenceQuote } from './evidence-quote.tsx';
import { isCodeField, kindLabel, shownValue } from './import-labels.ts';
import { RecordMatches } from './record-matches.tsx';

/**
 * Reviewing an import field by field: each proposal with the sentence it came from (marked), how
 * sure the hub is, a value the curator may edit and a choice to keep or drop it; then the kind and
 * "create draft". Works without script: one form, two buttons.
 */
const LONG_VALUE = 120;

function FieldRow({
  ctx,
  item,
  field,
  index,
  state,
  isOpen,
}: {
  ctx: TViewContext;
  item: TImport;
  field: TProposedField;
  index: number;
  state: TFormState;
  isOpen: boolean;
}) {
  const { t } = ctx;
  const id = `field-${index}`;
  const value = formValue(state.values, `v${index}`) || field.value;
  const decided = formValue(state.values, `d${index}`);
  const decision =
    decided ||
    (field.decision === 'proposed' ? (field.confidence >= 0.5 ? 'accepted' : 'dropped') : field.decision);
  const percent = Math.round(field.confidence * 100);
  const detailVerb = typeof field.detail?.verb === 'string' ? field.detail.verb : null;
  const detailAxis = typeof field.detail?.axis === 'number' ? field.detail.axis : null;
  return (
    <li class={`import-field decision-${decision}`} id={id}>
      <p class="meta">
        {t('imports.review.confidence', { percent })}
        {detailVerb ? ` · ${t(`events.verb.${detailVerb}`)}` : ''}
        {detailAxis ? ` · ${t('imports.review.axis', { axis: detailAxis })}` : ''}
        {typeof field.detail?.slug === 'string' ? ` · ${t('imports.review.inDirectory')}` : ''}
        {typeof field.detail?.also === 'string'
          ? ` · ${t('imports.review.alsoLanguage', { language: field.detail.also })}`
          : ''}
      </p>
      <EvidenceQuote text={item.text} start={field.start} end={field.end} />
      {isCodeField(field) ? (
        <>
          <p>
            <bdi dir="auto">{shownValue(ctx, field)}</bdi>
          </p>
          <input type="hidden" name={`v${index}`} value={field.value} />
        </>
      ) : (
        <div class="field">
          <label for={`${id}-value`}>{t('imports.review.value')}</label>
          {field.value.length > LONG_VALUE ? (
            <textarea id={`${id}-value`} name={`v${index}`} rows={4} dir="auto" disabled={!isOpen}>
              {value}
            </textarea>
          ) : (
            <input
              id={`${id}-value`}
              name={`v${index}`}
              type="text"
              value={value}
              dir="auto"
              disabled={!isOpen}
            />
          )}
        </div>
      )}
      <div class="field">
        <label for={`${id}-decision`}>{t('imports.review.decision')}</label>
        <select id={`${id}-decision`} name={`d${index}`} disabled={!isOpen}>
          <option value="accepted" selected={decision === 'accepted'}>
            {t('imports.review.accept')}
          </option>
          <option value="dropped" selected={decision === 'dropped'}>
            {t('imports.review.drop')}
          </option>
        </select>
      </div>
    </li>
  );
}

export function ImportReviewPage({
  ctx,
  item,
  similar,
  matches,
  state,
  isOpen,
  recordHref,
}: {
  ctx: TViewContext;
  item: TImport;
  similar: readonly TImportSummary[];
  matches: readonly TRecordMatch[];
  state: TFormState;
  isOpen: boolean;
  recordHref: string | null;
}) {
  const { t } = ctx;
  const title = t('imports.review.title');
  const kind = formValue(state.values, 'kind') || item.kind;
  const errors = Object.entries(state.errors);
  const groups = fieldNames
    .map((name) => ({
      name,
      entries: item.fields.map((field, index) => ({ field, index })).filter((e) => e.field.field === name),
    }))
    .filter((g) => g.entries.length > 0 && g.name !== 'kind');
  return (
    <Layout ctx={ctx} title={title} isPrivate>
      <p>
        <a href={ctx.href('/imports')}>{t('imports.back')}</a>
      </p>
      <h1>
        {title}: <bdi dir="auto">{item.title || item.fileName || t('imports.untitled')}</bdi>
      </h1>
      {ctx.flash ? (
        <p class="notice success" role="status">
          {t(ctx.flash)}
        </p>
      ) : null}
      <p class="meta">
        {t(`imports.status.${item.status}`)} · {t(`imports.source.${item.sourceKind}`)}
        {item.fileKey ? (
          <>
            {' · '}
            <a href={ctx.href(`/imports/${item.id}/source`)}>
              {t('imports.review.sourceFile')} <bdi dir="auto">{item.fileName ?? ''}</bdi>
            </a>
          </>
        ) : null}
      </p>
      {recordHref ? (
        <p class="notice success">
          <a href={recordHref}>{t('imports.review.openDraft')}</a>
        </p>
      ) : null}
      {similar.length > 0 ? (
        <div class="notice warning">
          <p>{t('imports.review.similar')}</p>
          <ul>
            {similar.map((s) => (
              <li>
                <a href={ctx.href(`/imports/${s.id}`)}>
                  <bdi dir="auto">{s.title || s.fileName || t('imports.untitled')}</bdi>
                </a>{' '}
                ({t(`imports.status.${s.status}`)})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {errors.length > 0 ? (
        <div class="notice error error-summary" role="alert" id="review-errors" tabindex={-1} autofocus>
          <h2>{t('validation.summaryTitle')}</h2>
          <ul>
            {errors.map(([, key]) => (
              <li>{t(key)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <form method="post" action={ctx.href(`/imports/${item.id}`)} class="stack" novalidate>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <input type="hidden" name="version" value={String(item.version)} />
        <div class="field">
          <label for="review-kind">{t('imports.review.kind')}</label>
          <p class="hint" id="review-kind-hint">
            {t('imports.review.kindHint')}
          </p>
          <select id="review-kind" name="kind" aria-describedby="review-kind-hint" disabled={!isOpen}>
            {importKinds.map((k) => (
              <option value={k} selected={k === kind}>
                {kindLabel(ctx, k)}
              </option>
            ))}
          </select>
        </div>
        {groups.map((group) => (
          <section aria-labelledby={`group-${group.name}`}>
            <h2 id={`group-${group.name}`}>{t(`imports.field.${group.name}`)}</h2>
            <ol class="import-fields">
              {group.entries.map(({ field, index }) => (
                <FieldRow ctx={ctx} item={item} field={field} index={index} state={state} isOpen={isOpen} />
              ))}
            </ol>
          </section>
        ))}
        <RecordMatches ctx={ctx} matches={matches} state={state} isOpen={isOpen} kind={item.kind} />
        {isOpen ? (
          <div class="actions">
            <button type="submit" name="action" value="draft">
              {t('imports.review.createDraft')}
            </button>
            <button type="submit" name="action" value="save" class="secondary">
              {t('imports.review.save')}
            </button>
          </div>
        ) : null}
      </form>
      {isOpen ? (
        <form method="post" action={ctx.href(`/imports/${item.id}/drop`)}>
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(item.version)} />
          <button type="submit" class="secondary">
            {t('imports.review.dropImport')}
          </button>
        </form>
      ) : null}
      <details>
        <summary>{t('imports.review.sourceText')}</summary>
        <pre class="source-text" dir="auto">
          {item.text}
        </pre>
      </details>
    </Layout>
  );
}
