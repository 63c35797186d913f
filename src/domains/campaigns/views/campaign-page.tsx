import { countryName } from '../../../i18n/names.ts';
import { renderMarkdown } from '../../../platform/markdown.ts';
import { assetUrl } from '../../../ui/assets.ts';
import { Tx } from '../../../ui/components/bidi.tsx';
import { ButtonForm } from '../../../ui/components/button-form.tsx';
import { FileField } from '../../../ui/components/file-field.tsx';
import { ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { Prose } from '../../../ui/components/prose.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { campaignText, formatFileSize, materialTypeOf } from '../campaign-display.ts';
import { materialMaxBytes } from '../campaign-materials.service.ts';
import type { TCampaign, TCampaignMaterial, TEndorsement } from '../campaigns.record.ts';
import { CampaignSummary, liveEndorsementCountUrl } from './campaign-summary.tsx';
import { EndorsersMap } from './endorsers-map.tsx';

export type TCampaignPageProps = {
  ctx: TViewContext;
  campaign: TCampaign;
  endorsements: TEndorsement[];
  /** Organisations the reader may endorse for that have not endorsed yet. */
  endorseChoices: { slug: string; name: string }[];
  /** Organisations the reader speaks for that have endorsed (they may withdraw). */
  withdrawable: string[];
  endorseState: TFormState;
  /** Files and images the leads uploaded. */
  materials: TCampaignMaterial[];
  materialState: TFormState;
  permissions: {
    canEdit: boolean;
    canPublish: boolean;
    canClose: boolean;
    canUnpublish: boolean;
    canEndorse: boolean;
  };
  publicUrl: string;
};

/** A campaign: goal, call to action, scope and period, materials, the endorsers (live count, list by country). */
export function CampaignPage(props: TCampaignPageProps) {
  const { ctx, campaign, endorsements, permissions } = props;
  const { t, locale } = ctx;
  const text = campaignText(campaign, locale);
  const base = `/campaigns/${encodeURIComponent(campaign.slug)}`;
  const byCountry = new Map<string, number>();
  for (const e of endorsements) for (const c of e.countries) byCountry.set(c, (byCountry.get(c) ?? 0) + 1);
  const countries = [...byCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const structured = {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': `${props.publicUrl}/${locale}${base}`,
    name: text.title,
    abstract: text.goal,
    inLanguage: text.language,
    ...(campaign.organization
      ? { creator: { '@type': 'Organization', name: campaign.organization.name } }
      : {}),
    interactionStatistic: {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/AgreeAction',
      userInteractionCount: campaign.endorsementCount,
    },
  };
  return (
    <Layout
      ctx={ctx}
      title={text.title}
      description={text.callToAction}
      structuredData={campaign.status === 'draft' ? [] : [structured]}
      openGraph={{
        title: text.title,
        description: text.callToAction,
        url: `${props.publicUrl}/${locale}${base}`,
        image: campaign.imageUrl ? { url: campaign.imageUrl, alt: campaign.imageAlt ?? '' } : undefined,
      }}
    >
      <article lang={text.language}>
        <p class="badges" lang={locale}>
          <span class="badge">{t(`campaigns.scope.${campaign.scope}`)}</span>{' '}
          {campaign.status !== 'published' ? (
            <span class="badge warn">{t(`campaigns.status.${campaign.status}`)}</span>
          ) : null}
        </p>
        <h1 dir="auto">{text.title}</h1>
        <p class="lead" dir="auto">
          {text.callToAction}
        </p>
        <div class="record-layout" lang={locale}>
          <CampaignSummary ctx={ctx} campaign={campaign} materials={props.materials} />
          <div class="record-main" lang={text.language}>
            <h2 lang={locale}>{t('campaigns.goal')}</h2>
            <Prose text={text.goal} />
            {text.body ? (
              <div class="prose" dir="auto" dangerouslySetInnerHTML={{ __html: renderMarkdown(text.body) }} />
            ) : null}
          </div>
        </div>
      </article>
      <Materials {...props} base={base} />
      <section aria-labelledby="endorsers-title">
        <h2 id="endorsers-title">{t('campaigns.endorsers')}</h2>
        <p
          class="endorsement-count"
          role="status"
          data-count={String(campaign.endorsementCount)}
          data-live-count={liveEndorsementCountUrl(campaign, locale)}
        >
          {t('campaigns.endorsedBy', { count: campaign.endorsementCount })}
        </p>
        {campaign.status === 'published' ? <script src={assetUrl('campaign-count.js')} defer /> : null}
        <ErrorSummary ctx={ctx} form="endorse" state={props.endorseState} />
        {permissions.canEndorse && props.endorseChoices.length > 0 ? (
          <form method="post" action={ctx.href(`${base}/endorse`)} class="stack" novalidate>
            <input type="hidden" name="_csrf" value={ctx.csrfToken} />
            {props.endorseChoices.length === 1 && props.endorseChoices[0] ? (
              <p>
                <input type="hidden" name="organization" value={props.endorseChoices[0].slug} />
                <Tx
                  ctx={ctx}
                  k="campaigns.endorseAsOne"
                  values={{ organization: props.endorseChoices[0].name }}
                  isolate={['organization']}
                />
              </p>
            ) : (
              <SelectField
                ctx={ctx}
                form="endorse"
                name="organization"
                label={t('campaigns.endorseAs')}
                state={props.endorseState}
                placeholder={t('campaigns.choose')}
                options={props.endorseChoices.map((o) => ({ value: o.slug, label: o.name }))}
              />
            )}
            <TextField
              ctx={ctx}
              form="endorse"
              name="statement"
              label={t('campaigns.statement')}
              state={props.endorseState}
            />
            <button type="submit">{t('campaigns.endorse')}</button>
          </form>
        ) : null}
        {countries.length > 0 ? (
          <>
            <h3>{t('campaigns.byCountry')}</h3>
            <EndorsersMap ctx={ctx} counts={byCountry} campaignSlug={campaign.slug} />
            <ul class="inline-list">
              {countries.map(([code, n]) => (
                <li>{t('campaigns.countryCount', { country: countryName(locale, code), count: n })}</li>
              ))}
            </ul>
          </>
        ) : null}
        <ul>
          {endorsements.map((e) => (
            <li>
              <a href={ctx.href(`/members/${encodeURIComponent(e.slug)}`)}>
                <bdi>{e.nameTranslations[locale] ?? e.name}</bdi>
              </a>
              {e.statement ? (
                <blockquote class="endorsement-quote" dir="auto">
                  <p>{e.statement}</p>
                </blockquote>
              ) : null}
              {props.withdrawable.includes(e.slug) ? (
                <ButtonForm
                  ctx={ctx}
                  action={ctx.href(`${base}/endorsements/${encodeURIComponent(e.slug)}/withdraw`)}
                  buttonClass="link"
                >
                  {t('campaigns.withdraw')}
                </ButtonForm>
              ) : null}
            </li>
          ))}
        </ul>
        <p>
          <a href={ctx.href(`${base}/endorsers.csv`)}>{t('campaigns.csv')}</a>
        </p>
      </section>
      {permissions.canEdit ? (
        <section aria-labelledby="lead-title">
          <h2 id="lead-title">{t('campaigns.forLeads')}</h2>
          <p class="actions">
            <a class="button secondary" href={ctx.href(`${base}/edit`)}>
              {t('campaigns.edit')}
            </a>
          </p>
          {permissions.canPublish || permissions.canClose ? (
            <ButtonForm
              ctx={ctx}
              action={ctx.href(`${base}/${permissions.canPublish ? 'publish' : 'close'}`)}
            >
              {permissions.canPublish ? t('campaigns.publish') : t('campaigns.close')}
            </ButtonForm>
          ) : null}
          {permissions.canUnpublish ? (
            <ButtonForm ctx={ctx} action={ctx.href(`${base}/unpublish`)} buttonClass="secondary">
              {t('campaigns.unpublish')}
            </ButtonForm>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}

/** The campaign's materials: uploaded files and images (type, size, download), then links; leads add and remove. */
function Materials(props: TCampaignPageProps & { base: string }) {
  const { ctx, campaign, materials, permissions, base } = props;
  const { t } = ctx;
  if (materials.length === 0 && campaign.materials.length === 0 && !permissions.canEdit) return null;
  const fileUrl = (m: TCampaignMaterial) => ctx.href(`${base}/materials/${encodeURIComponent(m.id)}`);
  return (
    <section aria-labelledby="materials-title">
      <h2 id="materials-title">{t('campaigns.materials')}</h2>
      {materials.length > 0 || campaign.materials.length > 0 ? (
        <ul class="materials">
          {materials.map((m) => (
            <li>
              {m.kind === 'image' ? (
                <figure class="featured">
                  <img
                    src={fileUrl(m)}
                    alt={m.alt ?? ''}
                    width={m.width ?? undefined}
                    height={m.height ?? undefined}
                    loading="lazy"
                  />
                  <figcaption>{m.title}</figcaption>
                </figure>
              ) : null}
              <a href={`${fileUrl(m)}?download=1`} download>
                {m.kind === 'image' ? t('campaigns.materialDownload') : m.title}
              </a>{' '}
              <span class="hint">
                {t('campaigns.materialFacts', {
                  type: t(`campaigns.materialType.${materialTypeOf(m.contentType)}`),
                  size: formatFileSize(ctx.i18n.formatNumber, m.byteSize),
                })}
              </span>
              {permissions.canEdit ? (
                <ButtonForm
                  ctx={ctx}
                  action={ctx.href(`${base}/materials/${encodeURIComponent(m.id)}/remove`)}
                  buttonClass="link"
                >
                  {t('campaigns.materialRemove', { title: m.title })}
                </ButtonForm>
              ) : null}
            </li>
          ))}
          {campaign.materials.map((m) => (
            <li>
              {m.kind === 'image' ? (
                <figure class="featured">
                  <img src={m.url} alt={m.alt ?? ''} loading="lazy" />
                  <figcaption>
                    <a href={m.url}>{m.title}</a>
                  </figcaption>
                </figure>
              ) : (
                <a href={m.url} rel="noopener noreferrer">
                  {m.title}
                </a>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {permissions.canEdit ? (
        <form
          method="post"
          action={ctx.href(`${base}/materials`)}
          class="stack"
          enctype="multipart/form-data"
          novalidate
        >
          <input type="hidden" name="_csrf" value={ctx.csrfToken} />
          <h3>{t('campaigns.materialAddTitle')}</h3>
          <ErrorSummary ctx={ctx} form="material" state={props.materialState} />
          <FileField
            ctx={ctx}
            form="material"
            name="file"
            label={t('campaigns.field.materialFile')}
            hint={t('campaigns.field.materialFileHint', { megabytes: materialMaxBytes / (1024 * 1024) })}
            state={props.materialState}
            accept=".pdf,.docx,.png,.jpg,.jpeg,.webp"
          />
          <TextField
            ctx={ctx}
            form="material"
            name="title"
            label={t('campaigns.field.materialTitle')}
            state={props.materialState}
            maxLength={300}
          />
          <TextField
            ctx={ctx}
            form="material"
            name="alt"
            label={t('campaigns.field.materialAlt')}
            hint={t('campaigns.field.materialAltHint')}
            state={props.materialState}
            maxLength={500}
          />
          <button type="submit" class="secondary">
            {t('campaigns.materialAdd')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
