import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm } from '../../http/forms.ts';
import { isAppError } from '../../platform/errors.ts';
import {
  markPracticeReviewed,
  publishPractice,
  returnPractice,
  setPracticeMark,
  submitPractice,
  unpublishPractice,
} from './practice-workflow.service.ts';

/** One POST per workflow move; each redirects back to the practice with a notice. */
export function workflowRoutes(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const back = (c: Context<TAppEnv>, slug: string, flash: string) =>
    redirectWithFlash(c, `/${c.get('i18n').locale}/practices/${encodeURIComponent(slug)}`, flash);

  web.post(
    '/practices/:slug/:move{(?:submit|publish|unpublish|verify|feature|reviewed|return)}',
    async (c) => {
      const slug = c.req.param('slug');
      const move = c.req.param('move');
      const actor = c.var.actor;
      const options = { requestId: c.get('requestId') ?? null };
      const { values } = await readForm(c);
      const isOn = firstValue(values, 'value') !== 'off';
      switch (move) {
        case 'submit':
          await submitPractice(deps, actor, slug, options);
          return back(c, slug, 'practices.flash.submitted');
        case 'publish':
          await publishPractice(deps, actor, slug, options);
          return back(c, slug, 'practices.flash.published');
        case 'unpublish':
          await unpublishPractice(deps, actor, slug, options);
          return back(c, slug, 'practices.flash.unpublished');
        case 'verify':
          await setPracticeMark(deps, actor, slug, 'verify', isOn, options);
          return back(c, slug, isOn ? 'practices.flash.verified' : 'practices.flash.unverified');
        case 'feature':
          await setPracticeMark(deps, actor, slug, 'feature', isOn, options);
          return back(c, slug, isOn ? 'practices.flash.featured' : 'practices.flash.unfeatured');
        case 'reviewed':
          await markPracticeReviewed(deps, actor, slug, options);
          return back(c, slug, 'practices.flash.reviewed');
        default:
          try {
            await returnPractice(deps, actor, slug, { comment: firstValue(values, 'comment') }, options);
            return back(c, slug, 'practices.flash.returned');
          } catch (error) {
            if (isAppError(error) && error.code === 'validation_failed') {
              return back(c, slug, 'practices.flash.commentNeeded');
            }
            throw error;
          }
      }
    },
  );
  return web;
}
