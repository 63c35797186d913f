import { type Context, Hono } from 'hono';
import { isCurator, writerOrganizationIds } from '../../core/actor.ts';
import { postPageForms } from '../../core/page-form-posts.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { toCsvTable } from '../../platform/csv.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { attachmentHeader } from '../../platform/storage.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { filledRows, withRowAddedTo } from '../../ui/components/repeatable-rows.tsx';
import { renderPage } from '../../ui/render.ts';
import { signInPath } from '../accounts/index.ts';
import { listMemberOrganizationChoices } from '../events/index.ts';
import {
  addCampaignMaterial,
  readCampaignMaterial,
  readCampaignMaterials,
  removeCampaignMaterial,
} from './campaign-materials.service.ts';
import { can } from './campaigns.policy.ts';
import type { TCampaignInputRaw } from './campaigns.schemas.ts';
import {
  createCampaign,
  endorseCampaign,
  moveCampaign,
  readCampaign,
  updateCampaign,
  withdrawEndorsement,
} from './campaigns.service.ts';
import { readCampaignsIndex, type TCampaign } from './campaigns-read.service.ts';
import { CampaignFormPage } from './views/campaign-form-page.tsx';
import { CampaignPage } from './views/campaign-page.tsx';
import { CampaignsIndexPage } from './views/campaigns-index-page.tsx';

/** The states of the campaign page's forms, each shown blank unless given. */
type TPageStates = { endorse?: TFormState; material?: TFormState };

/** After a POST: back to a campaign's page with a message it shows once. */
function redirectToCampaign(c: Context<TAppEnv>, slug: string, messageKey: string): Response {
  return redirectWithFlash(c, viewContext(c).href(`/campaigns/${encodeURIComponent(slug)}`), messageKey);
}

function all(values: TFormValues, key: string): string[] {
  const v = values[key];
  return (Array.isArray(v) ? v : v ? [v] : []).map((x) => x.trim()).filter(Boolean);
}

/** The parts of one material row: its title, web address and, for an image, its description. */
export const materialParts = ['materialTitle', 'materialUrl', 'materialAlt'] as const;
const campaignRowLists = { materials: materialParts } as const;

/** Material rows; a description makes a row an image, a document's file ending a document. */
function materialsFrom(values: TFormValues) {
  return filledRows(values, materialParts).map(
    ({ materialTitle: title, materialUrl: url, materialAlt: alt }) => {
      return {
        kind: alt
          ? ('image' as const)
          : /\.(pdf|docx?|odt)$/i.test(url)
            ? ('document' as const)
            : ('link' as const),
        title,
        url,
        alt: alt || null,
      };
    },
  );
}

function inputFrom(values: TFormValues): TCampaignInputRaw {
  const v = (k: string) => firstValue(values, k).trim();
  return {
    title: v('title'),
    goal: v('goal'),
    callToAction: v('callToAction'),
    body: v('body'),
    language: v('language'),
    scope: v('scope') as TCampaignInputRaw['scope'],
    countries: all(values, 'countries'),
    themes: all(values, 'themes'),
    startsOn: v('startsOn') || null,
    endsOn: v('endsOn') || null,
    materials: materialsFrom(values),
    imageUrl: v('imageUrl') || null,
    imageAlt: v('imageAlt') || undefined,
    organization: v('organization') || null,
  };
}

function valuesOf(c: TCampaign): TFormValues {
  return {
    title: c.title,
    goal: c.goal,
    callToAction: c.callToAction,
    body: c.body,
    language: c.language,
    scope: c.scope,
    countries: c.countries,
    themes: c.themes,
    startsOn: c.startsOn ?? '',
    endsOn: c.endsOn ?? '',
    materialTitle: c.materials.map((m) => m.title),
    materialUrl: c.materials.map((m) => m.url),
    materialAlt: c.materials.map((m) => m.alt ?? ''),
    imageUrl: c.imageUrl ?? '',
    imageAlt: c.imageAlt ?? '',
    organization: c.organization?.slug ?? '',
  };
}

/** Campaign pages: the list, a campaign with its endorsers, leads' writing, and endorsing. */
export function campaignsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  web.get('/campaigns', async (c) => {
    const actor = c.var.actor;
    const { items, drafts } = await readCampaignsIndex(deps, actor, 100);
    return renderPage(
      c,
      <CampaignsIndexPage
        ctx={viewContext(c)}
        items={items}
        drafts={drafts}
        canCreate={can(actor, 'create')}
      />,
    );
  });

  async function renderForm(
    c: Context<TAppEnv>,
    state: TFormState,
    campaign: TCampaign | null,
    status: 200 | 409 | 422 = 200,
  ) {
    const ctx = viewContext(c);
    const actor = c.var.actor;
    const choices = await listMemberOrganizationChoices(deps.db);
    const own = new Set(writerOrganizationIds(actor));
    return renderPage(
      c,
      <CampaignFormPage
        ctx={ctx}
        state={state}
        action={
          campaign
            ? ctx.href(`/campaigns/${encodeURIComponent(campaign.slug)}/edit`)
            : ctx.href('/campaigns/new')
        }
        isNew={campaign === null}
        version={campaign?.version ?? null}
        organizationChoices={isCurator(actor) ? choices : choices.filter((o) => own.has(o.id))}
        canLeaveOrganizationEmpty={isCurator(actor)}
      />,
      status,
    );
  }

  function refused(c: Context<TAppEnv>, error: unknown, values: TFormValues, campaign: TCampaign | null) {
    if (!isAppError(error)) throw error;
    if (error.code === 'conflict')
      return renderForm(c, { values, errors: { _form: 'campaigns.errors.conflict' } }, campaign, 409);
    if (error.code !== 'validation_failed') throw error;
    return renderForm(c, { values, errors: error.fieldErrors }, campaign, 422);
  }

  web.get('/campaigns/new', async (c) => {
    const actor = c.var.actor;
    const ctx = viewContext(c);
    if (!actor.userId) return c.redirect(signInPath(ctx.locale, ctx.href('/campaigns/new')), 302);
    if (!can(actor, 'create')) throw new AppError('forbidden');
    return renderForm(c, { values: { language: ctx.locale, scope: 'global' }, errors: {} }, null);
  });

  web.post('/campaigns/new', async (c) => {
    const actor = c.var.actor;
    if (!actor.userId) return c.redirect(signInPath(viewContext(c).locale), 303);
    const { values } = await readForm(c);
    const withRow = withRowAddedTo(values, campaignRowLists);
    if (withRow) {
      if (!can(actor, 'create')) throw new AppError('forbidden');
      return renderForm(c, { values: withRow, errors: {} }, null);
    }
    try {
      const campaign = await createCampaign(deps, actor, inputFrom(values), {
        requestId: c.get('requestId'),
      });
      return redirectToCampaign(c, campaign.slug, 'campaigns.flash.created');
    } catch (error) {
      return refused(c, error, values, null);
    }
  });

  const blank: TFormState = { values: {}, errors: {} };

  async function renderCampaign(
    c: Context<TAppEnv>,
    slug: string,
    states: TPageStates,
    status: 200 | 409 | 422 = 200,
  ) {
    const actor = c.var.actor;
    const { campaign, endorsements } = await readCampaign(deps, actor, slug);
    const materials = await readCampaignMaterials(deps, campaign.id);
    const own = new Set(writerOrganizationIds(actor));
    const endorsed = new Set(endorsements.map((e) => e.organizationId));
    const choices = (await listMemberOrganizationChoices(deps.db)).filter((o) => own.has(o.id));
    return renderPage(
      c,
      <CampaignPage
        ctx={viewContext(c)}
        campaign={campaign}
        endorsements={endorsements}
        endorseChoices={choices.filter((o) => !endorsed.has(o.id))}
        withdrawable={endorsements.filter((e) => own.has(e.organizationId)).map((e) => e.slug)}
        endorseState={states.endorse ?? blank}
        materials={materials}
        materialState={states.material ?? blank}
        permissions={{
          canEdit: can(actor, 'edit', campaign),
          canPublish: can(actor, 'publish', campaign),
          canClose: can(actor, 'close', campaign),
          canUnpublish: can(actor, 'unpublish', campaign),
          canEndorse: can(actor, 'endorse', campaign),
        }}
        publicUrl={deps.config.publicUrl}
      />,
      status,
    );
  }

  web.get('/campaigns/:slug', (c) => renderCampaign(c, c.req.param('slug'), {}));

  postPageForms(
    web,
    {
      material: {
        path: '/campaigns/:slug/materials',
        flash: 'campaigns.flash.materialAdded',
        save: (actor, slug, { values, files }, meta) =>
          addCampaignMaterial(
            deps,
            actor,
            slug,
            { file: files.file?.[0], title: firstValue(values, 'title'), alt: firstValue(values, 'alt') },
            meta,
          ),
      },
      endorse: {
        path: '/campaigns/:slug/endorse',
        flash: 'campaigns.flash.endorsed',
        save: (actor, slug, { values }, meta) =>
          endorseCampaign(
            deps,
            actor,
            slug,
            { organization: firstValue(values, 'organization'), statement: firstValue(values, 'statement') },
            meta,
          ),
      },
    },
    {
      showAgain: (c, states, status) => renderCampaign(c, c.req.param('slug') ?? '', states, status),
      done: redirectToCampaign,
    },
  );

  // A material removed, an endorsement withdrawn (the part is its id, or the organisation's slug):
  // one verb on a part of the campaign, then back to its page.
  const partActions = [
    ['/campaigns/:slug/materials/:part/remove', removeCampaignMaterial, 'campaigns.flash.materialRemoved'],
    ['/campaigns/:slug/endorsements/:part/withdraw', withdrawEndorsement, 'campaigns.flash.withdrawn'],
  ] as const;
  for (const [path, act, flash] of partActions) {
    web.post(path, async (c) => {
      const { slug, part } = c.req.param();
      await act(deps, c.var.actor, slug, part, { requestId: c.get('requestId') });
      return redirectToCampaign(c, slug, flash);
    });
  }

  // Images are shown inline on the page; every other file, and any file asked for with ?download, is
  // sent as an attachment. Public campaigns' materials may be cached; drafts' never by shared caches.
  web.get('/campaigns/:slug/materials/:id', async (c) => {
    const actor = c.var.actor;
    const { material, bytes, isPublic } = await readCampaignMaterial(
      deps,
      actor,
      c.req.param('slug'),
      c.req.param('id'),
    );
    const isInline = material.kind === 'image' && c.req.query('download') === undefined;
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': material.contentType,
      'Content-Length': String(bytes.byteLength),
      ...(isInline ? {} : { 'Content-Disposition': attachmentHeader(material.originalName) }),
      'Cache-Control': isPublic ? 'public, max-age=86400' : 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });

  web.get('/campaigns/:slug/endorsers.csv', async (c) => {
    const actor = c.var.actor;
    const { campaign, endorsements } = await readCampaign(deps, actor, c.req.param('slug'));
    const { t } = viewContext(c);
    const header = [
      t('campaigns.csvOrganization'),
      t('campaigns.csvCountries'),
      t('campaigns.statement'),
      t('campaigns.csvDate'),
    ];
    const rows = endorsements.map((e) => [e.name, e.countries.join(' '), e.statement ?? '', e.createdAt]);
    return c.body(toCsvTable(header, rows, { isEveryCellQuoted: true }), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentHeader(`${campaign.slug}-endorsers.csv`, { fallback: 'endorsers' }),
    });
  });

  web.get('/campaigns/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const { campaign } = await readCampaign(deps, actor, c.req.param('slug'));
    if (!can(actor, 'edit', campaign)) throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
    return renderForm(c, { values: valuesOf(campaign), errors: {} }, campaign);
  });

  web.post('/campaigns/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const { campaign } = await readCampaign(deps, actor, c.req.param('slug'));
    const { values } = await readForm(c);
    const withRow = withRowAddedTo(values, campaignRowLists);
    if (withRow) {
      if (!can(actor, 'edit', campaign)) throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
      return renderForm(c, { values: withRow, errors: {} }, campaign);
    }
    try {
      await updateCampaign(deps, actor, campaign.slug, inputFrom(values), {
        requestId: c.get('requestId'),
        expectedVersion: Number(firstValue(values, 'version')) || campaign.version,
      });
      return redirectToCampaign(c, campaign.slug, 'campaigns.flash.saved');
    } catch (error) {
      return refused(c, error, values, campaign);
    }
  });

  const movedFlash = {
    publish: 'campaigns.flash.published',
    close: 'campaigns.flash.closed',
    unpublish: 'campaigns.flash.unpublished',
  } as const;
  for (const action of ['publish', 'close', 'unpublish'] as const) {
    web.post(`/campaigns/:slug/${action}`, async (c) => {
      const actor = c.var.actor;
      const campaign = await moveCampaign(deps, actor, c.req.param('slug'), action, {
        requestId: c.get('requestId'),
      });
      return redirectToCampaign(c, campaign.slug, movedFlash[action]);
    });
  }

  return web;
}
