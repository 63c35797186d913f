import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { isAppError } from '../../platform/errors.ts';
import { emptyFormState, type TFormState } from '../../ui/components/form-field.tsx';
import { mapAnswerFor, placeChoicesFor } from '../../ui/components/place-picker.tsx';
import { filledRows, withRowAddedTo } from '../../ui/components/repeatable-rows.tsx';
import { renderPage } from '../../ui/render.ts';
import {
  addPlace,
  addPlaceNames,
  drawPickerMap,
  findPlaces,
  placeFromMapClick,
  readGazetteer,
} from './gazetteer.service.ts';
import { PlacesPage } from './views/places-page.tsx';

/** The names of a place are rows of one name each (`placeName`), sent to the service as a list. */
const placeRowLists = { names: ['placeName'] } as const;

function namesFromRows(values: TFormValues): TFormValues {
  return { ...values, names: filledRows(values, placeRowLists.names).map((row) => row.placeName) };
}

/** /admin/places: curators and admins keep the gazetteer the search reads (issue 12). */
export function gazetteerWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  // Anonymous visitors get the policy's 401 page (which offers to sign in), others a 403.

  async function render(
    c: Context<TAppEnv>,
    forms: { newPlace?: TFormState; moreNames?: { placeId: string; state: TFormState } },
    status: 200 | 404 | 409 | 422 = 200,
  ) {
    const places = await readGazetteer(deps, c.var.actor);
    return renderPage(
      c,
      <PlacesPage
        ctx={viewContext(c)}
        places={places}
        newPlace={forms.newPlace ?? emptyFormState}
        moreNames={forms.moreNames ?? null}
      />,
      status,
    );
  }
  const refusal = (error: unknown) =>
    isAppError(error) && Object.keys(error.fieldErrors).length > 0 ? error : null;

  web.get('/admin/places', (c) => render(c, {}));

  /** The place pickers' matches for what a person typed (public names only), for app.js. */
  web.get('/places/find', async (c) => {
    const query = (c.req.query('q') ?? '').slice(0, 100).trim();
    const ctx = viewContext(c);
    const found = await findPlaces(deps, query, ctx.locale);
    return c.json(placeChoicesFor(ctx, query, found));
  });

  /** A place picker's map (ADR 0097): /places/map/world.svg, /places/map/PL.svg. */
  web.get('/places/map/:file', async (c) => {
    const view = /^(world|[A-Z]{2})\.svg$/.exec(c.req.param('file'))?.[1];
    const svg = view ? await drawPickerMap(deps, view) : null;
    if (!svg) return c.notFound();
    return c.body(svg, 200, {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': 'public, max-age=3600',
    });
  });

  /** What a click at ?x=&y= on the map ?view= picks, for app.js (the same answer the form gets). */
  web.get('/places/at', async (c) => {
    const number = (name: string) => Number((c.req.query(name) ?? '').slice(0, 8));
    const view = (c.req.query('view') ?? 'world').slice(0, 8);
    const result = await placeFromMapClick(
      deps,
      { view, x: number('x'), y: number('y') },
      viewContext(c).locale,
    );
    return c.json(mapAnswerFor(viewContext(c), result));
  });

  web.post('/admin/places', async (c) => {
    const { values } = await readForm(c);
    const withRow = withRowAddedTo(values, placeRowLists);
    if (withRow) return render(c, { newPlace: { values: withRow, errors: {} } });
    try {
      await addPlace(deps, c.var.actor, namesFromRows(values), { requestId: c.get('requestId') });
    } catch (error) {
      const refused = refusal(error);
      if (!refused) throw error;
      return render(
        c,
        { newPlace: { values, errors: refused.fieldErrors } },
        refused.status === 409 ? 409 : 422,
      );
    }
    return redirectWithFlash(c, viewContext(c).href('/admin/places'), 'search.flash.placeAdded');
  });

  web.post('/admin/places/:id/names', async (c) => {
    const placeId = c.req.param('id');
    const { values } = await readForm(c);
    const withRow = withRowAddedTo(values, placeRowLists);
    if (withRow) return render(c, { moreNames: { placeId, state: { values: withRow, errors: {} } } });
    try {
      await addPlaceNames(deps, c.var.actor, placeId, namesFromRows(values), {
        requestId: c.get('requestId'),
      });
    } catch (error) {
      const refused = refusal(error);
      if (!refused) throw error;
      return render(c, { moreNames: { placeId, state: { values, errors: refused.fieldErrors } } }, 422);
    }
    return redirectWithFlash(
      c,
      `${viewContext(c).href('/admin/places')}#place-${encodeURIComponent(placeId)}`,
      'search.flash.placeNamesAdded',
    );
  });

  return web;
}
