import { type Context, Hono } from 'hono';
import type { FC } from 'hono/jsx';
import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, parseForm, readForm } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { renderPage } from '../../ui/render.ts';
import {
  formErrorsOf,
  grantRole,
  requestMeta,
  requireSignedIn,
  revokeRole,
  ZRoleChange,
} from '../accounts/index.ts';
import { ZAuditQuery, ZOutboxQuery, ZPeopleQuery } from './admin.schemas.ts';
import {
  listAdminSections,
  listAuditPage,
  listOutboxPage,
  listPeoplePage,
  readPerson,
} from './admin.service.ts';
import { readOutboxMessage } from './outbox.service.ts';
import { readSiteTextForEditing, readSiteTextsPage, saveSiteText } from './site-texts.service.ts';
import { AdminIndexPage } from './views/admin-index-page.tsx';
import type { TAdminListProps } from './views/admin-list-page.tsx';
import { AuditPage } from './views/audit-page.tsx';
import { OutboxMessagePage } from './views/outbox-message-page.tsx';
import { OutboxPage } from './views/outbox-page.tsx';
import { PeoplePage } from './views/people-page.tsx';
import { PersonPage } from './views/person-page.tsx';
import { SiteTextFormPage, SiteTextsPage } from './views/site-texts-pages.tsx';

/**
 * /admin: people and their platform roles, the audit log and the mail outbox. Anonymous visitors
 * are sent to sign in; signed-in people without the permission get the 403 page (from the services).
 */
export function adminWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  web.use('/admin', requireSignedIn);
  web.use('/admin/*', requireSignedIn);

  web.get('/admin', (c) => {
    const sections = listAdminSections(c.var.actor);
    return renderPage(c, <AdminIndexPage ctx={viewContext(c)} sections={sections} />);
  });

  // Page texts and category names, worded by the secretariat per language (docs/adr/0099).
  web.get('/admin/texts', async (c) => {
    const page = await readSiteTextsPage(deps, c.var.actor);
    return renderPage(c, <SiteTextsPage ctx={viewContext(c)} texts={page.texts} wordings={page.wordings} />);
  });

  async function renderSiteTextForm(
    c: Context<TAppEnv>,
    options: {
      body?: string;
      errors?: Record<string, string>;
      conflict?: boolean;
      status?: 200 | 409 | 422;
    } = {},
  ) {
    const edit = await readSiteTextForEditing(
      deps,
      c.var.actor,
      c.req.param('key') ?? '',
      c.req.param('language') ?? '',
    );
    return renderPage(
      c,
      <SiteTextFormPage
        ctx={viewContext(c)}
        text={edit.text}
        locale={edit.locale}
        version={edit.own?.version ?? 0}
        others={edit.rows}
        state={{ values: { body: options.body ?? edit.own?.body ?? '' }, errors: options.errors ?? {} }}
        conflict={options.conflict ?? false}
      />,
      options.status ?? 200,
    );
  }

  web.get('/admin/texts/:language/:key', (c) => renderSiteTextForm(c));

  web.post('/admin/texts/:language/:key', async (c) => {
    const { values } = await readForm(c);
    const body = firstValue(values, 'body');
    try {
      await saveSiteText(deps, {
        actor: c.var.actor,
        key: c.req.param('key'),
        locale: c.req.param('language'),
        body,
        version: Number.parseInt(firstValue(values, 'version'), 10) || 0,
        requestId: c.get('requestId'),
      });
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderSiteTextForm(c, { body, errors: error.fieldErrors, status: 422 });
      if (isAppError(error) && error.code === 'conflict')
        return renderSiteTextForm(c, { body, conflict: true, status: 409 });
      throw error;
    }
    return redirectWithFlash(c, viewContext(c).href('/admin/texts'), 'admin.texts.saved');
  });

  /** An admin list: its query string read leniently, one service call, the page given both. */
  function listRoute<Q, R>(
    path: string,
    schema: { parse(input: unknown): Q },
    load: (actor: TActor, query: Q) => Promise<R>,
    Page: FC<TAdminListProps<Q, R>>,
  ) {
    web.get(path, async (c) => {
      const query = schema.parse(c.req.query());
      const result = await load(c.var.actor, query);
      return renderPage(c, <Page ctx={viewContext(c)} query={query} result={result} />);
    });
  }

  listRoute(
    '/admin/people',
    ZPeopleQuery,
    (actor, query) => listPeoplePage(deps, actor, { search: query.q, page: query.page }),
    PeoplePage,
  );
  listRoute('/admin/audit', ZAuditQuery, (actor, query) => listAuditPage(deps, actor, query), AuditPage);
  listRoute('/admin/outbox', ZOutboxQuery, (actor, query) => listOutboxPage(deps, actor, query), OutboxPage);

  const renderPerson = async (c: Context<TAppEnv>, userId: string, error?: string) => {
    const { person, history } = await readPerson(deps, c.var.actor, userId);
    return renderPage(
      c,
      <PersonPage ctx={viewContext(c)} person={person} history={history} error={error} />,
      error ? 409 : 200,
    );
  };

  web.get('/admin/people/:id', (c) => renderPerson(c, c.req.param('id')));

  web.post('/admin/people/:id/roles/:change{(?:grant|revoke)}', async (c) => {
    const userId = c.req.param('id');
    const isGrant = c.req.param('change') === 'grant';
    const form = await parseForm(c, ZRoleChange);
    if (!form.isValid) throw new AppError('bad_request');
    try {
      const outcome = isGrant
        ? await grantRole(deps, c.var.actor, userId, form.data.role, requestMeta(c))
        : await revokeRole(deps, c.var.actor, userId, form.data.role, requestMeta(c));
      const flash = {
        granted: 'admin.flash.roleGranted',
        revoked: 'admin.flash.roleRevoked',
        unchanged: 'admin.flash.roleUnchanged',
      }[outcome];
      return redirectWithFlash(c, `/${c.get('i18n').locale}/admin/people/${userId}`, flash);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (errors?.role) return renderPerson(c, userId, errors.role);
      throw error;
    }
  });

  web.get('/admin/outbox/:id', async (c) => {
    const message = await readOutboxMessage(deps, c.var.actor, c.req.param('id'), requestMeta(c));
    return renderPage(
      c,
      <OutboxMessagePage ctx={viewContext(c)} message={message} publicUrl={deps.config.publicUrl} />,
    );
  });

  return web;
}
