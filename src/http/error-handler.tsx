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
  return renderPage(
    c,
    <MessagePage
      ctx={ctx}
      title={t(`errors.${code}.title`)}
      message={t(`errors.${code}.message`)}
      reference={status >= 500 ? requestId : undefined}
    />,
    status,
  );
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
