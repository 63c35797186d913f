import type { Child } from 'hono/jsx';
import type { TFormValues } from '../../core/validation.ts';
import { countryName } from '../../i18n/names.ts';
import { pickerMapSize, type TMapClickResult } from '../../platform/picker-map.ts';
import { zoneOfPlace } from '../../platform/zone-at-point.ts';
import type { TViewContext } from '../view-context.ts';
import { Tx } from './bidi.tsx';
import { FieldMessages, fieldId, formValue, formValues, type TFormState } from './form-field.tsx';

/**
 * Places picked from the gazetteer instead of typed as "Kraków; PL; 50.06; 19.94" (ADR 0060).
 *
 * A place travels in the form as one opaque value (JSON of name, country and coordinates), under one
 * name: a check box per chosen place (several) or a radio button (one). The person types a city in
 * any language in the search box and presses "Find the place": without JavaScript the server answers
 * with the form again, everything kept, and the matching places as more boxes to tick; with app.js the
 * matches come from `searchUrl` as the person types and appear in place. A name the gazetteer does not
 * know can still be kept as typed, without a country or a map position.
 */
export type TPlaceValue = {
  name: string;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
};

export function encodePlace(place: TPlaceValue): string {
  return JSON.stringify({
    name: place.name,
    country: place.country,
    latitude: place.latitude,
    longitude: place.longitude,
  });
}

const coordinate = (value: unknown, limit: number) =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit ? value : null;

/** A place sent by the form, or null when the value is not one (a forged or broken value). */
export function decodePlace(value: string): TPlaceValue | null {
  try {
    const raw = JSON.parse(value) as Record<string, unknown>;
    if (typeof raw !== 'object' || raw === null || typeof raw.name !== 'string') return null;
    const name = raw.name.trim();
    if (name === '') return null;
    return {
      name,
      country: typeof raw.country === 'string' && /^[A-Z]{2}$/.test(raw.country) ? raw.country : null,
      latitude: coordinate(raw.latitude, 90),
      longitude: coordinate(raw.longitude, 180),
    };
  } catch {
    return null;
  }
}

/** The label of a place: "Kraków (Poland)", the country in the reader's language. */
export function placeLabel(ctx: TViewContext, place: TPlaceValue): string {
  return place.country
    ? ctx.t('common.pickers.placeInCountry', {
        name: place.name,
        country: countryName(ctx.locale, place.country),
      })
    : place.name;
}

/** A typed name the gazetteer does not have exactly, offered as it is (no country, no position). */
function asTypedPlace(query: string, found: readonly TPlaceValue[]): TPlaceValue | null {
  const name = query.trim();
  if (name === '' || found.some((p) => p.name.toLocaleLowerCase() === name.toLocaleLowerCase())) return null;
  return { name, country: null, latitude: null, longitude: null };
}

/**
 * What the search answers app.js: a sentence for the reader and each match as a box's value, label and
 * zone (where the place keeps its clocks, for an event's zone to follow it).
 */
export function placeChoicesFor(ctx: TViewContext, query: string, found: readonly TPlaceValue[]) {
  const asTyped = asTypedPlace(query, found);
  return {
    message:
      found.length > 0
        ? ctx.t('common.pickers.placesFound', { count: found.length, query })
        : ctx.t('common.pickers.noPlaceFound', { query }),
    places: [
      ...found.map((p) => ({ value: encodePlace(p), label: placeLabel(ctx, p), zone: zoneOfPlace(p) })),
      ...(asTyped
        ? [
            {
              value: encodePlace(asTyped),
              // The typed name between Unicode isolates (FSI … PDI), as <bdi> does on the server's page:
              // app.js puts the label in as text, and "Kraków" must not take an Arabic sentence's brackets.
              label: ctx.t('common.pickers.useAsTyped', { name: `\u2068${asTyped.name}\u2069` }),
              zone: null,
            },
          ]
        : []),
    ],
  };
}

type TPlacePickerProps = {
  ctx: TViewContext;
  form: string;
  state: TFormState;
  /** The name the chosen places are sent under (and errors keyed by). */
  name: string;
  label: string;
  hint?: string;
  /** One place (radio buttons, with "none") or several (check boxes). */
  isSingle?: boolean;
  /** Places found for what was typed (the no-script "Find the place"); null when nothing was asked. */
  candidates: readonly TPlaceValue[] | null;
  /** GET ?q= answers [{ value, label }] for app.js. */
  searchUrl: string;
};

export const placeQueryName = (name: string) => `${name}Query`;

/**
 * "Or click on a map" (ADR 0097): the fields a place map adds to a form, under the picker's name. The
 * map is an `<input type="image">`, so a click without a script sends `placeMap.x` and `placeMap.y`;
 * `placeMapView` is the map shown ("world" or a country code); the note and the place picked are set
 * by the server's answer for the page it renders, never sent back.
 */
const mapFields = (name: string) => ({
  x: `${name}Map.x`,
  y: `${name}Map.y`,
  view: `${name}MapView`,
  note: `${name}MapNote`,
  picked: `${name}MapPicked`,
});

/** A click a no-script form sent on the picker's map, "world" for "Back to the world map", or null. */
export function mapClickIn(
  values: TFormValues,
  name: string,
): { view: string; x: number; y: number } | 'world' | null {
  const f = mapFields(name);
  if (formValue(values, '_map') === name) return 'world';
  const x = formValue(values, f.x);
  const y = formValue(values, f.y);
  if (!/^\d{1,4}$/.test(x) || !/^\d{1,4}$/.test(y)) return null;
  return { view: formValue(values, f.view) || 'world', x: Number(x), y: Number(y) };
}

/**
 * The form's values after a map click: the map to show next, the note to show, and the place found
 * chosen (the one radio button, or one more ticked box); everything else as it was.
 */
export function withMapResult(
  values: TFormValues,
  name: string,
  isSingle: boolean,
  result: TMapClickResult | 'world',
): TFormValues {
  const f = mapFields(name);
  const next: TFormValues = { ...values };
  for (const key of [f.x, f.y, f.note, f.picked, '_map']) delete next[key];
  if (result === 'world') return { ...next, [f.view]: 'world' };
  next[f.view] = result.view;
  next[f.note] = result.kind;
  if (result.kind === 'place') {
    const value = encodePlace(result.place);
    next[f.picked] = value;
    const current = values[name];
    const list = (Array.isArray(current) ? current : current ? [current] : []).filter((v) => v !== '');
    next[name] = isSingle ? value : list.includes(value) ? list : [...list, value];
  }
  return next;
}

function mapAlt(ctx: TViewContext, view: string): string {
  return view === 'world'
    ? ctx.t('common.pickers.mapWorldAlt')
    : ctx.t('common.pickers.mapCountryAlt', { country: countryName(ctx.locale, view) });
}

/** What app.js is told after a click on a map: the map to show next, a sentence, the place found. */
export function mapAnswerFor(ctx: TViewContext, result: TMapClickResult) {
  const isolate = (text: string) => `\u2068${text}\u2069`;
  const place = result.kind === 'place' ? result.place : null;
  const zone = place ? zoneOfPlace(place) : null;
  return {
    kind: result.kind,
    view: result.view,
    src: ctx.href(`/places/map/${result.view}.svg`),
    alt: mapAlt(ctx, result.view),
    ...pickerMapSize(result.view),
    note:
      result.kind === 'zoom'
        ? ctx.t('common.pickers.mapZoomed', { country: countryName(ctx.locale, result.view) })
        : place
          ? zone
            ? ctx.t('common.pickers.mapProposed', {
                place: isolate(placeLabel(ctx, place)),
                zone: isolate(zone),
              })
            : ctx.t('common.pickers.mapProposedNoZone', { place: isolate(placeLabel(ctx, place)) })
          : ctx.t('common.pickers.mapMissed'),
    place: place ? { value: encodePlace(place), label: placeLabel(ctx, place), zone } : null,
  };
}

/**
 * The form's values after a click on the map beside an organisation's city (a text field, with the
 * countries as boxes): the city's name written in, its country ticked, the map and note as above.
 */
export function withCityFromMap(values: TFormValues, result: TMapClickResult | 'world'): TFormValues {
  const next = withMapResult(values, 'city', true, result);
  next.city = values.city ?? '';
  if (result !== 'world' && result.kind === 'place') {
    next.city = result.place.name;
    const country = result.place.country;
    const current = values.countries;
    const list = (Array.isArray(current) ? current : current ? [current] : []).filter((v) => v !== '');
    if (country) next.countries = list.includes(country) ? list : [...list, country];
  }
  return next;
}

/**
 * The map under a place search (or beside an organisation's city, `isCityField`): a world map to
 * click a country on, then that country's map.
 */
export function PlaceMap(props: {
  ctx: TViewContext;
  id: string;
  name: string;
  values: TFormValues;
  isCityField?: boolean;
}) {
  const { ctx, id, name, values } = props;
  const f = mapFields(name);
  const asked = formValue(values, f.view);
  const view = asked === 'world' || /^[A-Z]{2}$/.test(asked) ? asked : 'world';
  const note = formValue(values, f.note);
  const picked = note === 'place' ? decodePlace(formValue(values, f.picked)) : null;
  const zone = picked ? zoneOfPlace(picked) : null;
  const size = pickerMapSize(view);
  return (
    <details class="place-map" open={view !== 'world' || note !== ''} data-place-map-box="">
      <summary>{ctx.t('common.pickers.mapOr')}</summary>
      <p class="hint" id={`${id}-map-hint`}>
        {ctx.t('common.pickers.mapHint')}
      </p>
      <p class="hint" aria-live="polite" data-place-map-note="">
        {note === 'zoom' ? (
          <Tx
            ctx={ctx}
            k="common.pickers.mapZoomed"
            values={{ country: countryName(ctx.locale, view) }}
            isolate={['country']}
          />
        ) : picked ? (
          zone ? (
            <Tx
              ctx={ctx}
              k="common.pickers.mapProposed"
              values={{ place: placeLabel(ctx, picked), zone }}
              isolate={['place', 'zone']}
            />
          ) : (
            <Tx
              ctx={ctx}
              k="common.pickers.mapProposedNoZone"
              values={{ place: placeLabel(ctx, picked) }}
              isolate={['place']}
            />
          )
        ) : note === 'missed' ? (
          ctx.t('common.pickers.mapMissed')
        ) : null}
      </p>
      <input type="hidden" name={f.view} value={view} data-place-map-view="" />
      {/* A map is not mirrored on right-to-left pages: east stays to the right, x to the east. */}
      <div class="place-map-frame" dir="ltr">
        <input
          type="image"
          name={`${name}Map`}
          src={ctx.href(`/places/map/${view}.svg`)}
          width={size.width}
          height={size.height}
          alt={mapAlt(ctx, view)}
          formnovalidate
          aria-describedby={`${id}-map-hint`}
          data-form-step=""
          data-place-map=""
          data-at-url={ctx.href('/places/at')}
          data-world-alt={ctx.t('common.pickers.mapWorldAlt')}
          data-city-field={props.isCityField ? '' : undefined}
        />
      </div>
      <button
        type="submit"
        class="secondary"
        name="_map"
        value={name}
        formnovalidate
        data-form-step=""
        hidden={view === 'world'}
      >
        {ctx.t('common.pickers.mapWorld')}
      </button>
    </details>
  );
}

export function PlacePicker(props: TPlacePickerProps) {
  const { ctx, form, state, name, isSingle = false } = props;
  const { t } = ctx;
  const id = fieldId(form, name);
  const error = state.errors[name];
  const queryName = placeQueryName(name);
  const chosenValues = (isSingle ? [formValue(state.values, name)] : formValues(state, name)).filter(
    (v) => v !== '',
  );
  const chosen = chosenValues.map(decodePlace).filter((p): p is TPlaceValue => p !== null);
  const chosenKeys = new Set(chosen.map(encodePlace));
  const query = formValue(state.values, queryName).trim();
  const found = (props.candidates ?? []).filter((p) => !chosenKeys.has(encodePlace(p)));
  const asTyped = props.candidates !== null ? asTypedPlace(query, props.candidates) : null;
  // After a search the box is empty again, so that the next save saves instead of searching again.
  let index = 0;
  const choice = (
    place: TPlaceValue,
    isChecked: boolean,
    label: Child = <bdi>{placeLabel(ctx, place)}</bdi>,
  ) => {
    const boxId = `${id}-${index++}`;
    return (
      <li>
        <input
          type={isSingle ? 'radio' : 'checkbox'}
          id={boxId}
          name={name}
          value={encodePlace(place)}
          checked={isChecked}
          data-zone={zoneOfPlace(place) ?? undefined}
        />{' '}
        <label for={boxId}>{label}</label>
      </li>
    );
  };
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      class="field place-picker"
      id={id}
      data-place-picker=""
      data-search-url={props.searchUrl}
      data-single={isSingle ? '' : undefined}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? 'true' : undefined}
    >
      <legend>{props.label}</legend>
      <FieldMessages ctx={ctx} id={id} hint={props.hint} error={error} />
      <ul class="checkboxes" data-place-chosen="">
        {isSingle ? (
          <li>
            <input type="radio" id={`${id}-none`} name={name} value="" checked={chosen.length === 0} />{' '}
            <label for={`${id}-none`}>{t('common.pickers.noPlace')}</label>
          </li>
        ) : null}
        {chosen.map((place) => choice(place, true))}
      </ul>
      <div class="place-search">
        <label for={`${id}-query`}>{t('common.pickers.placeQuery')}</label>
        <p class="hint" id={`${id}-query-hint`}>
          {t('common.pickers.placeQueryHint')}
        </p>
        <div class="place-search-row">
          <input
            type="search"
            id={`${id}-query`}
            name={queryName}
            value={props.candidates !== null ? '' : query}
            autocomplete="off"
            aria-describedby={`${id}-query-hint`}
            data-place-query=""
            dir="auto"
          />
          <button
            type="submit"
            class="secondary"
            name="_find"
            value={name}
            formnovalidate
            data-form-step=""
            data-place-find=""
          >
            {t('common.pickers.findPlace')}
          </button>
        </div>
      </div>
      <PlaceMap ctx={ctx} id={id} name={name} values={state.values} />
      <div data-place-results="" aria-live="polite">
        {props.candidates !== null ? (
          <>
            <p class="hint">
              {found.length > 0 ? (
                <Tx
                  ctx={ctx}
                  k="common.pickers.placesFound"
                  values={{ count: found.length, query }}
                  isolate={['query']}
                />
              ) : (
                <Tx ctx={ctx} k="common.pickers.noPlaceFound" values={{ query }} isolate={['query']} />
              )}
            </p>
            <ul class="checkboxes">
              {found.map((place) => choice(place, false))}
              {asTyped
                ? choice(
                    asTyped,
                    false,
                    <Tx
                      ctx={ctx}
                      k="common.pickers.useAsTyped"
                      values={{ name: query }}
                      isolate={['name']}
                    />,
                  )
                : null}
            </ul>
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
