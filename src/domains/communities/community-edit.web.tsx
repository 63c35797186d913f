import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { isAppError } from '../../platform/errors.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { requireSignedIn } from '../accounts/index.ts';
import { communityPolicy } from './communities.policy.ts';
import { readCommunity } from './communities.service.ts';
import { editCommunity } from './community-edit.service.ts';
import { communityPath } from './views/community-bits.tsx';
import { CommunityEditPage, editFormLanguages, editFormValues } from './views/community-edit-page.tsx';

const listOf = (values: TFormValues, key: string): string[] => {
  const v = values[key];
  return (Array.isArray(v) ? v : v ? [v] : []).filter((x) => x !== '');
};

/** The service's input from the form: the original's texts, each other language kept, concepts. */
function editInputFrom(values: TFormValues, original: string) {
  const texts = (language: string) => ({
    name: firstValue(values, `name-${language}`),
    description: firstValue(values, `description-${language}`),
    pictureAlt: firstValue(values, `pictureAlt-${language}`),
  });
  const kept = editFormLanguages(values, original).filter(
    (l) => firstValue(values, `removeLanguage-${l}`) !== '1',
  );
  return {
    version: firstValue(values, 'version'),
    original: texts(original),
    translations: Object.fromEntries(kept.map((l) => [l, texts(l)])),
    themes: listOf(values, 'themes'),
    regions: listOf(values, 'regions'),
    removePicture: firstValue(values, 'removePicture') === '1',
  };
}

/** The form with one more language to fill (the no-script "Add this language" step; nothing saved). */
function withAddedLanguage(values: TFormValues, original: string): TFormValues {
  const wanted = firstValue(values, 'addLanguage');
  const languages = editFormLanguages(
    { ...values, languages: [...listOf(values, 'languages'), wanted] },
    original,
  );
  const { addLanguage: _added, _add: _step, ...rest } = values;
  return { ...rest, languages };
}

/** Editing a community: `/{locale}/communities/{slug}/edit`, for its facilitators and the secretariat. */
export function communityEditWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const slugOf = (c: Context<TAppEnv>) => c.req.param('slug') ?? '';

  async function renderForm(c: Context<TAppEnv>, state: TFormState | null, status: 200 | 409 | 422 = 200) {
    const view = await readCommunity(deps, c.var.actor, slugOf(c));
    communityPolicy.authorize(c.var.actor, 'edit', view.resource);
    return renderPage(
      c,
      <CommunityEditPage
        ctx={viewContext(c)}
        community={view.community}
        state={state ?? { values: editFormValues(view.community), errors: {} }}
      />,
      status,
    );
  }

  web.get('/communities/:slug/edit', requireSignedIn, (c) => renderForm(c, null));

  web.post('/communities/:slug/edit', async (c) => {
    const { values, files } = await readForm(c);
    const view = await readCommunity(deps, c.var.actor, slugOf(c));
    communityPolicy.authorize(c.var.actor, 'edit', view.resource);
    const original = view.community.language;
    if (firstValue(values, '_add') === 'language')
      return renderForm(c, { values: withAddedLanguage(values, original), errors: {} });
    try {
      await editCommunity(deps, c.var.actor, slugOf(c), editInputFrom(values, original), {
        requestId: c.get('requestId'),
        picture: files.picture?.[0],
      });
      return redirectWithFlash(
        c,
        viewContext(c).href(communityPath(view.community.slug)),
        'communities.flash.edited',
      );
    } catch (error) {
      if (!isAppError(error)) throw error;
      if (error.code === 'conflict') {
        // The typed text stays; the form now names the newer version, so saving again replaces it.
        const current = await readCommunity(deps, c.var.actor, slugOf(c));
        const kept = { ...values, version: String(current.community.version) };
        return renderForm(c, { values: kept, errors: { _form: 'communities.errors.editConflict' } }, 409);
      }
      if (error.code === 'validation_failed')
        return renderForm(c, { values, errors: error.fieldErrors }, 422);
      throw error;
    }
  });

  return web;
}
