import { Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { readForm } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { isAppError } from '../../platform/errors.ts';
import { renderPage } from '../../ui/render.ts';
import { requireSignedIn } from '../accounts/index.ts';
import { endMembership, readMembershipToEnd } from './membership-leaving.service.ts';
import { LeavePage } from './views/leave-page.tsx';

/** /{locale}/members/{slug}/leave: an owner takes the organisation out of the alliance (ADR 0048). */
export function membershipLeavingWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  web.use('/members/:slug/leave', requireSignedIn);

  web.get('/members/:slug/leave', async (c) => {
    const organization = await readMembershipToEnd(deps, c.var.actor, c.req.param('slug'));
    return renderPage(
      c,
      <LeavePage
        ctx={viewContext(c)}
        organization={organization}
        state={{ values: {}, errors: {} }}
        isSecretariat={c.var.actor.organizationRoles.get(organization.id) !== 'owner'}
      />,
    );
  });

  web.post('/members/:slug/leave', async (c) => {
    const actor = c.var.actor;
    const organization = await readMembershipToEnd(deps, actor, c.req.param('slug'));
    const { values } = await readForm(c);
    try {
      const result = await endMembership(deps, actor, organization, values, {
        requestId: c.get('requestId'),
      });
      return redirectWithFlash(
        c,
        viewContext(c).href('/members'),
        result === 'ended' ? 'membership.flash.left' : 'membership.flash.alreadyLeft',
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderPage(
          c,
          <LeavePage
            ctx={viewContext(c)}
            organization={organization}
            state={{ values, errors: error.fieldErrors ?? {} }}
            isSecretariat={actor.organizationRoles.get(organization.id) !== 'owner'}
          />,
          422,
        );
      if (isAppError(error) && error.code === 'conflict')
        return redirectWithFlash(
          c,
          viewContext(c).href(`/members/${encodeURIComponent(organization.slug)}/leave`),
          'membership.flash.leaveConflict',
        );
      throw error;
    }
  });
  return web;
}
