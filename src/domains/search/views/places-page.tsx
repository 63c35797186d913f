import { countriesSorted, countryName } from '../../../i18n/names.ts';
import {
  CsrfField,
  controlAttributes,
  ErrorSummary,
  formValue,
  LabelledField,
  TextField,
  type TFormState,
} from '../../../ui/components/form-field.tsx';
import { RowFields } from '../../../ui/components/row-fields.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TGazetteerPlace } from '../search.record.ts';

/** A place's names, one a row ("Add another name" without a script: the server adds a row). */
function NameRows(props: {
  ctx: TViewContext;
  form: string;
  state: TFormState;
  legend: string;
  hint?: string;
}) {
  const { ctx, form, state } = props;
  const { t } = ctx;
  return (
    <RowFields
      ctx={ctx}
      form={form}
      state={state}
      name="names"
      legend={props.legend}
      hint={props.hint}
      rowLegend={(n) => t('search.places.nameRow', { n })}
      addLabel={t('search.places.addName')}
      labels={(key) => t(`search.places.${key}`)}
      parts={[{ text: 'placeName', id: 'name', label: 'name', maxLength: 80 }]}
    />
  );
}

/**
 * /admin/places: the gazetteer's places with every name they go by, a form to add a place, and on
 * each place a form to add names (another language, script or spelling).
 */
export function PlacesPage({
  ctx,
  places,
  newPlace,
  moreNames,
}: {
  ctx: TViewContext;
  places: readonly TGazetteerPlace[];
  newPlace: TFormState;
  moreNames: { placeId: string; state: TFormState } | null;
}) {
  const { t } = ctx;
  const form = 'place';
  const countryAttributes = controlAttributes({ ctx, form, name: 'country', label: '', state: newPlace });
  const chosen = formValue(newPlace.values, 'country');
  return (
    <Layout ctx={ctx} title={t('search.places.title')} isPrivate>
      <p class="no-print">
        <a href={ctx.href('/admin')}>{t('search.places.back')}</a>
      </p>
      <h1>{t('search.places.title')}</h1>
      <p class="lead">{t('search.places.lead')}</p>
      <section aria-labelledby="new-place-title">
        <h2 id="new-place-title">{t('search.places.addTitle')}</h2>
        <ErrorSummary ctx={ctx} form={form} state={newPlace} />
        <form novalidate class="stack" method="post" action={ctx.href('/admin/places')}>
          <CsrfField ctx={ctx} />
          <TextField
            ctx={ctx}
            form={form}
            name="id"
            label={t('search.places.id')}
            hint={t('search.places.idHint')}
            state={newPlace}
            isRequired
            maxLength={40}
          />
          <LabelledField
            ctx={ctx}
            form={form}
            name="country"
            label={t('search.places.country')}
            state={newPlace}
          >
            <select {...countryAttributes} name="country" required>
              <option value="">{t('search.places.chooseCountry')}</option>
              {countriesSorted(ctx.locale).map((c) => (
                <option value={c.code} selected={c.code === chosen}>
                  {c.name}
                </option>
              ))}
            </select>
          </LabelledField>
          <NameRows
            ctx={ctx}
            form={form}
            state={newPlace}
            legend={t('search.places.names')}
            hint={t('search.places.nameRowsHint')}
          />
          <p>
            <button type="submit">{t('search.places.add')}</button>
          </p>
        </form>
      </section>
      <section aria-labelledby="places-title">
        <h2 id="places-title">{t('search.places.listTitle', { count: places.length })}</h2>
        <ul class="stack">
          {places.map((place) => {
            const state = moreNames?.placeId === place.id ? moreNames.state : { values: {}, errors: {} };
            const placeForm = `names-${place.id}`;
            return (
              <li id={`place-${place.id}`}>
                <h3>
                  <bdi>{place.names[0] ?? place.id}</bdi>{' '}
                  <span class="meta">({countryName(ctx.locale, place.country)})</span>
                </h3>
                <p>
                  {place.names.map((name, i) => (
                    <>
                      {i > 0 ? ' · ' : ''}
                      <bdi dir="auto">{name}</bdi>
                    </>
                  ))}
                </p>
                <ErrorSummary ctx={ctx} form={placeForm} state={state} />
                <form
                  novalidate
                  class="inline-form"
                  method="post"
                  action={ctx.href(`/admin/places/${encodeURIComponent(place.id)}/names`)}
                >
                  <CsrfField ctx={ctx} />
                  <NameRows
                    ctx={ctx}
                    form={placeForm}
                    state={state}
                    legend={t('search.places.moreNames', { place: place.names[0] ?? place.id })}
                  />
                  <button type="submit" class="secondary">
                    {t('search.places.addNames')}
                  </button>
                </form>
              </li>
            );
          })}
        </ul>
      </section>
    </Layout>
  );
}
