import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { viewContext } from '../http/view-context.ts';
import { negotiateLocale } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import { AppError, isAppError, type TErrorCode } from '../platform/errors.ts';
import { renderPage } from '../ui/render.ts';
import { MessagePage } from '../ui/views/message-page.tsx';
import type { TAppEnv } from './app-env.ts';

/**
 * The one place errors become responses. Pages get a translated message, the API gets
 * { code, message, requestId }, the log gets the detail; users never see a stack trace.
 */
export async function handleError(error: Error, c: Context<TAppEnv>): Promise<Response> {
  const appError = toAppError(error);
  const log = c.get('log');
  if (appError.status >= 500) log?.error({ err: error }, 'unhandled error');
  else log?.info({ code: appError.code, path: c.req.path }, 'refused');
  return respondWithError(c, appError.code, appError.status as ContentfulStatusCode);
}

export async function handleNotFound(c: Context<TAppEnv>): Promise<Response> {
  return respondWithError(c, 'not_found', 404);
}

async function respondWithError(c: Context<TAppEnv>, code: TErrorCode, status: ContentfulStatusCode) {
  if (!c.get('i18n')) c.set('i18n', translator(negotiateLocale(c.req.header('accept-language'))));
  if (!c.get('localPath')) c.set('localPath', '/');
  if (c.get('csrfToken') === undefined) c.set('csrfToken', '');
  if (c.get('user') === undefined) c.set('user', null);
  const { t } = c.get('i18n');
  const requestId = c.get('requestId');
  const wantsJson =
    c.req.path.startsWith('/api/') || (c.req.header('accept') ?? '').startsWith('application/json');
  if (wantsJson) {
    return c.json({ code, message: t(`errors.${code}.message`), requestId }, status);
  }
  const ctx = viewContext(c);
  const tooLarge = code === 'payload_too_large' ? tooLargeDetails(c) : null;
  return renderPage(
    c,
    <MessagePage
      ctx={ctx}
      title={t(`errors.${code}.title`)}
      message={
        tooLarge?.megabytes
          ? t('errors.payload_too_large.messageLimit', { megabytes: tooLarge.megabytes })
          : t(`errors.${code}.message`)
      }
      reference={status >= 500 ? requestId : undefined}
      back={
        tooLarge?.formPath
          ? { href: tooLarge.formPath, label: t('errors.payload_too_large.back') }
          : undefined
      }
    />,
    status,
  );
}

/**
 * A form sent with a body over its limit (a file too large to even read): the page names the limit in
 * megabytes and leads back to the form it came from (the Referer, when it is a page of this hub).
 */
function tooLargeDetails(c: Context<TAppEnv>): { megabytes: number | null; formPath: string | null } {
  const limit = c.get('bodyLimitBytes');
  const megabytes = limit ? Math.floor(limit / (1024 * 1024)) : null;
  const referer = c.req.header('referer');
  let formPath: string | null = null;
  if (referer && URL.canParse(referer)) {
    const from = new URL(referer);
    if (from.host === new URL(c.req.url).host) formPath = `${from.pathname}${from.search}`;
  }
  return { megabytes: megabytes && megabytes > 0 ? megabytes : null, formPath };
}

function toAppError(error: Error): AppError {
  if (isAppError(error)) return error;
  if (error instanceof HTTPException) {
    const byStatus: Partial<Record<number, TErrorCode>> = {
      400: 'bad_request',
      401: 'unauthenticated',
      403: 'forbidden',
      404: 'not_found',
      413: 'payload_too_large',
    };
    return new AppError(byStatus[error.status] ?? 'bad_request', { cause: error });
  }
  return new AppError('internal', { cause: error });
}
