import { type Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { isKnownCountry } from '../../taxonomy/taxonomy.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { findMatches, ownListings, suggestionsFor } from './connection-matches.service.ts';
import { isWeeklyMailOn, setWeeklyMail } from './connection-weekly.service.ts';
import { can } from './connections.policy.ts';
import type { TListing } from './connections.record.ts';
import {
  isHelpKind,
  isListingKind,
  type TListingInputRaw,
  type TListingKind,
} from './connections.schemas.ts';
import {
  browseListings,
  closeListing,
  isExpired,
  listingResourceOf,
  listingsPageSize,
  publishableOrganizations,
  publishListing,
  readListing,
  todayOf,
  updateListing,
} from './connections.service.ts';
import { changeWithFlash, listingKindOf, signInFirst } from './connections-web-steps.ts';
import { canIntroduction } from './introductions.policy.ts';
import { introductionResourceOf, introductionState, myIntroductions } from './introductions.service.ts';
import { ConnectionsIndexPage, type TBrowseQuery } from './views/connections-index-page.tsx';
import { listingPath } from './views/listing-card.tsx';
import { ListingFormPage } from './views/listing-form-page.tsx';
import { ListingPage, type TListingState } from './views/listing-page.tsx';
import { WorkspacePage } from './views/workspace-page.tsx';

function listValues(values: TFormValues, key: string): string[] {
  const v = values[key];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function listingInputFrom(values: TFormValues): TListingInputRaw {
  const v = (k: string) => firstValue(values, k);
  return {
    organizationId: v('organizationId'),
    helpKind: v('helpKind') as TListingInputRaw['helpKind'],
    title: v('title'),
    description: v('description'),
    language: v('language'),
    concepts: listValues(values, 'concepts'),
    countries: listValues(values, 'countries'),
    regions: listValues(values, 'regions'),
    isAnywhere: v('isAnywhere') === 'on',
    workingLanguages: listValues(values, 'workingLanguages') as TListingInputRaw['workingLanguages'],
    openUntil: v('openUntil'),
  };
}

function valuesOf(listing: TListing): TFormValues {
  return {
    helpKind: listing.helpKind,
    title: listing.title,
    description: listing.description,
    language: listing.language,
    concepts: listing.concepts,
    countries: listing.countries,
    regions: listing.regions,
    isAnywhere: listing.isAnywhere ? 'on' : '',
    workingLanguages: listing.workingLanguages,
    openUntil: listing.openUntil ?? '',
  };
}

export function stateOf(listing: TListing, today: string): TListingState {
  if (listing.status === 'met' || listing.status === 'withdrawn') return listing.status;
  if (listing.status === 'expired') return 'closed_expired';
  if (listing.status === 'left' || !listing.isOrganizationMember) return 'former_member';
  return isExpired(listing, today) ? 'expired' : 'listed';
}

function browseQueryOf(c: Context<TAppEnv>): TBrowseQuery {
  const url = new URL(c.req.url);
  const many = (name: string, test: (v: string) => boolean) =>
    [...new Set(url.searchParams.getAll(name))].filter(test).slice(0, 10);
  const kind = url.searchParams.get('kind') ?? '';
  const help = url.searchParams.get('help') ?? '';
  return {
    kind: isListingKind(kind) ? kind : null,
    help: isHelpKind(help) ? help : null,
    topic: many('topic', (v) => /^[a-z_0-9]+:[a-z_0-9]+$/.test(v)),
    country: many('country', (v) => /^[A-Z]{2}$/.test(v) && isKnownCountry(v)),
    lang: many('lang', (v) => /^[a-z]{2,3}$/.test(v)),
    page: Math.max(1, Math.min(1000, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1)),
  };
}

/** Offers and needs: browsing with facets, one listing with its matches, writing, closing, my workspace. */
export function connectionsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });

  /** The offer or need the address names, as the person asking may see it. */
  const listingOf = (c: Context<TAppEnv>) =>
    readListing(deps, c.var.actor, listingKindOf(c), c.req.param('id') ?? '');

  web.get('/connections', async (c) => {
    const query = browseQueryOf(c);
    const result = await browseListings(
      deps,
      {
        kind: query.kind ?? undefined,
        helpKind: query.help ?? undefined,
        terms: [
          ...query.topic,
          ...query.country.map((code) => `country:${code.toLowerCase()}`),
          ...query.lang.map((tag) => `lang:${tag}`),
        ],
      },
      query.page,
    );
    return renderPage(
      c,
      <ConnectionsIndexPage
        ctx={viewContext(c)}
        query={query}
        items={result.items}
        total={result.total}
        pageSize={listingsPageSize}
        facets={result.facets}
        canCreate={can(c.var.actor, 'create')}
      />,
    );
  });

  web.get('/workspace/connections', async (c) => {
    const actor = c.var.actor;
    if (!actor.userId) return signInFirst(c);
    const today = todayOf(deps);
    const [suggestions, listings, introductions, isWeeklyOn] = await Promise.all([
      suggestionsFor(deps, actor),
      ownListings(deps, actor),
      myIntroductions(deps, actor),
      isWeeklyMailOn(deps, actor),
    ]);
    return renderPage(
      c,
      <WorkspacePage
        ctx={viewContext(c)}
        suggestions={suggestions}
        listings={listings.map((listing) => ({ listing, state: stateOf(listing, today) }))}
        canCreate={can(actor, 'create')}
        isWeeklyOn={isWeeklyOn}
        introductions={introductions.map((intro) => ({
          intro,
          state: introductionState(intro),
          isToAnswer: canIntroduction(actor, 'answer', introductionResourceOf(intro)),
        }))}
      />,
    );
  });

  // The weekly mail of new matches: on or off, for the signed-in person (ADR 0049).
  web.post('/workspace/connections/weekly', async (c) => {
    const actor = c.var.actor;
    if (!actor.userId) return signInFirst(c);
    const { values } = await readForm(c);
    const isOn = firstValue(values, 'weekly') === 'on';
    await setWeeklyMail(deps, actor, isOn, { requestId: c.get('requestId') });
    return redirectWithFlash(
      c,
      viewContext(c).href('/workspace/connections'),
      isOn ? 'connections.flash.weeklyOn' : 'connections.flash.weeklyOff',
    );
  });

  async function renderForm(
    c: Context<TAppEnv>,
    kind: TListingKind,
    state: TFormState,
    listing: TListing | null,
    status: 200 | 409 | 422 = 200,
  ) {
    const ctx = viewContext(c);
    const organizations = listing ? [] : await publishableOrganizations(deps, c.var.actor);
    return renderPage(
      c,
      <ListingFormPage
        ctx={ctx}
        kind={kind}
        state={state}
        action={ctx.href(listing ? `${listingPath(listing)}/edit` : `/connections/${kind}s/new`)}
        version={listing?.version ?? null}
        organizations={organizations}
      />,
      status,
    );
  }

  function refused(
    c: Context<TAppEnv>,
    kind: TListingKind,
    error: unknown,
    values: TFormValues,
    listing: TListing | null,
  ) {
    if (!isAppError(error)) throw error;
    if (error.code === 'conflict')
      return renderForm(c, kind, { values, errors: { _form: 'connections.errors.conflict' } }, listing, 409);
    if (error.code !== 'validation_failed') throw error;
    return renderForm(c, kind, { values, errors: error.fieldErrors }, listing, 422);
  }

  web.get('/connections/:segment/new', async (c) => {
    const kind = listingKindOf(c);
    const actor = c.var.actor;
    if (!actor.userId) return signInFirst(c);
    if (!can(actor, 'create')) throw new AppError('forbidden');
    const ctx = viewContext(c);
    const organizations = await publishableOrganizations(deps, c.var.actor);
    return renderForm(
      c,
      kind,
      {
        values: {
          organizationId: organizations.length === 1 ? (organizations[0]?.id ?? '') : '',
          workingLanguages: [ctx.locale],
        },
        errors: {},
      },
      null,
    );
  });

  web.post('/connections/:segment/new', async (c) => {
    const kind = listingKindOf(c);
    const actor = c.var.actor;
    if (!actor.userId) throw new AppError('unauthenticated');
    const { values } = await readForm(c);
    try {
      const id = await publishListing(deps, actor, kind, listingInputFrom(values), {
        requestId: c.get('requestId'),
      });
      return redirectWithFlash(
        c,
        viewContext(c).href(listingPath({ kind, id })),
        'connections.flash.published',
      );
    } catch (error) {
      return refused(c, kind, error, values, null);
    }
  });

  web.get('/connections/:segment/:id', async (c) => {
    const actor = c.var.actor;
    const listing = await listingOf(c);
    const state = stateOf(listing, todayOf(deps));
    const matches = state === 'listed' ? await findMatches(deps, listing, 5) : [];
    const resource = listingResourceOf(listing);
    return renderPage(
      c,
      <ListingPage
        ctx={viewContext(c)}
        listing={listing}
        state={state}
        matches={matches}
        canEdit={can(actor, 'edit', resource)}
        canClose={can(actor, 'close', resource)}
      />,
    );
  });

  web.get('/connections/:segment/:id/edit', async (c) => {
    const kind = listingKindOf(c);
    const actor = c.var.actor;
    if (!actor.userId) return signInFirst(c);
    const listing = await listingOf(c);
    if (!can(actor, 'edit', listingResourceOf(listing))) throw new AppError('forbidden');
    return renderForm(c, kind, { values: valuesOf(listing), errors: {} }, listing);
  });

  web.post('/connections/:segment/:id/edit', async (c) => {
    const listing = await listingOf(c);
    const { values } = await readForm(c);
    try {
      const version = Number.parseInt(firstValue(values, 'version'), 10) || 0;
      await updateListing(deps, c.var.actor, listing, listingInputFrom(values), version, {
        requestId: c.get('requestId'),
      });
      return redirectWithFlash(c, viewContext(c).href(listingPath(listing)), 'connections.flash.saved');
    } catch (error) {
      return refused(c, listing.kind, error, values, listing);
    }
  });

  web.post('/connections/:segment/:id/close', async (c) => {
    const listing = await listingOf(c);
    const { values } = await readForm(c);
    const close = async () => {
      const closing = { reason: firstValue(values, 'reason'), version: firstValue(values, 'version') };
      await closeListing(deps, c.var.actor, listing, closing, { requestId: c.get('requestId') });
      return 'connections.flash.closed';
    };
    return changeWithFlash(
      c,
      viewContext(c).href(listingPath(listing)),
      close,
      'connections.flash.notClosed',
    );
  });

  return web;
}
