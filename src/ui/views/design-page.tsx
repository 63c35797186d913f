import { assetUrl } from '../assets.ts';
import { ListText, Tx } from '../components/bidi.tsx';
import { CheckboxGroup } from '../components/checkbox-group.tsx';
import { ChoiceList } from '../components/choice-list.tsx';
import { countryChoiceGroups } from '../components/choice-options.ts';
import { DataTable } from '../components/data-table.tsx';
import { FilterDisclosure } from '../components/filter-disclosure.tsx';
import { FilterSelect } from '../components/filter-select.tsx';
import { ErrorSummary, TextField, type TFormState } from '../components/form-field.tsx';
import { NewPasswordFields } from '../components/new-password-fields.tsx';
import { Pager } from '../components/pager.tsx';
import { Prose } from '../components/prose.tsx';
import { SelectField } from '../components/select-field.tsx';
import { TextAreaField } from '../components/text-area-field.tsx';
import { timeZoneChoices } from '../components/time-zone-choices.ts';
import { Layout } from '../layout.tsx';
import type { TViewContext } from '../view-context.ts';

/** The colour tokens of app.css, in the order docs/design-system.md lists them. */
export const colourTokens = [
  'ink',
  'ink-soft',
  'paper',
  'surface',
  'line',
  'brand',
  'brand-soft',
  'accent',
  'danger',
  'danger-soft',
  'ok',
  'ok-soft',
  'focus',
] as const;

/**
 * /{locale}/design: each component of the design system (docs/design-system.md) shown live, in the
 * page's language and direction, so a new domain sees what to reuse and how it looks in Arabic too.
 * The sample form is a real GET form: sending it empty shows the error summary and named errors.
 */
/** How many pages the sample list's pager counts. */
export const designListPages = 3;

export function DesignPage({
  ctx,
  form,
  now,
  listPage,
}: {
  ctx: TViewContext;
  form: TFormState;
  /** The instant the time zones' offsets are shown at (the clock's now). */
  now: number;
  /** The sample list's page (1 to designListPages). */
  listPage: number;
}) {
  const { t, i18n } = ctx;
  const literals: Record<string, Record<string, string>> = {
    figures: { intl: 'Intl' },
    prose: { markdown: 'Markdown' },
    disclosure: { element: '<details>' },
    lists: { method: 'GET' },
  };
  const section = (id: (typeof sections)[number], component: string, children: unknown) => (
    <section aria-labelledby={`design-${id}`}>
      <h2 id={`design-${id}`}>{t(`design.${id}.title`)}</h2>
      <p>
        <Tx
          ctx={ctx}
          k={`design.${id}.lead`}
          values={literals[id] ?? {}}
          isolate={Object.keys(literals[id] ?? {})}
        />{' '}
        <code dir="ltr" translate="no">
          {component}
        </code>
      </p>
      <div class="design-specimen">{children}</div>
    </section>
  );
  const common = { ctx, form: 'design', state: form };
  const organisations = ['Red Bogotá Cuida', 'مديرية التنمية الأسرية', 'Fundacja Opieka Razem'];
  return (
    <Layout
      ctx={ctx}
      title={t('design.title')}
      description={t('design.lead', { file: 'docs/design-system.md' })}
    >
      <link rel="stylesheet" href={assetUrl('docs.css')} />
      <div class="design-system">
        <h1>{t('design.title')}</h1>
        <p class="lead">
          <Tx ctx={ctx} k="design.lead" values={{ file: 'docs/design-system.md' }} isolate={['file']} />
        </p>
        <nav aria-labelledby="design-contents">
          <h2 id="design-contents">{t('design.contents')}</h2>
          <ul class="tags">
            {sections.map((id) => (
              <li>
                <a href={`#design-${id}`}>{t(`design.${id}.title`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        {section(
          'tokens',
          'src/ui/static/app.css :root',
          <ul class="design-tokens">
            {colourTokens.map((token) => (
              <li>
                <span class={`design-swatch token-${token}`} aria-hidden="true" />
                <code dir="ltr" translate="no">
                  --{token}
                </code>
              </li>
            ))}
          </ul>,
        )}
        {section(
          'type',
          'h1–h4 .lead .hint .meta .badge',
          <>
            <p class="lead">{t('design.type.sampleLead')}</p>
            <p>{t('design.type.sampleBody')}</p>
            <p class="hint">{t('design.type.sampleHint')}</p>
            <p class="meta">
              <span class="badge">{t('design.type.sampleBadge')}</span>{' '}
              {i18n.formatDate('2026-03-08T10:00:00Z', 'long')}
            </p>
          </>,
        )}
        {section(
          'buttons',
          '.button .button.secondary .button-row',
          <p class="button-row">
            <a class="button" href="#design-buttons">
              {t('design.buttons.primary')}
            </a>{' '}
            <a class="button secondary" href="#design-buttons">
              {t('design.buttons.secondary')}
            </a>
          </p>,
        )}
        {section(
          'notices',
          '.notice.ok .notice.warning .notice.error',
          <>
            <p class="notice ok">{t('design.notices.ok')}</p>
            <p class="notice warning">{t('design.notices.warning')}</p>
            <p class="notice error">{t('design.notices.error')}</p>
          </>,
        )}
        {section(
          'forms',
          'ErrorSummary TextField TextAreaField SelectField (filterLabel) CheckboxGroup ChoiceList',
          <form method="get" action={ctx.href('/design')} novalidate class="design-form">
            <ErrorSummary ctx={ctx} form="design" state={form} />
            <input type="hidden" name="check" value="1" />
            <TextField {...common} name="name" label={t('design.forms.name')} isRequired />
            <TextField
              {...common}
              name="email"
              type="email"
              label={t('design.forms.email')}
              hint={t('design.forms.emailHint')}
              autocomplete="email"
              isRequired
            />
            <TextAreaField {...common} name="about" label={t('design.forms.about')} rows={3} />
            <SelectField
              {...common}
              name="scope"
              label={t('design.forms.scope')}
              placeholder={t('design.forms.choose')}
              options={['local', 'national', 'international'].map((value) => ({
                value,
                label: t(`design.forms.scope.${value}`),
              }))}
            />
            <SelectField
              {...common}
              name="zone"
              label={t('design.forms.zone')}
              placeholder={t('design.forms.choose')}
              options={[]}
              groups={timeZoneChoices(ctx, now)}
              filterLabel={t('common.pickers.zoneFilter')}
            />
            <CheckboxGroup
              {...common}
              name="mail"
              label={t('design.forms.mail')}
              options={['news', 'events'].map((value) => ({ value, label: t(`design.forms.mail.${value}`) }))}
            />
            <ChoiceList
              {...common}
              name="countries"
              label={t('design.forms.countries')}
              groups={countryChoiceGroups(ctx.locale)}
            />
            <button type="submit">{t('design.forms.submit')}</button>
          </form>,
        )}
        {section(
          'passwords',
          'NewPasswordFields',
          <NewPasswordFields
            ctx={ctx}
            form="design-password"
            state={{ values: {}, errors: {} }}
            name="newPassword"
            label={t('design.passwords.label')}
            minLength={10}
            maxLength={256}
          />,
        )}
        {section(
          'lists',
          'FilterSelect DataTable Pager',
          <>
            <form method="get" action={`${ctx.href('/design')}#design-lists`} class="filters">
              <FilterSelect
                name="scope"
                label={t('design.forms.scope')}
                anyLabel={t('design.lists.any')}
                value={typeof form.values.scope === 'string' ? form.values.scope : null}
                options={['local', 'national', 'international'].map((value) => ({
                  value,
                  label: t(`design.forms.scope.${value}`),
                }))}
              />
              <button type="submit" class="secondary">
                {t('design.lists.apply')}
              </button>
            </form>
            <DataTable
              caption={t('design.lists.caption', { page: listPage, pages: designListPages })}
              headers={[t('design.tables.organisation'), t('design.forms.scope')]}
              items={organisations}
              row={(name) => (
                <>
                  <th scope="row">
                    <bdi>{name}</bdi>
                  </th>
                  <td>{t('design.forms.scope.national')}</td>
                </>
              )}
            />
            <Pager
              ctx={ctx}
              messages="design.lists"
              page={listPage}
              pages={designListPages}
              hrefOf={(n) => `${ctx.href('/design')}?page=${n}#design-lists`}
            />
          </>,
        )}
        {section(
          'disclosure',
          'FilterDisclosure details.phone-menu',
          <FilterDisclosure ctx={ctx} count={2}>
            <p>{t('design.disclosure.body')}</p>
          </FilterDisclosure>,
        )}
        {section(
          'cards',
          'ul.cards > li.card',
          <ul class="cards">
            {['one', 'two'].map((n) => (
              <li class="card">
                <h3>{t(`design.cards.${n}.title`)}</h3>
                <p>{t(`design.cards.${n}.body`)}</p>
                <ul class="tags">
                  <li class="tag">{t('design.cards.tag')}</li>
                </ul>
              </li>
            ))}
          </ul>,
        )}
        {section(
          'figures',
          'dl.stats Intl.NumberFormat',
          <dl class="stats">
            <div>
              <dt>{t('design.figures.members')}</dt>
              <dd>{i18n.formatNumber(1284)}</dd>
            </div>
            <div>
              <dt>{t('design.figures.share')}</dt>
              <dd>{i18n.formatNumber(0.375, { style: 'percent', maximumFractionDigits: 1 })}</dd>
            </div>
          </dl>,
        )}
        {section(
          'tables',
          '.table-wrap > table',
          <div class="table-wrap" role="region" tabindex={0} aria-label={t('design.tables.caption')}>
            <table>
              <caption>{t('design.tables.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('design.tables.organisation')}</th>
                  <th scope="col">{t('design.tables.joined')}</th>
                </tr>
              </thead>
              <tbody>
                {organisations.map((name, index) => (
                  <tr>
                    <th scope="row">
                      <bdi>{name}</bdi>
                    </th>
                    <td>{i18n.formatDate(`202${index + 3}-0${index + 2}-15T12:00:00Z`, 'medium')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>,
        )}
        {section(
          'bidi',
          'Tx ListText <bdi> dir="auto"',
          <>
            <p>
              <Tx
                ctx={ctx}
                k="design.bidi.partners"
                nodes={{ list: <ListText ctx={ctx} items={organisations} /> }}
              />
            </p>
            <p>
              <Tx
                ctx={ctx}
                k="design.bidi.zone"
                values={{ zone: 'Asia/Muscat, UTC+04:00', format: '.ics' }}
                isolate={['zone', 'format']}
              />
            </p>
          </>,
        )}
        {section(
          'prose',
          'Prose (Markdown, sanitised)',
          <Prose text={t('design.prose.sample')} lang={ctx.locale} />,
        )}
      </div>
    </Layout>
  );
}

export const sections = [
  'tokens',
  'type',
  'buttons',
  'notices',
  'forms',
  'passwords',
  'lists',
  'disclosure',
  'cards',
  'figures',
  'tables',
  'bidi',
  'prose',
] as const;
