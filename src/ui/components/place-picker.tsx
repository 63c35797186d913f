import type { Child } from 'hono/jsx';
import { countryName } from '../../i18n/names.ts';
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
