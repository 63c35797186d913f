import type { Context } from 'hono';
import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { readForm, validateForm } from '../../http/forms.ts';
import { requireSignedIn } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { isAppError } from '../../platform/errors.ts';
import { isKnownCountry, isStakeholderType } from '../../taxonomy/organization-vocabulary.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { findOrganizationById } from '../organizations/index.ts';
import {
  isApplicationStatus,
  queueSorts,
  type TQueueFilter,
  type TQueueSort,
  ZInformationRequest,
  ZNote,
  ZReviewDecision,
  ZVersionOnly,
} from './membership.schemas.ts';
import { readApplicationFile } from './membership.service.ts';
import { applicationFilePaths, sendAttachment } from './membership.web.tsx';
import {
  addReviewNote,
  decideApplication,
  readApplicationForReview,
  readQueue,
} from './membership-review.service.ts';
import { ReviewApplicationPage, type TReviewPageProps } from './views/review-application-page.tsx';
import { ReviewQueuePage } from './views/review-queue-page.tsx';

const queuePageSize = 50;

function queueFilterFrom(query: Record<string, string | undefined>): TQueueFilter {
  const status =
    query.status === 'open' || (query.status && isApplicationStatus(query.status)) ? query.status : null;
  const age = Number.parseInt(query.age ?? '', 10);
  return {
    status: status === 'draft' ? null : (status as TQueueFilter['status']),
    type: query.type && isStakeholderType(query.type) ? query.type : null,
    country:
      query.country && isKnownCountry(query.country.toUpperCase()) ? query.country.toUpperCase() : null,
    olderThanDays: Number.isFinite(age) && age > 0 && age < 3650 ? age : null,
    sort: (queueSorts as readonly string[]).includes(query.sort ?? '')
      ? (query.sort as TQueueSort)
      : 'oldest',
  };
}

/** The secretariat's pages under /admin/applications: the queue, one application, its decisions. */
export function membershipReviewWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  web.use('/admin/applications/*', requireSignedIn);
  web.use('/admin/applications', requireSignedIn);

  web.get('/admin/applications', async (c) => {
    const query = c.req.query();
    const filter = queueFilterFrom(query);
    const page = Math.min(10_000, Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1));
    const actor = c.var.actor;
    const queue = await readQueue(deps, actor, filter, page, queuePageSize);
    return renderPage(
      c,
      <ReviewQueuePage
        ctx={viewContext(c)}
        filter={filter}
        items={queue.items}
        total={queue.total}
        byStatus={queue.byStatus}
        page={page}
        pageCount={Math.max(1, Math.ceil(queue.total / queuePageSize))}
        now={deps.clock.now()}
      />,
    );
  });

  async function renderReview(
    c: Context<TAppEnv>,
    options: { forms?: TReviewPageProps['forms']; conflict?: boolean; status?: 200 | 409 | 422 } = {},
  ) {
    const actor = c.var.actor;
    const view = await readApplicationForReview(deps, actor, c.req.param('id') ?? '');
    const organization = view.application.organizationId
      ? await findOrganizationById(deps.db, view.application.organizationId)
      : undefined;
    return renderPage(
      c,
      <ReviewApplicationPage
        ctx={viewContext(c)}
        application={view.application}
        notes={view.notes}
        history={view.history}
        letterFile={view.letterFile}
        earlier={view.earlier}
        letterVersions={view.letterVersions}
        letterFiles={view.letterFiles}
        replies={view.replies}
        organizationSlug={organization?.slug ?? null}
        forms={options.forms ?? {}}
        conflict={options.conflict ?? false}
      />,
      options.status ?? 200,
    );
  }

  web.get('/admin/applications/:id', (c) => renderReview(c));

  for (const [kind, path] of applicationFilePaths) {
    web.get(`/admin/applications/:id${path}`, async (c) => {
      const actor = c.var.actor;
      const { application } = await readApplicationForReview(deps, actor, c.req.param('id'));
      const input = { actor, application, isKeyHolder: false, kind };
      const { file, bytes } = await readApplicationFile(deps, {
        ...input,
        uploadId: c.req.param('uploadId'),
      });
      return sendAttachment(c, file, bytes);
    });
  }

  web.post('/admin/applications/:id/notes', async (c) => {
    const { values } = await readForm(c);
    const parsed = validateForm(ZNote, values);
    if (!parsed.isValid) {
      return renderReview(c, {
        forms: { note: { values: parsed.values, errors: parsed.fieldErrors } },
        status: 422,
      });
    }
    await addReviewNote(deps, {
      actor: c.var.actor,
      applicationId: c.req.param('id'),
      body: parsed.data.body,
      meta: { requestId: c.get('requestId') },
    });
    return redirectWithFlash(
      c,
      viewContext(c).href(`/admin/applications/${c.req.param('id')}`),
      'membership.flash.noteAdded',
    );
  });

  const decisions = [
    {
      path: 'start-review',
      transition: 'startReview',
      schema: ZVersionOnly,
      flash: 'membership.flash.reviewStarted',
    },
    {
      path: 'request-information',
      transition: 'requestInformation',
      schema: ZInformationRequest,
      flash: 'membership.flash.informationRequested',
    },
    { path: 'accept', transition: 'accept', schema: ZReviewDecision, flash: 'membership.flash.accepted' },
    {
      path: 'decline',
      transition: 'decline',
      schema: ZDeclineDecision(),
      flash: 'membership.flash.declined',
    },
  ] as const;

  for (const decision of decisions) {
    web.post(`/admin/applications/:id/${decision.path}`, async (c) => {
      const { values } = await readForm(c);
      const parsed = validateForm(decision.schema, values);
      const formName = decision.transition === 'startReview' ? null : decision.transition;
      if (!parsed.isValid) {
        const state: TFormState = { values: parsed.values, errors: parsed.fieldErrors };
        return renderReview(c, { forms: formName ? { [formName]: state } : {}, status: 422 });
      }
      const data = parsed.data as { version: number; message?: string | null };
      try {
        await decideApplication(deps, decision.transition, {
          actor: c.var.actor,
          applicationId: c.req.param('id'),
          version: data.version,
          message: data.message ?? null,
          meta: { requestId: c.get('requestId') },
        });
      } catch (error) {
        if (isAppError(error) && error.code === 'conflict')
          return renderReview(c, { conflict: true, status: 409 });
        throw error;
      }
      return redirectWithFlash(
        c,
        viewContext(c).href(`/admin/applications/${c.req.param('id')}`),
        decision.flash,
      );
    });
  }

  return web;
}

/** Declining needs a message to the applicant (saying why is the decent thing to do). */
function ZDeclineDecision() {
  return ZInformationRequest;
}
