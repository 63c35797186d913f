import type { Hono } from 'hono';
import { Redis } from 'ioredis';
import { apiDocumentConfig, createApi } from './api/api.ts';
import { apiReferenceWeb } from './api/api-reference.web.tsx';
import type { TConfig } from './config.ts';
import { registerRecordSection } from './core/record-sections.ts';
import { registerSearchSource } from './core/search-sources.ts';
import { registerSitemapSource } from './core/sitemap.ts';
import type { TDeps } from './deps.ts';
import { accountsWeb } from './domains/accounts/accounts.web.tsx';
import { adminWeb } from './domains/admin/admin.web.tsx';
import { campaignsWeb } from './domains/campaigns/campaigns.web.tsx';
import { campaignSitemapSource } from './domains/campaigns/campaigns-read.service.ts';
import { campaignSearchSource } from './domains/campaigns/index.ts';
import { registerCommitmentJobs } from './domains/commitments/commitment-reporting.service.ts';
import { commitmentsFeed } from './domains/commitments/commitments.feed.ts';
import { commitmentsWeb } from './domains/commitments/commitments.web.tsx';
import { commitmentSearchSource } from './domains/commitments/index.ts';
import { communitiesFeed } from './domains/communities/communities.feed.ts';
import { findReferencedPictureKeys } from './domains/communities/communities.repository.ts';
import { communitiesWeb, communityMediaRoutes } from './domains/communities/communities.web.tsx';
import {
  communitySitemapSource,
  mayReadCommunityContent,
  renderOrganizationCommunities,
  threadSearchSource,
} from './domains/communities/index.ts';
import { registerCommunityMail } from './domains/communities/notifications.service.ts';
import { startReplyListener } from './domains/communities/reply-listener.ts';
import { connectionsWeb } from './domains/connections/connections.web.tsx';
import {
  closeConnectionsOfLeaver,
  listingSearchSource,
  registerConnectionJobs,
  renderOrganizationListings,
} from './domains/connections/index.ts';
import { introductionsWeb } from './domains/connections/introductions.web.tsx';
import { eventCalendarRoutes } from './domains/events/event-calendar.routes.ts';
import { eventOutcomesWeb } from './domains/events/event-outcomes.web.tsx';
import { eventRegistrationsWeb } from './domains/events/event-registrations.web.tsx';
import { registerEventJobs } from './domains/events/event-reminders.service.ts';
import { eventsWeb } from './domains/events/events.web.tsx';
import { eventSitemapSource } from './domains/events/events-read.service.ts';
import { eventSearchSource, registerEventAudience } from './domains/events/index.ts';
import { homeSitemapSource } from './domains/home/home.service.ts';
import { homeWeb } from './domains/home/home.web.tsx';
import { importsWeb } from './domains/imports/imports.web.tsx';
import { findReferencedImportFileKeys, renderRecordSourcesSection } from './domains/imports/index.ts';
import { registerMembershipEndHook } from './domains/membership/index.ts';
import { findReferencedUploadKeys } from './domains/membership/membership.repository.ts';
import { membershipWeb } from './domains/membership/membership.web.tsx';
import { membershipLeavingWeb } from './domains/membership/membership-leaving.web.tsx';
import { membershipReviewWeb } from './domains/membership/membership-review.web.tsx';
import { newsSearchSource } from './domains/news/index.ts';
import { findReferencedImageKeys } from './domains/news/news.repository.ts';
import { newsWeb } from './domains/news/news.web.tsx';
import { newsFeedRoutes } from './domains/news/news-feeds.routes.ts';
import { newsSitemapSource } from './domains/news/news-read.service.ts';
import { observatorySitemapSource } from './domains/observatory/index.ts';
import { observatoryWeb } from './domains/observatory/observatory.web.tsx';
import { organizationSearchSource } from './domains/organizations/index.ts';
import { registerCityLocator, registerMapClicker } from './domains/organizations/organization-place.ts';
import { findReferencedLogoKeys } from './domains/organizations/organizations.repository.ts';
import { organizationsWeb } from './domains/organizations/organizations.web.tsx';
import { registerProfileSection } from './domains/organizations/profile-sections.ts';
import { practiceSearchSource } from './domains/practices/index.ts';
import { practiceFeedsRoutes } from './domains/practices/practice-feeds.routes.ts';
import { practiceSitemapSource } from './domains/practices/practice-read.service.ts';
import { practicesWeb } from './domains/practices/practices.web.tsx';
import {
  locatePlace,
  placeFromMapClick,
  registerGazetteerJobs,
  startGazetteer,
} from './domains/search/gazetteer.service.ts';
import { gazetteerWeb } from './domains/search/gazetteer.web.tsx';
import { createHubSearch } from './domains/search/hub-search.ts';
import { searchSitemapSource } from './domains/search/search.service.ts';
import { searchWeb } from './domains/search/search.web.tsx';
import { conceptPagesWeb } from './domains/taxonomy-pages/concept-pages.web.tsx';
import type { TAppEnv } from './http/app-env.ts';
import { designRoutes } from './http/design.routes.tsx';
import { localePrefix } from './http/locale-prefix.ts';
import { createRateLimits } from './http/rate-limit.ts';
import { sitemapRoutes } from './http/sitemap.routes.ts';
import { unsubscribeRoutes } from './http/unsubscribe.routes.tsx';
import { systemClock, type TClock } from './platform/clock.ts';
import { loadOrCreateSecret } from './platform/db/app-meta.ts';
import { openDatabase, type TDatabaseHandle } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrator.ts';
import { startPgChangeRelay } from './platform/db/pg-change-relay.ts';
import { registerFileSweep } from './platform/file-sweep.ts';
import { JobQueue } from './platform/jobs.ts';
import type { TLogger } from './platform/logger.ts';
import { Mailer } from './platform/mail.ts';
import { openFileStore } from './platform/storage.ts';

/**
 * Where the application is put together: the one file that knows every domain. It builds the
 * dependencies (database, mail, jobs, search…) and registers each domain's routes and jobs; a new
 * domain adds its lines here and nowhere else outside its own folder.
 */
export async function createDeps(
  config: TConfig,
  logger: TLogger,
  options: { clock?: TClock; database?: TDatabaseHandle } = {},
): Promise<TDeps> {
  registerSources();
  const database =
    options.database ??
    openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      onConnectionError: (error) => logger.warn({ err: error }, 'database connection lost'),
    });
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
  const clock = options.clock ?? systemClock;
  const secret = await loadOrCreateSecret(database.db);
  const mailer = new Mailer(database.db, { smtpUrl: config.smtpUrl, from: config.mailFrom, clock, logger });
  const jobs = new JobQueue(database.db, { clock, logger });
  const search = createHubSearch(database, config.search);
  const closers: Array<() => Promise<void>> = [];
  if (database.native.dialect === 'postgres') {
    // Other nodes on this database hear of changes that make in-memory copies stale (page cache…).
    const relay = startPgChangeRelay({ url: database.native.url, pool: database.native.pool, logger });
    await relay.ready;
    closers.push(relay.close);
  }
  // The gazetteer's places (seeded on first start), read by the analyser and kept fresh on every node.
  closers.push(async () => stopGazetteer());
  const stopGazetteer = await startGazetteer({ db: database.db, clock, logger });
  // After the gazetteer is read: a rebuild (a migration's request, or another analyser, ADR 0126) reads
  // the records' places with the editors' names, not only the seeds'.
  const rebuilt = await search.rebuildIfRequired((done) => {
    if (done % 10_000 === 0) logger.info({ documents: done }, 'rebuilding the search index');
  });
  if (rebuilt > 0) logger.info({ documents: rebuilt }, 'search index rebuilt');
  let redis: Redis | undefined;
  if (config.redisUrl) {
    // No offline queue: while Redis is away a limit is counted in memory at once instead of waiting.
    const client = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    client.on('error', (error) => logger.warn({ err: error }, 'redis connection failed'));
    closers.push(async () => {
      client.disconnect();
    });
    redis = client;
  }
  return {
    config,
    database,
    db: database.db,
    logger,
    mailer,
    jobs,
    clock,
    search,
    secret,
    files: openFileStore({ s3Url: config.s3Url, dataDir: config.dataDir, database }),
    rateLimits: createRateLimits(redis ? { kind: 'redis', client: redis } : { kind: 'database', database }),
    closers,
  };
}

/**
 * What each domain makes searchable and lists in the sitemap (ADR 0087): the search and the sitemap
 * read these registries and import no domain. Filled before anything is built, so that a script or a
 * test with deps (and no routes) searches and reindexes every type. Registering again replaces.
 * The search sources' order is the reindex's order.
 */
function registerSources(): void {
  for (const source of [
    organizationSearchSource,
    practiceSearchSource,
    commitmentSearchSource,
    eventSearchSource,
    newsSearchSource,
    campaignSearchSource,
    threadSearchSource,
    listingSearchSource,
  ]) {
    registerSearchSource(source);
  }
  for (const source of [
    homeSitemapSource,
    practiceSitemapSource,
    searchSitemapSource,
    eventSitemapSource,
    newsSitemapSource,
    campaignSitemapSource,
    observatorySitemapSource,
    communitySitemapSource,
  ]) {
    registerSitemapSource(source);
  }
}

export async function closeDeps(deps: TDeps): Promise<void> {
  await deps.jobs.stop();
  await deps.mailer.stop();
  for (const close of deps.closers) await close();
  await deps.database.close();
}

/**
 * Listeners besides HTTP: replies by e-mail on SMTP_INBOUND_PORT (none when unset). The returned
 * function stops them; main.ts calls it before closing the database.
 */
export async function startInboundMail(deps: TDeps): Promise<() => Promise<void>> {
  const listener = await startReplyListener(deps);
  return async () => {
    await listener?.close();
  };
}

/** Every domain's pages, feeds and API, then its background jobs. Order matters where paths overlap. */
export function mountDomains(app: Hono<TAppEnv>, deps: TDeps): void {
  const api = createApi(deps);
  app.route('/api/v1', api);
  app.route(
    localePrefix,
    apiReferenceWeb(() => api.getOpenAPI31Document(apiDocumentConfig(deps))),
  );
  app.route('/', eventCalendarRoutes(deps));
  app.route('/', newsFeedRoutes(deps));
  app.route('/', commitmentsFeed(deps));
  app.route('/', practiceFeedsRoutes(deps));
  app.route('/', sitemapRoutes(deps));
  app.route('/', communityMediaRoutes(deps));
  app.route('/', communitiesFeed(deps));
  app.route(localePrefix, commitmentsWeb(deps));
  app.route(localePrefix, homeWeb(deps));
  app.route(localePrefix, accountsWeb(deps));
  app.route(localePrefix, adminWeb(deps));
  app.route(localePrefix, membershipWeb(deps));
  app.route(localePrefix, membershipReviewWeb(deps));
  app.route(localePrefix, membershipLeavingWeb(deps));
  app.route(localePrefix, organizationsWeb(deps));
  app.route(localePrefix, eventOutcomesWeb(deps));
  app.route(localePrefix, eventsWeb(deps));
  app.route(localePrefix, eventRegistrationsWeb(deps));
  app.route(localePrefix, newsWeb(deps));
  app.route(localePrefix, importsWeb(deps));
  app.route(localePrefix, campaignsWeb(deps));
  app.route(localePrefix, practicesWeb(deps));
  app.route(localePrefix, searchWeb(deps));
  app.route(localePrefix, gazetteerWeb(deps));
  app.route(localePrefix, conceptPagesWeb(deps));
  app.route(localePrefix, observatoryWeb(deps));
  app.route(localePrefix, communitiesWeb(deps));
  app.route(localePrefix, introductionsWeb(deps));
  app.route(localePrefix, connectionsWeb(deps));
  app.route(localePrefix, unsubscribeRoutes(deps));
  app.route(localePrefix, designRoutes(deps.clock));

  registerProfileSection({
    slot: 'communities',
    render: (sectionDeps, ctx, organization) =>
      renderOrganizationCommunities(sectionDeps, ctx, organization.id),
  });
  registerProfileSection({
    slot: 'connections',
    render: (sectionDeps, ctx, organization) => renderOrganizationListings(sectionDeps, ctx, organization.id),
  });
  // A member's city on its profile's map, from the gazetteer.
  registerCityLocator((locatorDeps, city, country) => locatePlace(locatorDeps, city, country));
  registerMapClicker((clickDeps, click, locale) => placeFromMapClick(clickDeps, click, locale));
  // The document a practice, event or news item was made from, on its page (ADR 0082).
  registerRecordSection({ name: 'imports.sources', render: renderRecordSourcesSection });
  // A meeting a private community holds is for that community's readers only (ADR 0070).
  registerEventAudience(mayReadCommunityContent);
  // An organisation that leaves the alliance: connections closes its open business (ADR 0048).
  registerMembershipEndHook({
    name: 'connections',
    onEnded: (hookDeps, trx, end) => closeConnectionsOfLeaver(hookDeps, trx, end),
  });
  registerCommitmentJobs(deps);
  registerConnectionJobs(deps);
  registerEventJobs(deps);
  registerCommunityMail(deps);
  registerGazetteerJobs(deps);
  // Stored files no row names (uploads of every domain, logos, news pictures) are swept.
  registerFileSweep(deps, [
    findReferencedUploadKeys,
    findReferencedLogoKeys,
    findReferencedImageKeys,
    findReferencedPictureKeys,
    findReferencedImportFileKeys,
  ]);
}
