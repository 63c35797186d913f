import type { TFormState } from '../../../ui/components/form-field.tsx';
import { FormFields } from '../../../ui/components/form-fields.tsx';
import { PostForm } from '../../../ui/components/post-form.tsx';
import { Prose } from '../../../ui/components/prose.tsx';
import { TextAreaField } from '../../../ui/components/text-area-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { readChampionsPage } from '../champions.service.ts';
import type { TOrganizationRecord } from '../organizations.record.ts';
import { displayName } from '../organizations.service.ts';

type TChampionsView = Awaited<ReturnType<typeof readChampionsPage>>;

/** The Care Champions: the criteria the secretariat publishes, then each champion with its citation. */
export function ChampionsPage({ ctx, page }: { ctx: TViewContext; page: TChampionsView }) {
  const { t, i18n } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('organizations.champion.title')}
      description={t('organizations.champion.lead')}
    >
      <h1>{t('organizations.champion.title')}</h1>
      <p class="lead">{t('organizations.champion.lead')}</p>
      <section aria-labelledby="criteria-title">
        <h2 id="criteria-title">{t('organizations.champion.criteriaTitle')}</h2>
        {page.criteria ? (
          <Prose text={page.criteria} lang={page.criteriaLanguage ?? undefined} />
        ) : (
          <p>{t('organizations.champion.defaultCriteria')}</p>
        )}
        {page.canEditCriteria ? (
          <p>
            <a href={ctx.href('/members/champions/criteria')}>{t('organizations.champion.editCriteria')}</a>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="champions-title">
        <h2 id="champions-title">
          {t('organizations.champion.listTitle', { count: page.champions.length })}
        </h2>
        {page.champions.length === 0 ? <p>{t('organizations.champion.none')}</p> : null}
        <ul class="cards">
          {page.champions.map((c) => {
            const names =
              (JSON.parse(c.translations || '{}') as { name?: Record<string, string> }).name ?? {};
            return (
              <li class="card">
                <h3>
                  <a href={ctx.href(`/members/${encodeURIComponent(c.slug)}`)} dir="auto">
                    {displayName({ name: c.name, nameTranslations: names }, ctx.locale)}
                  </a>
                </h3>
                {c.citation ? <p dir="auto">{c.citation}</p> : null}
                {c.championSince ? (
                  <p class="hint">
                    {t('organizations.champion.since', { date: i18n.formatDate(c.championSince, 'long') })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
    </Layout>
  );
}

export function CriteriaFormPage({ ctx, state }: { ctx: TViewContext; state: TFormState }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('organizations.champion.editCriteria')} isPrivate>
      <h1>{t('organizations.champion.editCriteria')}</h1>
      <p>{t('organizations.champion.criteriaHint')}</p>
      <PostForm ctx={ctx} form="criteria" state={state} action={ctx.href('/members/champions/criteria')}>
        <TextAreaField
          ctx={ctx}
          form="criteria"
          name="body"
          label={t('organizations.champion.criteriaTitle')}
          state={state}
          rows={14}
          maxLength={20_000}
        />
        <button type="submit">{t('organizations.form.save')}</button>
      </PostForm>
    </Layout>
  );
}

export function ChampionFormPage({
  ctx,
  organization,
  state,
}: {
  ctx: TViewContext;
  organization: TOrganizationRecord;
  state: TFormState;
}) {
  const { t } = ctx;
  const name = displayName(organization, ctx.locale);
  const options = [
    { value: '1', label: t('organizations.champion.yes') },
    { value: '0', label: t('organizations.champion.no') },
  ];
  return (
    <Layout ctx={ctx} title={t('organizations.champion.manageTitle', { name })} isPrivate>
      <h1>{t('organizations.champion.manageTitle', { name })}</h1>
      <PostForm
        ctx={ctx}
        form="champion"
        state={state}
        action={ctx.href(`/members/${encodeURIComponent(organization.slug)}/champion`)}
      >
        <FormFields
          ctx={ctx}
          form="champion"
          state={state}
          labels={(key) => t(`organizations.champion.${key}`)}
          fields={[
            { select: 'isChampion', label: 'status', placeholder: t('organizations.form.choose'), options },
            { area: 'citation', hint: 'citationHint', rows: 5, maxLength: 2000 },
            { text: 'since', label: 'sinceLabel', hint: 'sinceHint' },
          ]}
        />
        <button type="submit">{t('organizations.form.save')}</button>
      </PostForm>
    </Layout>
  );
}
