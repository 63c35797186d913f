import type { Context } from 'hono';
import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { requireSignedIn } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { withRowAddedTo } from '../../ui/components/repeatable-rows.tsx';
import { renderPage } from '../../ui/render.ts';
import { KeyFigurePanel, readKeyFigure } from '../observatory/index.ts';
import {
  commitmentInputFromForm,
  commitmentRowLists,
  deliverableRowsOf,
  evidencePartOf,
  formValuesOf,
  reportFormValuesOf,
  reportInputFromForm,
} from './commitment-form.ts';
import { mountCommitmentInsightRoutes } from './commitment-insights.web.tsx';
import { parseLinkValues, resolveLinks, searchLinkCandidates } from './commitment-links.ts';
import {
  currentCycle,
  fileReport,
  readCycles,
  readEvidenceFile,
  readReportForm,
} from './commitment-reporting.service.ts';
import {
  answerInvitation,
  publishCommitment,
  returnCommitment,
  submitCommitment,
  withdrawCommitment,
} from './commitment-workflow.service.ts';
import { can, canAskIntroduction } from './commitments.policy.ts';
import { commitmentFilterFrom } from './commitments.schemas.ts';
import { createCommitment, readCommitmentPage, updateCommitment } from './commitments.service.ts';
import {
  readBrowsePage,
  readMemberOrganizations,
  readReviewQueue,
  readWorkspace,
} from './commitments-read.service.ts';
import { CommitmentFormPage } from './views/commitment-form-page.tsx';
import { CommitmentPage } from './views/commitment-page.tsx';
import { CommitmentsIndexPage } from './views/commitments-index-page.tsx';
import { ReportFormPage } from './views/report-form-page.tsx';
import { ReviewQueuePage, WorkspacePage } from './views/workspace-pages.tsx';

const pageSize = 20;

/**
 * The commitments pages under /{locale}/commitments: browse, declare, edit, review, respond as a
 * co-maker, report progress. The dashboard, report, rounds, cycles and codebook come first
 * (commitment-insights.web.tsx) so their paths are never read as a commitment's slug.
 */
export function commitmentsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const meta = (c: Context<TAppEnv>) => ({ requestId: c.get('requestId') ?? null });
  const slugOf = (c: Context<TAppEnv>) => decodeURIComponent(c.req.param('slug') ?? '');
  const pathOf = (c: Context<TAppEnv>, slug: string) =>
    viewContext(c).href(`/commitments/${encodeURIComponent(slug)}`);

  web.get('/commitments', async (c) => {
    const query = c.req.query();
    const filter = commitmentFilterFrom(query);
    const page = Math.max(1, Math.min(500, Number.parseInt(query.page ?? '1', 10) || 1));
    const actor = c.var.actor;
    const data = await readBrowsePage(deps, filter, { limit: pageSize, offset: (page - 1) * pageSize });
    return renderPage(
      c,
      <CommitmentsIndexPage
        ctx={viewContext(c)}
        filter={filter}
        cycles={data.cycles}
        items={data.items}
        total={data.total}
        page={page}
        pageSize={pageSize}
        canCreate={can(actor, 'create')}
        canReview={can(actor, 'listForReview')}
        canManageRounds={can(actor, 'manageRounds')}
      />,
    );
  });

  mountCommitmentInsightRoutes(web, deps);

  for (const path of [
    '/commitments/new',
    '/commitments/mine',
    '/commitments/review',
    '/commitments/:slug/edit',
    '/commitments/:slug/report',
  ]) {
    web.use(path, requireSignedIn);
  }

  async function renderForm(
    c: Context<TAppEnv>,
    options: {
      mode: 'new' | 'edit';
      action: string;
      values: TFormValues;
      errors?: Record<string, string>;
      blankRows: number;
      status?: 200 | 409 | 422;
      /** Words to look for practices, events and recommendations to link to. */
      linkQuery?: string;
    },
  ) {
    const actor = c.var.actor;
    const members = await readMemberOrganizations(deps);
    const raw = options.values.links;
    const chosenLinks = await resolveLinks(
      deps,
      parseLinkValues(Array.isArray(raw) ? raw : raw ? [raw] : []),
    );
    const chosen = new Set(chosenLinks.map((l) => l.value));
    const linkCandidates = options.linkQuery
      ? (await searchLinkCandidates(deps, options.linkQuery, viewContext(c).locale)).filter(
          (l) => !chosen.has(l.value),
        )
      : null;
    const isSecretariat = can(actor, 'listForReview');
    const leadChoices = members.filter(
      (o) =>
        isSecretariat ||
        ['owner', 'editor'].includes(actor.organizationRoles.get(o.id) ?? '') ||
        o.id === options.values.leadOrganizationId,
    );
    return renderPage(
      c,
      <CommitmentFormPage
        ctx={viewContext(c)}
        mode={options.mode}
        action={options.action}
        state={{ values: options.values, errors: options.errors ?? {} }}
        cycles={await readCycles(deps)}
        leadChoices={leadChoices}
        memberChoices={members}
        blankRows={options.blankRows}
        chosenLinks={chosenLinks}
        linkCandidates={linkCandidates}
      />,
      options.status ?? 200,
    );
  }

  /** What the user sent, with deliverable rows compacted the way the service counted them. */
  function keptValues(values: TFormValues): TFormValues {
    const rows = deliverableRowsOf(values);
    return {
      ...values,
      d_id: rows.map((r) => r.id),
      d_title: rows.map((r) => r.title),
      d_measure: rows.map((r) => r.measure),
      d_target: rows.map((r) => r.target),
      d_due: rows.map((r) => r.due),
    };
  }

  /**
   * A post of the commitment form. "Add another" and a search for links show the form again with
   * what was typed; otherwise `save` runs, and values it refuses (or an edit made meanwhile) show the
   * form again with why.
   */
  async function postCommitmentForm(
    c: Context<TAppEnv>,
    mode: 'new' | 'edit',
    action: string,
    save: (values: TFormValues) => Promise<Response>,
  ) {
    const { values } = await readForm(c);
    const kept = keptValues(values);
    const again = (more: Partial<Parameters<typeof renderForm>[1]>) =>
      renderForm(c, { mode, action, values: kept, blankRows: 1, ...more });
    if (firstValue(values, 'intent') === 'addRow') return again({ blankRows: 2 });
    const withLinkRow = withRowAddedTo(kept, commitmentRowLists);
    if (withLinkRow) return again({ values: withLinkRow });
    if (firstValue(values, 'intent') === 'findLinks')
      return again({ linkQuery: firstValue(values, 'linkQuery') });
    try {
      return await save(values);
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return again({ errors: error.fieldErrors, status: 422 });
      if (mode === 'edit' && isAppError(error) && error.code === 'conflict')
        return again({ errors: { _form: 'commitments.errors.conflict' }, status: 409 });
      throw error;
    }
  }

  web.get('/commitments/new', async (c) => {
    const actor = c.var.actor;
    if (!can(actor, 'create')) throw new AppError('forbidden');
    const cycle = await currentCycle(deps);
    const firstLead =
      [...actor.organizationRoles].find(([, role]) => role === 'owner' || role === 'editor')?.[0] ?? '';
    const ctx = viewContext(c);
    return renderForm(c, {
      mode: 'new',
      action: ctx.href('/commitments/new'),
      values: { language: ctx.locale, cycleId: cycle?.id ?? '', leadOrganizationId: firstLead },
      blankRows: 3,
    });
  });

  web.post('/commitments/new', (c) =>
    postCommitmentForm(c, 'new', viewContext(c).href('/commitments/new'), async (values) => {
      const saved = await createCommitment(deps, c.var.actor, commitmentInputFromForm(values), {
        locale: viewContext(c).locale,
        ...meta(c),
      });
      return redirectWithFlash(c, pathOf(c, saved.slug), 'commitments.flash.created');
    }),
  );

  web.get('/commitments/mine', async (c) => {
    const actor = c.var.actor;
    const data = await readWorkspace(deps, actor);
    return renderPage(
      c,
      <WorkspacePage
        ctx={viewContext(c)}
        items={data.items}
        invitations={data.invitations}
        canCreate={can(actor, 'create')}
      />,
    );
  });

  web.get('/commitments/review', async (c) => {
    const items = await readReviewQueue(deps, c.var.actor);
    return renderPage(c, <ReviewQueuePage ctx={viewContext(c)} items={items} />);
  });

  async function renderCommitment(
    c: Context<TAppEnv>,
    options: {
      returnForm?: TFormState;
      withdrawForm?: TFormState;
      formError?: string;
      status?: 200 | 409 | 422;
    } = {},
  ) {
    const actor = c.var.actor;
    const page = await readCommitmentPage(deps, actor, slugOf(c), viewContext(c).locale);
    const respondable = page.makers
      .filter(
        (m) =>
          m.role === 'co_maker' &&
          m.status === 'pending' &&
          ['owner', 'editor'].includes(actor.organizationRoles.get(m.organizationId) ?? ''),
      )
      .map((m) => ({ organizationId: m.organizationId, name: m.name }));
    const keyFigure = await readKeyFigure(deps, page.commitment.countries);
    return renderPage(
      c,
      <CommitmentPage
        ctx={viewContext(c)}
        page={page}
        aside={<KeyFigurePanel ctx={viewContext(c)} keyFigure={keyFigure} />}
        respondable={respondable}
        returnForm={options.returnForm}
        withdrawForm={options.withdrawForm}
        formError={options.formError ?? null}
        canAskIntroduction={canAskIntroduction(actor, page.commitment)}
      />,
      options.status ?? 200,
    );
  }

  web.get('/commitments/:slug', (c) => renderCommitment(c));

  web.get('/commitments/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const page = await readCommitmentPage(deps, actor, slugOf(c));
    if (!page.allowed.edit) throw new AppError('forbidden');
    const ctx = viewContext(c);
    return renderForm(c, {
      mode: 'edit',
      action: `${pathOf(c, page.commitment.slug)}/edit`,
      values: formValuesOf(
        page.commitment,
        page.deliverables,
        page.makers,
        ctx.locale,
        page.links.map((l) => l.value),
      ),
      blankRows: page.deliverables.length === 0 ? 2 : 1,
    });
  });

  web.post('/commitments/:slug/edit', (c) => {
    const slug = slugOf(c);
    return postCommitmentForm(c, 'edit', `${pathOf(c, slug)}/edit`, async (values) => {
      const version = Number.parseInt(firstValue(values, 'version'), 10);
      await updateCommitment(
        deps,
        c.var.actor,
        slug,
        Number.isFinite(version) ? version : -1,
        commitmentInputFromForm(values),
        { locale: viewContext(c).locale, ...meta(c) },
      );
      return redirectWithFlash(c, pathOf(c, slug), 'commitments.flash.saved');
    });
  });

  /**
   * A move on a commitment from its page: `run` does it, then the page again with a flash; values it
   * refuses show the page again (422) with what `refused` makes of the errors.
   */
  async function moveCommitment(
    c: Context<TAppEnv>,
    flash: string,
    run: () => Promise<unknown>,
    refused: (errors: Record<string, string>) => Parameters<typeof renderCommitment>[1],
  ) {
    try {
      await run();
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderCommitment(c, { ...refused(error.fieldErrors), status: 422 });
      throw error;
    }
    return redirectWithFlash(c, pathOf(c, slugOf(c)), flash);
  }

  const moves = [
    { path: 'submit', run: submitCommitment, flash: 'commitments.flash.submitted' },
    { path: 'publish', run: publishCommitment, flash: 'commitments.flash.published' },
  ] as const;
  for (const move of moves) {
    web.post(`/commitments/:slug/${move.path}`, (c) =>
      moveCommitment(
        c,
        move.flash,
        () => move.run(deps, c.var.actor, slugOf(c), meta(c)),
        (errors) => ({ formError: errors._form ?? 'errors.validation_failed.message' }),
      ),
    );
  }

  web.post('/commitments/:slug/return', async (c) => {
    const { values } = await readForm(c);
    return moveCommitment(
      c,
      'commitments.flash.returned',
      () =>
        returnCommitment(deps, c.var.actor, slugOf(c), { comment: firstValue(values, 'comment') }, meta(c)),
      (errors) => ({ returnForm: { values, errors } }),
    );
  });

  for (const path of ['withdraw', 'unpublish'] as const) {
    web.post(`/commitments/:slug/${path}`, async (c) => {
      const { values } = await readForm(c);
      const input = { reason: firstValue(values, 'reason') };
      return moveCommitment(
        c,
        `commitments.flash.${path}`,
        () =>
          withdrawCommitment(deps, c.var.actor, slugOf(c), input, {
            ...meta(c),
            bySecretariat: path === 'unpublish',
          }),
        (errors) => ({ withdrawForm: { values, errors } }),
      );
    });
  }

  web.get('/commitments/:slug/files/:uploadId', async (c) => {
    const file = await readEvidenceFile(deps, c.var.actor, slugOf(c), c.req.param('uploadId'));
    return c.body(new Uint8Array(file.bytes), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': attachmentHeader(file.name),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': file.isPublic ? 'public, max-age=300' : 'private, no-store',
    });
  });

  web.post('/commitments/:slug/respond', async (c) => {
    const { values } = await readForm(c);
    const isConfirmed = firstValue(values, 'answer') === 'confirm';
    await answerInvitation(
      deps,
      c.var.actor,
      slugOf(c),
      { organizationId: firstValue(values, 'organizationId'), isConfirmed },
      meta(c),
    );
    return redirectWithFlash(
      c,
      pathOf(c, slugOf(c)),
      isConfirmed ? 'commitments.flash.confirmed' : 'commitments.flash.declined',
    );
  });

  web.get('/commitments/:slug/report', async (c) => {
    const data = await readReportForm(deps, c.var.actor, slugOf(c));
    return renderPage(
      c,
      <ReportFormPage
        ctx={viewContext(c)}
        data={data}
        state={{ values: reportFormValuesOf(data.last, data.deliverables), errors: {} }}
      />,
    );
  });

  web.post('/commitments/:slug/report', async (c) => {
    const actor = c.var.actor;
    const data = await readReportForm(deps, actor, slugOf(c));
    const { values, files } = await readForm(c);
    const withRow = withRowAddedTo(
      values,
      Object.fromEntries(data.deliverables.map((d) => [`evidence_${d.id}`, [evidencePartOf(d.id)]])),
    );
    if (withRow)
      return renderPage(
        c,
        <ReportFormPage ctx={viewContext(c)} data={data} state={{ values: withRow, errors: {} }} />,
      );
    const evidence = await Promise.all(
      (files.evidenceFiles ?? []).map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    );
    try {
      await fileReport(
        deps,
        actor,
        slugOf(c),
        reportInputFromForm(
          values,
          data.deliverables.map((d) => d.id),
        ),
        meta(c),
        evidence,
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed') {
        return renderPage(
          c,
          <ReportFormPage ctx={viewContext(c)} data={data} state={{ values, errors: error.fieldErrors }} />,
          422,
        );
      }
      throw error;
    }
    return redirectWithFlash(c, pathOf(c, slugOf(c)), 'commitments.flash.reported');
  });

  return web;
}
