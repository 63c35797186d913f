import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import { emptyFormState, type TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { requireSignedIn } from '../accounts/index.ts';
import { parseTarget, updateRecordFromImport } from './import-record-update.service.ts';
import { readSourceDocument, setSourceVisibility } from './import-sources.service.ts';
import { importUpload } from './import-upload.service.ts';
import { can } from './imports.policy.ts';
import {
  draftFromImport,
  dropImport,
  importPasted,
  readImport,
  readImports,
  reviewImport,
  type TImport,
  type TReview,
} from './imports.service.ts';
import { ImportReviewPage } from './views/import-review-page.tsx';
import { ImportsPage } from './views/imports-page.tsx';

/** Imports from documents (issue 18): the list with paste and upload, and the review of one import. */
const recordPaths: Record<string, string> = { practice: '/practices/', event: '/events/', news: '/news/' };

function reviewOf(values: TFormValues, item: TImport): TReview {
  return {
    kind: firstValue(values, 'kind') || item.kind,
    version: Number(firstValue(values, 'version')) || item.version,
    fields: item.fields.map((_, i) =>
      values[`d${i}`] === undefined && values[`v${i}`] === undefined
        ? undefined
        : { decision: firstValue(values, `d${i}`), value: firstValue(values, `v${i}`) },
    ),
  };
}

export function importsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  async function renderList(
    c: Context<TAppEnv>,
    forms: { paste?: TFormState; upload?: TFormState } = {},
    status: 200 | 422 = 200,
  ) {
    const items = await readImports(deps, c.var.actor, null);
    return renderPage(
      c,
      <ImportsPage
        ctx={viewContext(c)}
        items={items}
        paste={forms.paste ?? emptyFormState}
        upload={forms.upload ?? emptyFormState}
      />,
      status,
    );
  }

  async function renderReview(
    c: Context<TAppEnv>,
    id: string,
    state: TFormState,
    status: 200 | 409 | 422 = 200,
  ) {
    const ctx = viewContext(c);
    const { item, similar, matches } = await readImport(deps, c.var.actor, id, ctx.locale);
    const path = item.recordType ? recordPaths[item.recordType] : undefined;
    return renderPage(
      c,
      <ImportReviewPage
        ctx={ctx}
        item={item}
        similar={similar}
        matches={matches}
        state={state}
        isOpen={can(c.var.actor, 'review', item)}
        recordHref={
          path && item.recordSlug ? ctx.href(`${path}${encodeURIComponent(item.recordSlug)}`) : null
        }
      />,
      status,
    );
  }

  web.get('/imports', requireSignedIn, (c) => renderList(c));

  /**
   * A new import from one of the list page's two forms: its review opens; a refused one shows the list
   * again with that form's values and messages.
   */
  const importFrom =
    (
      form: 'paste' | 'upload',
      make: (c: Context<TAppEnv>, read: Awaited<ReturnType<typeof readForm>>) => Promise<{ id: string }>,
    ) =>
    async (c: Context<TAppEnv>) => {
      const read = await readForm(c);
      try {
        const item = await make(c, read);
        return redirectWithFlash(c, viewContext(c).href(`/imports/${item.id}`), 'imports.flash.created');
      } catch (error) {
        if (isAppError(error) && error.code === 'validation_failed')
          return renderList(c, { [form]: { values: read.values, errors: error.fieldErrors } }, 422);
        throw error;
      }
    };

  web.post(
    '/imports',
    importFrom('paste', (c, { values }) =>
      importPasted(
        deps,
        c.var.actor,
        { text: firstValue(values, 'text'), name: firstValue(values, 'name') },
        { requestId: c.get('requestId') },
      ),
    ),
  );

  web.post(
    '/imports/upload',
    importFrom('upload', (c, { files }) =>
      importUpload(deps, c.var.actor, files.document?.[0], { requestId: c.get('requestId') }),
    ),
  );

  web.get('/imports/:id', requireSignedIn, (c) => renderReview(c, c.req.param('id'), emptyFormState));

  web.post('/imports/:id', async (c) => {
    const id = c.req.param('id');
    const { values } = await readForm(c);
    const { item, matches } = await readImport(deps, c.var.actor, id, viewContext(c).locale);
    const review = reviewOf(values, item);
    const meta = { requestId: c.get('requestId') };
    try {
      if (firstValue(values, 'action') === 'draft') {
        const chosen = firstValue(values, 'target');
        const target = parseTarget(chosen);
        // A document that matches a record is never made a second record without the curator saying so.
        if (matches.length > 0 && chosen !== 'new' && !target)
          throw new AppError('validation_failed', { fieldErrors: { target: 'imports.errors.chooseTarget' } });
        const { draft } = target
          ? await updateRecordFromImport(deps, c.var.actor, id, review, target, meta)
          : await draftFromImport(deps, c.var.actor, id, review, meta);
        const path = recordPaths[draft.recordType] ?? '/';
        if (draft.isOutcome)
          return redirectWithFlash(
            c,
            viewContext(c).href(`${path}${encodeURIComponent(draft.slug)}/outcome`),
            'imports.flash.outcomeAttached',
          );
        return redirectWithFlash(
          c,
          viewContext(c).href(`${path}${encodeURIComponent(draft.slug)}`),
          draft.isUpdate
            ? draft.recordType === 'practice'
              ? 'imports.flash.updated'
              : 'imports.flash.updatedRecord'
            : 'imports.flash.drafted',
        );
      }
      await reviewImport(deps, c.var.actor, id, review, meta);
      return redirectWithFlash(c, viewContext(c).href(`/imports/${id}`), 'imports.flash.saved');
    } catch (error) {
      if (!isAppError(error)) throw error;
      const kept = { ...values };
      delete kept.version;
      if (error.code === 'conflict')
        return renderReview(c, id, { values: kept, errors: { _form: 'imports.errors.conflict' } }, 409);
      if (error.code !== 'validation_failed') throw error;
      return renderReview(
        c,
        id,
        {
          values: kept,
          errors: error.fieldErrors.target
            ? error.fieldErrors
            : { _form: 'imports.errors.draftRefused', ...error.fieldErrors },
        },
        422,
      );
    }
  });

  web.post('/imports/:id/drop', async (c) => {
    const id = c.req.param('id');
    const { values } = await readForm(c);
    try {
      await dropImport(deps, c.var.actor, id, Number(firstValue(values, 'version')) || 0, {
        requestId: c.get('requestId'),
      });
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict')
        return renderReview(c, id, { values: {}, errors: { _form: 'imports.errors.conflict' } }, 409);
      throw error;
    }
    return redirectWithFlash(c, viewContext(c).href('/imports'), 'imports.flash.dropped');
  });

  // The source document: for its reviewers, and for the readers of the record it became (ADR 0082).
  web.get('/imports/:id/source', async (c) => {
    const source = await readSourceDocument(deps, c.var.actor, c.req.param('id'));
    return c.body(source.bytes, 200, {
      'Content-Type': source.type,
      'Content-Disposition': attachmentHeader(source.name),
      'Content-Length': String(source.bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    });
  });

  web.post('/imports/:id/source-visibility', async (c) => {
    const { values } = await readForm(c);
    const record = await setSourceVisibility(
      deps,
      c.var.actor,
      c.req.param('id'),
      firstValue(values, 'public') === 'yes',
      { requestId: c.get('requestId') },
    );
    return redirectWithFlash(
      c,
      viewContext(c).href(`${recordPaths[record.type] ?? '/'}${encodeURIComponent(record.slug)}`),
      'imports.flash.sourceVisibility',
    );
  });

  return web;
}
