import type { Context } from 'hono';
import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues, validateForm } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { findOrganizationById, organizationFormValues, withCityMapClick } from '../organizations/index.ts';
import { ZApplicationForm } from './membership.schemas.ts';
import type { TApplicationFileKind, TApplicationRecord } from './membership.service.ts';
import {
  applicationKey,
  findApplicationByKey,
  listOwnApplications,
  readApplicationFile,
  readLetterFileVersions,
  readLetterInfo,
  readReplies,
  saveApplication,
  submissionGaps,
  withdrawApplication,
} from './membership.service.ts';
import { sendReply } from './membership-reply.service.ts';
import { ApplicationFormPage } from './views/application-form-page.tsx';
import { ApplicationStatusPage } from './views/application-status-page.tsx';
import { JoinPage } from './views/join-page.tsx';
import { ReplyPage } from './views/reply-page.tsx';

/**
 * The applicant's pages: /join (why and how), /join/apply (the form), and the application's own
 * pages under its secret link /join/a/{key} (status, edit, withdraw, the uploaded letter).
 */
export function membershipWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  web.get('/join', async (c) => {
    const ctx = viewContext(c);
    const actor = c.var.actor;
    const own = await listOwnApplications(deps, actor);
    return renderPage(
      c,
      <JoinPage
        ctx={ctx}
        ownApplications={own.map((a) => ({
          reference: a.reference,
          status: a.status,
          organizationName: a.organizationName,
          link: ctx.href(`/join/a/${applicationKey(deps.secret, a.id)}`),
        }))}
      />,
    );
  });

  web.get('/join/apply', (c) => {
    const user = c.get('user');
    const values: TFormValues = user ? { contactName: user.name, contactEmail: user.email } : {};
    return renderForm(c, { values, errors: {} }, null);
  });

  web.post('/join/apply', async (c) => {
    await deps.rateLimits.publicForm.hit(`join:${c.get('clientIp')}`);
    return handleSave(c, null);
  });

  web.get('/join/a/:key', async (c) => {
    const application = await applicationOr404(c);
    const ctx = viewContext(c);
    const organization = application.organizationId
      ? await findOrganizationById(deps.db, application.organizationId)
      : undefined;
    return renderPage(
      c,
      <ApplicationStatusPage
        ctx={ctx}
        application={application}
        basePath={ctx.href(`/join/a/${c.req.param('key')}`)}
        letterFile={await readLetterInfo(deps, application)}
        letterFiles={await readLetterFileVersions(deps, application.id)}
        replies={await readReplies(deps, application.id)}
        organizationPath={organization ? ctx.href(`/members/${encodeURIComponent(organization.slug)}`) : null}
      />,
    );
  });

  // The reply to a request for more information: a message and added files (issue 16, item 8).
  web.get('/join/a/:key/reply', async (c) => {
    const application = await applicationOr404(c);
    const basePath = viewContext(c).href(`/join/a/${c.req.param('key')}`);
    if (application.status !== 'information_requested') return c.redirect(basePath, 303);
    return renderReply(c, application, { values: {}, errors: {} });
  });

  web.post('/join/a/:key/reply', async (c) => {
    const application = await applicationOr404(c);
    const basePath = viewContext(c).href(`/join/a/${c.req.param('key')}`);
    const { values, files } = await readForm(c);
    const message = firstValue(values, 'message');
    const state = { values: { message }, errors: {} as Record<string, string> };
    if (application.status !== 'information_requested') {
      return renderReply(
        c,
        application,
        { ...state, errors: { _form: 'membership.errors.replyNotAsked' } },
        409,
      );
    }
    try {
      const result = await sendReply(deps, {
        actor: c.var.actor,
        application,
        isKeyHolder: true,
        version: Number(firstValue(values, 'version')) || application.version,
        message,
        files: files.files ?? [],
        meta: { requestId: c.get('requestId') },
      });
      if (result.outcome === 'invalid') {
        return renderReply(c, application, { ...state, errors: result.fieldErrors }, 422);
      }
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict') {
        const fresh = (await findApplicationByKey(deps, c.req.param('key') ?? '')) ?? application;
        const errors: Record<string, string> = { _form: 'membership.errors.changedMeanwhile' };
        if ((files.files ?? []).some((f) => f.size > 0)) errors.files = 'membership.errors.replyFilesAgain';
        return renderReply(c, fresh, { ...state, errors }, 409);
      }
      throw error;
    }
    return redirectWithFlash(c, basePath, 'membership.flash.replied');
  });

  web.get('/join/a/:key/edit', async (c) => {
    const application = await applicationOr404(c);
    if (application.status !== 'draft' && application.status !== 'information_requested') {
      return c.redirect(viewContext(c).href(`/join/a/${c.req.param('key')}`), 303);
    }
    return renderForm(c, { values: valuesOf(application), errors: {} }, application);
  });

  web.post('/join/a/:key/edit', async (c) => {
    const application = await applicationOr404(c);
    return handleSave(c, application);
  });

  web.post('/join/a/:key/withdraw', async (c) => {
    const application = await applicationOr404(c);
    const { values } = await readForm(c);
    await withdrawApplication(deps, {
      actor: c.var.actor,
      application,
      isKeyHolder: true,
      version: Number(values.version ?? application.version),
      meta: { requestId: c.get('requestId') },
    });
    return redirectWithFlash(
      c,
      viewContext(c).href(`/join/a/${c.req.param('key')}`),
      'membership.flash.withdrawn',
    );
  });

  for (const [kind, path] of applicationFilePaths) {
    web.get(`/join/a/:key${path}`, async (c) => {
      const application = await applicationOr404(c);
      const input = { actor: c.var.actor, application, isKeyHolder: true, kind };
      const { file, bytes } = await readApplicationFile(deps, {
        ...input,
        uploadId: c.req.param('uploadId'),
      });
      return sendAttachment(c, file, bytes);
    });
  }

  async function applicationOr404(c: Context<TAppEnv>): Promise<TApplicationRecord> {
    const application = await findApplicationByKey(deps, c.req.param('key') ?? '');
    if (!application) throw new AppError('not_found');
    return application;
  }

  function renderReply(
    c: Context<TAppEnv>,
    application: TApplicationRecord,
    state: TFormState,
    status: 200 | 409 | 422 = 200,
  ) {
    const ctx = viewContext(c);
    return renderPage(
      c,
      <ReplyPage
        ctx={ctx}
        application={application}
        basePath={ctx.href(`/join/a/${c.req.param('key')}`)}
        state={state}
      />,
      status,
    );
  }

  async function renderForm(
    c: Context<TAppEnv>,
    state: TFormState,
    application: TApplicationRecord | null,
    options: {
      status?: 200 | 409 | 422;
      duplicates?: Parameters<typeof ApplicationFormPage>[0]['duplicates'];
    } = {},
  ) {
    const ctx = viewContext(c);
    const key = application ? applicationKey(deps.secret, application.id) : null;
    return renderPage(
      c,
      <ApplicationFormPage
        ctx={ctx}
        state={state}
        action={key ? ctx.href(`/join/a/${key}/edit`) : ctx.href('/join/apply')}
        reference={application?.reference ?? null}
        version={application?.version ?? null}
        isResubmission={application?.status === 'information_requested'}
        informationRequest={
          application?.status === 'information_requested' ? application.informationRequest : null
        }
        letterFile={application ? await readLetterInfo(deps, application) : null}
        duplicates={options.duplicates ?? []}
      />,
      options.status ?? 200,
    );
  }

  async function handleSave(c: Context<TAppEnv>, application: TApplicationRecord | null) {
    const { values, files } = await readForm(c);
    // A click on the map beside the city (ADR 0097): the form again with the city filled in, nothing saved.
    const clicked = await withCityMapClick(deps, values, c.get('i18n').locale);
    if (clicked) return renderForm(c, { values: clicked, errors: {} }, application);
    const parsed = validateForm(ZApplicationForm, values);
    const letterFile = files.letterFile?.[0];
    if (!parsed.isValid) {
      // One round: what the submission would still lack comes with the form's own errors.
      const gaps = values.intent === 'submit' ? gapsOfRawForm(values, letterFile, application) : {};
      const errors = { ...gaps, ...parsed.fieldErrors };
      if (letterFile) errors.letterFile ??= 'membership.errors.fileAgain';
      return renderForm(c, { values: parsed.values, errors }, application, { status: 422 });
    }
    const actor = c.var.actor;
    const version = Number(values.version ?? application?.version ?? 1);
    try {
      const result = await saveApplication(deps, {
        actor,
        locale: c.get('i18n').locale,
        meta: { requestId: c.get('requestId') },
        existing: application ? { application, isKeyHolder: true, version } : null,
        form: parsed.data,
        letterFile,
      });
      if (result.outcome === 'invalid') {
        const errors = { ...result.fieldErrors };
        if (letterFile && !errors.letterFile) errors.letterFile = 'membership.errors.fileAgain';
        return renderForm(c, { values: parsed.values, errors }, application, { status: 422 });
      }
      if (result.outcome === 'duplicate') {
        const errors: Record<string, string> = letterFile
          ? { letterFile: 'membership.errors.fileAgain' }
          : {};
        return renderForm(c, { values: parsed.values, errors }, application, {
          status: 409,
          duplicates: result.duplicates,
        });
      }
      const flash = {
        saved: 'membership.flash.draftSaved',
        submitted: 'membership.flash.submitted',
        resubmitted: 'membership.flash.resubmitted',
      }[result.outcome];
      return redirectWithFlash(c, viewContext(c).href(`/join/a/${result.key}`), flash);
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict' && application) {
        const fresh = await findApplicationByKey(deps, c.req.param('key') ?? '');
        if (fresh) {
          return renderForm(
            c,
            { values: parsed.values, errors: { _form: 'membership.errors.changedMeanwhile' } },
            fresh,
            {
              status: 409,
            },
          );
        }
      }
      throw error;
    }
  }

  return web;
}

function valuesOf(application: TApplicationRecord): TFormValues {
  return {
    ...organizationFormValues(application.organization),
    contactName: application.contact.name,
    contactEmail: application.contact.email,
    contactRole: application.contact.role ?? '',
    contactPhone: application.contact.phone ?? '',
    letterText: application.letterText,
    intendedCommitments: application.intendedCommitments,
    consent: application.consentAt ? 'on' : '',
  };
}

/** Sends an uploaded document as a download: its real type, never rendered inline, never sniffed. */
/** Where each file of an application is, below the application's page (the applicant's and the review's). */
export const applicationFilePaths = [
  ['letter', '/letter'],
  ['letterVersion', '/letter/versions/:uploadId'],
  ['replyFile', '/files/:uploadId'],
] as const satisfies readonly (readonly [TApplicationFileKind, string])[];

export function sendAttachment(
  c: Context,
  upload: { originalName: string; contentType: string; byteSize: number },
  bytes: Buffer,
): Response {
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': upload.contentType,
    'Content-Disposition': attachmentHeader(upload.originalName),
    'Content-Length': String(bytes.byteLength),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
  });
}

/** What a submission lacks, read from the raw form (used when the form's own checks fail too). */
function gapsOfRawForm(
  values: TFormValues,
  letterFile: File | undefined,
  application: TApplicationRecord | null,
): Record<string, string> {
  const text = (name: string) => firstValue(values, name).trim();
  const countries = values.countries;
  const keepsFile = Boolean(application?.letterUploadId) && text('removeLetterFile') !== '1';
  return submissionGaps({
    organization: {
      name: text('name'),
      stakeholderType: text('stakeholderType') || null,
      scope: text('scope') || null,
      countries: (Array.isArray(countries) ? countries : countries ? [countries] : []).filter(Boolean),
      description: text('description'),
    },
    contactName: text('contactName'),
    hasLetter: text('letterText') !== '' || letterFile !== undefined || keepsFile,
    hasConsent: text('consent') === 'on',
  });
}
