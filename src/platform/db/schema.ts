import type { Generated } from 'kysely';

/**
 * The database as Kysely sees it. Conventions that keep both dialects honest:
 * - ids are text (UUIDv7, time-ordered) made in JavaScript;
 * - timestamps are ISO-8601 UTC text ("2026-11-25T13:50:56.000Z"), which sorts and compares alike everywhere;
 * - booleans are integers 0/1; JSON is text.
 * See docs/adr/0003-portable-column-types.md.
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  locale: string;
  email_verified_at: string | null;
  is_disabled: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
  granted_by: string | null;
  granted_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface AuthTokensTable {
  id: string;
  user_id: string;
  purpose: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  details: string;
  request_id: string | null;
}

export interface OutboxTable {
  id: string;
  created_at: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: string;
  attempts: Generated<number>;
  last_error: string | null;
  next_attempt_at: string | null;
  sent_at: string | null;
  dedupe_key: string | null;
  /** 1 when the body holds a one-time link for the recipient only (docs/adr/0018). */
  carries_secret: Generated<number>;
  /** Extra headers as a JSON object (List-Unsubscribe, List-Unsubscribe-Post, Reply-To; 0055, ADR 0054). */
  headers: string | null;
  /** A check run again just before sending, as JSON { check, args } (0057, ADR 0055); failing cancels it. */
  send_if: string | null;
}

export interface OrganizationsTable {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  stakeholder_type: string;
  scope: string;
  countries: string;
  city: string | null;
  website: string | null;
  description: string;
  language: string;
  translations: string;
  membership_status: string;
  created_at: string;
  updated_at: string;
  // 0003-membership
  sort_name: Generated<string>;
  search_text: Generated<string>;
  logo_key: string | null;
  logo_type: string | null;
  logo_width: number | null;
  logo_height: number | null;
  public_email: string | null;
  public_phone: string | null;
  private_contacts: Generated<string>;
  is_champion: Generated<number>;
  champion_since: string | null;
  champion_citation: string | null;
  champion_citation_language: string | null;
  published_at: string | null;
  application_id: string | null;
  version: Generated<number>;
}

export interface OrganizationCountriesTable {
  organization_id: string;
  country_code: string;
  region: string | null;
}

export interface OrganizationMembersTable {
  organization_id: string;
  user_id: string;
  role: string;
  added_at: string;
  added_by: string | null;
}

export interface OrganizationInvitationsTable {
  id: string;
  organization_id: string;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

export interface UploadsTable {
  id: string;
  storage_key: string;
  purpose: string;
  original_name: string;
  content_type: string;
  byte_size: number;
  sha256: string;
  created_at: string;
  created_by: string | null;
}

export interface MembershipApplicationsTable {
  id: string;
  reference: string;
  status: string;
  version: Generated<number>;
  access_token_hash: string;
  applicant_user_id: string | null;
  organization_id: string | null;
  language: string;
  organization_name: string;
  name_key: string;
  website_host: string | null;
  stakeholder_type: string | null;
  countries: string;
  organization_data: string;
  contact_name: string;
  contact_email: string;
  contact_data: string;
  letter_text: string;
  letter_upload_id: string | null;
  intended_commitments: string;
  consent_at: string | null;
  information_request: string | null;
  decision_message: string | null;
  decided_by: string | null;
  decided_at: string | null;
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ApplicationLetterFilesTable {
  upload_id: string;
  application_id: string;
  change: 'replaced' | 'removed';
  kept_at: string;
}

export interface ApplicationLetterVersionsTable {
  id: string;
  application_id: string;
  letter_text: string;
  kept_at: string;
}

export interface ApplicationRepliesTable {
  id: string;
  application_id: string;
  question: string;
  body: string;
  created_at: string;
}

export interface ApplicationReplyFilesTable {
  upload_id: string;
  reply_id: string;
  position: number;
}

export interface ApplicationNotesTable {
  id: string;
  application_id: string;
  author_id: string | null;
  body: string;
  created_at: string;
}

export interface SiteTextsTable {
  key: string;
  locale: string;
  body: string;
  updated_at: string;
  updated_by: string | null;
  /** Moves with every edit (migration 0088): a save names the version it was made from. */
  version: Generated<number>;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

// 0004-practices
export interface PracticesTable {
  id: string;
  slug: string;
  status: string;
  kind: string;
  language: string;
  title: string;
  summary: string;
  body: string;
  beneficiaries: Generated<string>;
  translations: Generated<string>;
  countries: Generated<string>;
  cities: Generated<string>;
  scope: string | null;
  start_date: string | null;
  end_date: string | null;
  is_ongoing: Generated<number>;
  implementers: Generated<string>;
  populations: Generated<string>;
  eligibility: Generated<string>;
  themes: Generated<string>;
  five_r: Generated<string>;
  sdg_targets: Generated<string>;
  evidence: Generated<string>;
  links: Generated<string>;
  contact: Generated<string>;
  is_verified: Generated<number>;
  is_featured: Generated<number>;
  last_reviewed_at: string | null;
  review_comment: string | null;
  organization_id: string | null;
  created_by: string | null;
  submitted_at: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface PracticeRevisionsTable {
  id: string;
  practice_id: string;
  version: number;
  snapshot: string;
  note: string | null;
  actor_id: string | null;
  created_at: string;
}

export interface PracticeFacetsTable {
  practice_id: string;
  facet: string;
  value: string;
}

export interface PracticeFilesTable {
  practice_id: string;
  upload_id: string;
  title: string;
  added_at: string;
}

// 0009-practice-recommendations
export interface PracticeRecommendationsTable {
  practice_id: string;
  recommendation_id: string;
  added_by: string | null;
  added_at: string;
}

// 0002-search (written only by src/platform/search)
export interface SearchDocumentsTable {
  /** Integer key: the FTS5 rowid on SQLite. */
  seq: Generated<number>;
  id: string;
  type: string;
  slug: string;
  language: string;
  title: string;
  summary: string;
  body: string;
  published_at: string;
  /** JSON array of the concept ids people tagged the document with (0007), for rebuilding the index. */
  concepts: Generated<string>;
  /** How many distinct concepts the document carries, tagged or found in its text (0020). */
  concept_count: Generated<number>;
  /** JSON array of every concept id the document carries, tagged or found (0069): the in-memory postings. */
  concept_ids: Generated<string>;
  /** JSON array of the names of the places the document declares (0089), for rebuilding the index. */
  places: Generated<string>;
}

/** Keyed by the document's seq since 0007-search-bounded. */
export interface SearchFacetsTable {
  seq: number;
  facet: string;
  value: string;
}

/** Facet counts over the whole index (0007), for the unfiltered browse view. */
export interface SearchFacetTotalsTable {
  facet: string;
  value: string;
  count: number;
}

/** Flags the index keeps about itself (0007): "rebuild" = "required" after a format change. */
export interface SearchStateTable {
  key: string;
  value: string;
}

/** PostgreSQL only (SQLite reads its vocabulary from fts5vocab). */
export interface SearchTermsTable {
  term: string;
  doc_count: number;
}

// 0005-commitments
export interface JobsTable {
  id: string;
  kind: string;
  payload: string;
  status: string;
  run_at: string;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface CommitmentCyclesTable {
  id: string;
  slug: string;
  starts_on: string;
  ends_on: string;
  created_at: string;
  created_by: string | null;
}

export interface CommitmentsTable {
  id: string;
  slug: string;
  status: string;
  cycle_id: string;
  lead_organization_id: string;
  stakeholder_type: string;
  language: string;
  title: string;
  description: Generated<string>;
  translations: Generated<string>;
  kind: string | null;
  stage: string | null;
  level: string | null;
  countries: Generated<string>;
  amount: number | null;
  currency: string | null;
  start_date: string | null;
  end_date: string | null;
  five_r: Generated<string>;
  sdg_targets: Generated<string>;
  themes: Generated<string>;
  practice_links: Generated<string>;
  event_links: Generated<string>;
  search_text: Generated<string>;
  review_comment: string | null;
  progress_status: string | null;
  progress_percent: number | null;
  last_report_at: string | null;
  final_report_at: string | null;
  report_count: Generated<number>;
  created_by: string | null;
  submitted_at: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  withdrawn_at: string | null;
  withdrawal_reason: string | null;
  withdrawn_by: string | null;
  /** When a connection's outcome was first linked to it (issue 14), or null. */
  from_connection_at: string | null;
}

export interface CommitmentMakersTable {
  commitment_id: string;
  organization_id: string;
  role: string;
  status: string;
  invited_at: string;
  responded_at: string | null;
  responded_by: string | null;
}

export interface CommitmentDeliverablesTable {
  id: string;
  commitment_id: string;
  position: number;
  title: string;
  measure: Generated<string>;
  target: Generated<string>;
  due_date: string | null;
  latest_status: string | null;
  latest_percent: number | null;
  created_at: string;
}

export interface CommitmentFacetsTable {
  commitment_id: string;
  facet: string;
  value: string;
  cycle_id: string;
  is_published: Generated<number>;
}

export interface ReportingRoundsTable {
  id: string;
  cycle_id: string;
  title: string;
  /** The language the round was named in when opened; translations are site texts. */
  title_language: Generated<string>;
  opens_on: string;
  deadline: string;
  remind_days_before: number;
  remind_days_after: number;
  created_by: string | null;
  created_at: string;
}

export interface CommitmentReportsTable {
  id: string;
  commitment_id: string;
  cycle_id: string;
  round_id: string | null;
  organization_id: string | null;
  reported_by: string | null;
  reported_at: string;
  status: string;
  percent: number;
  narrative: Generated<string>;
  is_final: Generated<number>;
  is_published: Generated<number>;
}

export interface CommitmentReportItemsTable {
  report_id: string;
  deliverable_id: string;
  status: string;
  percent: number;
  narrative: Generated<string>;
  evidence: Generated<string>;
}

// 0010-commitments-accountability
export interface CommitmentLinksTable {
  commitment_id: string;
  target_type: string;
  target_id: string;
  context_id: string | null;
  position: number;
  added_at: string;
}

export interface CommitmentReportFilesTable {
  report_id: string;
  upload_id: string;
  commitment_id: string;
  position: number;
  added_at: string;
}

export interface CommitmentDimensionCountsTable {
  cycle_id: string;
  dimension: string;
  value: string;
  n: number;
  percent_sum: Generated<number>;
  percent_count: Generated<number>;
}

export interface CommitmentFacetCountsTable {
  cycle_id: string;
  facet: string;
  value: string;
  n: number;
}

// 0006-events-news-campaigns
export interface EventsTable {
  id: string;
  slug: string;
  status: string;
  kind: string;
  format: string;
  language: string;
  title: string;
  summary: Generated<string>;
  description: Generated<string>;
  translations: Generated<string>;
  time_zone: string;
  start_local: string;
  end_local: string;
  starts_at: string;
  ends_at: string;
  venue: string | null;
  address: string | null;
  city: string | null;
  country_code: string | null;
  latitude: number | null;
  longitude: number | null;
  online_url: string | null;
  is_online_url_private: Generated<number>;
  registration_mode: Generated<string>;
  registration_url: string | null;
  capacity: number | null;
  questions: Generated<string>;
  confirmed_count: Generated<number>;
  languages: Generated<string>;
  interpretation: Generated<string>;
  themes: Generated<string>;
  related_practices: Generated<string>;
  related_commitments: Generated<string>;
  outcome: string | null;
  sequence: Generated<number>;
  version: Generated<number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  cancelled_at: string | null;
  /** `public`, or `community`: only those who read the holding community's discussions (ADR 0070). */
  audience: Generated<string>;
  /** The community that holds the event (a meeting planned from its page), else null. */
  community_id: string | null;
}

export interface EventOrganizersTable {
  event_id: string;
  organization_id: string;
  position: Generated<number>;
}

export interface EventFacetsTable {
  event_id: string;
  facet: string;
  value: string;
}

export interface EventRegistrationsTable {
  id: string;
  event_id: string;
  user_id: string | null;
  email: string;
  email_key: string;
  name: string;
  locale: string;
  status: string;
  answers: Generated<string>;
  token_hash: string;
  created_at: string;
  updated_at: string;
  confirmed_at: string | null;
  cancelled_at: string | null;
  reminded_day_at: string | null;
  reminded_hour_at: string | null;
}

export interface EventRecommendationsTable {
  id: string;
  event_id: string;
  axis: number;
  position: number;
  verb: string;
  text: string;
  language: string;
  themes: Generated<string>;
  addressees: Generated<string>;
  created_at: string;
  updated_at: string;
}

// 0080-document-imports
export interface DocumentImportsTable {
  id: string;
  status: string;
  source_kind: string;
  file_name: string | null;
  file_key: string | null;
  file_type: string | null;
  file_sha256: string | null;
  text: string;
  language: string;
  kind: string;
  title: string;
  fields: string;
  organization_id: string | null;
  record_type: string | null;
  record_slug: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  /** 0084: 1 when a curator made the source document public on the record it became. */
  source_public: Generated<number>;
}

export interface NewsArticlesTable {
  id: string;
  slug: string;
  status: string;
  category: string;
  organization_id: string | null;
  /** The country the article is about (0041), ISO alpha-2. */
  country_code: Generated<string | null>;
  language: string;
  title: string;
  summary: Generated<string>;
  body: Generated<string>;
  translations: Generated<string>;
  image_url: string | null;
  image_alt: string | null;
  image_id: string | null;
  image_key: string | null;
  image_width: number | null;
  image_height: number | null;
  event_id: string | null;
  created_by: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface NewsReadsTable {
  article_id: string;
  day: string;
  reads: Generated<number>;
}

export interface CampaignsTable {
  id: string;
  slug: string;
  status: string;
  language: string;
  title: string;
  goal: Generated<string>;
  call_to_action: Generated<string>;
  body: Generated<string>;
  translations: Generated<string>;
  scope: string;
  countries: Generated<string>;
  themes: Generated<string>;
  starts_on: string | null;
  ends_on: string | null;
  materials: Generated<string>;
  image_url: string | null;
  image_alt: string | null;
  organization_id: string | null;
  endorsement_count: Generated<number>;
  created_by: string | null;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface CampaignEndorsementsTable {
  campaign_id: string;
  organization_id: string;
  endorsed_by: string | null;
  statement: string | null;
  created_at: string;
}

// 0008-news-images-campaign-materials
export interface CampaignMaterialsTable {
  id: string;
  campaign_id: string;
  upload_id: string;
  kind: string;
  title: string;
  alt: string | null;
  width: number | null;
  height: number | null;
  added_by: string | null;
  added_at: string;
}

/** Care observatory (migration 0040): one row per indicator series (one published file). */
export interface IndicatorSeriesTable {
  id: string;
  series_code: string;
  indicator_code: string;
  indicator_label: string;
  indicator_title: string;
  title: string;
  unit_code: string;
  unit_label: string;
  sdg_series_code: string | null;
  /** 'number' or 'category'. */
  kind: string;
  release: string;
  sort_order: number;
  file_name: string;
  checksum: string;
  value_count: number;
  country_count: number;
  first_year: number | null;
  last_year: number | null;
  created_at: string;
  updated_at: string;
}

export interface IndicatorValuesTable {
  id: string;
  series_id: string;
  dims_key: string;
  area_code: string;
  /** ISO alpha-2 for a country; null for a region or group. */
  country: string | null;
  area_name: string;
  year: number;
  time_detail: string;
  /** F, M, _T (both), _O (other) or '' when the series has no sex. */
  sex: string;
  age: string;
  age_label: string;
  /** _T (all areas), U (urban), R (rural) or ''. */
  location: string;
  value: number | null;
  value_code: string | null;
  value_label: string | null;
  unit_code: string;
  nature: string;
  nature_label: string;
  source: string;
  footnote: string;
  release: string;
  is_latest: number;
  updated_at: string;
}

export interface IndicatorImportsTable {
  id: string;
  series_id: string;
  file_name: string;
  checksum: string;
  release: string;
  added: number;
  changed: number;
  withdrawn: number;
  unchanged: number;
  skipped: number;
  actor_id: string | null;
  imported_at: string;
}

export interface IndicatorValueHistoryTable {
  id: string;
  series_id: string;
  import_id: string;
  dims_key: string;
  country: string | null;
  year: number;
  /** 'changed' or 'withdrawn'. */
  change: string;
  value: number | null;
  value_label: string | null;
  source: string;
  footnote: string;
  release: string;
  replaced_at: string;
}

/** Rate-limit counters shared by the nodes (written by rate-limiter-flexible; migration 0030). */
export interface RateLimitsTable {
  key: string;
  points: Generated<number>;
  /** End of the window, milliseconds since 1970. */
  expire: number | null;
}

/** Uploaded files kept in the database (PostgreSQL hubs without S3; migration 0031). */
export interface StoredFilesTable {
  key: string;
  bytes: Uint8Array;
  byte_size: number;
  created_at: string;
}

/** Communities of practice (0050, issue 13). JSON columns: translations {lang: {name, description}}, themes, regions. */
export interface CommunitiesTable {
  id: string;
  slug: string;
  status: string;
  visibility: string;
  join_policy: string;
  language: string;
  name: string;
  description: string;
  translations: Generated<string>;
  themes: Generated<string>;
  regions: Generated<string>;
  picture_id: string | null;
  picture_key: string | null;
  picture_alt: string | null;
  picture_width: number | null;
  picture_height: number | null;
  created_by: string | null;
  decided_by: string | null;
  created_at: string;
  updated_at: string;
  last_activity_at: string;
  version: Generated<number>;
}

export interface CommunityMembersTable {
  community_id: string;
  user_id: string;
  role: string;
  is_listed: Generated<number>;
  joined_at: string;
}

export interface CommunityThreadsTable {
  id: string;
  community_id: string;
  kind: string;
  title: string;
  language: string;
  status: string;
  author_id: string | null;
  accepted_post_id: string | null;
  post_count: Generated<number>;
  created_at: string;
  last_post_at: string;
  version: Generated<number>;
}

export interface CommunityPostsTable {
  id: string;
  thread_id: string;
  community_id: string;
  author_id: string | null;
  body: string;
  language: string;
  quote_of: string | null;
  is_deleted: Generated<number>;
  helpful_count: Generated<number>;
  created_at: string;
  edited_at: string | null;
  version: Generated<number>;
  /** Set when a facilitator hid the post (0052): the reason its author is shown. */
  hidden_reason: string | null;
}

export interface CommunityReportsTable {
  id: string;
  community_id: string;
  thread_id: string;
  post_id: string;
  reporter_id: string | null;
  reason: string;
  details: string;
  status: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

export interface CommunityModerationActsTable {
  id: string;
  community_id: string;
  action: string;
  thread_id: string | null;
  post_id: string | null;
  subject_user_id: string | null;
  reason: string;
  by: string | null;
  at: string;
}

export interface CommunityResourcesTable {
  id: string;
  community_id: string;
  record_type: string;
  record_slug: string;
  note: string;
  note_language: string;
  added_by: string | null;
  added_at: string;
}

/** A mail that became a post (docs/adr/0056): its Message-ID, so a second delivery posts nothing. */
export interface CommunityInboundMailTable {
  message_key: string;
  post_id: string;
  user_id: string;
  received_at: string;
}

export interface CommunityMeetingsTable {
  id: string;
  community_id: string;
  event_id: string;
  added_by: string | null;
  added_at: string;
}

export interface CommunityPostRevisionsTable {
  id: string;
  post_id: string;
  body: string;
  language: string;
  written_at: string;
  replaced_at: string;
  replaced_by: string | null;
  /** JSON { added: [names], removed: [names] }: the files this edit changed (migration 0064). */
  files_changed: string | null;
}

export interface CommunityPostTranslationsTable {
  id: string;
  post_id: string;
  language: string;
  body: string;
  translated_by: string | null;
  created_at: string;
}

/** A file attached to a community post (0063): an upload, in the order it was attached. */
export interface CommunityPostFilesTable {
  upload_id: string;
  post_id: string;
  position: number;
  created_at: string;
}

/** A person watching a community or a thread (0056): 'watching', or 'muted' for a thread they stopped. */
export interface CommunityWatchesTable {
  user_id: string;
  target_type: string;
  target_id: string;
  state: string;
  reason: string;
  created_at: string;
}

/** A person's community mail: 'immediately' | 'daily' | 'weekly' | 'off', digest zone and progress (0056). */
export interface CommunityMailSettingsTable {
  user_id: string;
  frequency: string;
  time_zone: string | null;
  daily_sent_through: string | null;
  weekly_sent_through: string | null;
  updated_at: string;
}

export interface CommunityPostHelpfulTable {
  post_id: string;
  user_id: string;
  created_at: string;
}

/** An offer or a need of a member organisation (migration 0060, issue 14). JSON arrays as text. */
export interface ConnectionListingsTable {
  id: string;
  kind: string;
  organization_id: string;
  help_kind: string;
  title: string;
  description: string;
  language: string;
  concepts: string;
  tagged_concepts: string;
  countries: string;
  regions: string;
  is_anywhere: number;
  working_languages: string;
  open_until: string | null;
  status: string;
  closed_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
  // 0066: the "until" date an expiry reminder was sent for
  reminded_until: string | null;
}

/** 0067: who asked for the weekly mail of new matches, and up to when matches were mailed. */
export interface ConnectionWeeklyMailTable {
  user_id: string;
  subscribed_at: string;
  sent_through: string;
}

/** The terms a listing is matched by: concept ids, places and working languages (migration 0060). */
export interface ConnectionTermsTable {
  listing_id: string;
  term: string;
  /** The listing's kind (offer, need), repeated so that candidates are found from the index alone. */
  kind: string;
  /** 1 while the listing is open (its expiry date is checked on the listing itself). */
  is_open: number;
}

/** The gazetteer's places (migration 0021): names is a JSON array, the local name first. */
export interface SearchPlacesTable {
  id: string;
  country: string;
  names: string;
  /** WGS 84 degrees, null when unknown (migration 0070). */
  latitude: number | null;
  longitude: number | null;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

/** A request to be introduced, about an offer or a need (migration 0061). */
export interface ConnectionIntroductionsTable {
  id: string;
  subject_type: string;
  subject_id: string;
  subject_title: string;
  requester_organization_id: string;
  receiver_organization_id: string;
  requested_by: string;
  message: string;
  /** requested, accepted, declined, closed */
  status: string;
  created_at: string;
  answered_by: string | null;
  answered_at: string | null;
  version: Generated<number>;
}

/** A message of an accepted introduction's private conversation (migration 0061). */
export interface ConnectionMessagesTable {
  id: string;
  introduction_id: string;
  author_id: string;
  organization_id: string;
  body: string;
  created_at: string;
}

/** What came of an introduction, with its sector pair, region and year as they were (migration 0061). */
export interface ConnectionOutcomesTable {
  id: string;
  introduction_id: string;
  kind: string;
  commitment_id: string | null;
  sector_pair: string;
  region: string;
  year: number;
  recorded_by: string;
  organization_id: string;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  search_places: SearchPlacesTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  organizations: OrganizationsTable;
  organization_countries: OrganizationCountriesTable;
  organization_members: OrganizationMembersTable;
  organization_invitations: OrganizationInvitationsTable;
  uploads: UploadsTable;
  membership_applications: MembershipApplicationsTable;
  application_notes: ApplicationNotesTable;
  application_letter_versions: ApplicationLetterVersionsTable;
  application_letter_files: ApplicationLetterFilesTable;
  application_replies: ApplicationRepliesTable;
  application_reply_files: ApplicationReplyFilesTable;
  site_texts: SiteTextsTable;
  app_meta: AppMetaTable;
  search_documents: SearchDocumentsTable;
  search_facets: SearchFacetsTable;
  search_facet_totals: SearchFacetTotalsTable;
  search_state: SearchStateTable;
  search_terms: SearchTermsTable;
  practices: PracticesTable;
  practice_revisions: PracticeRevisionsTable;
  practice_facets: PracticeFacetsTable;
  practice_files: PracticeFilesTable;
  practice_recommendations: PracticeRecommendationsTable;
  jobs: JobsTable;
  commitment_cycles: CommitmentCyclesTable;
  commitments: CommitmentsTable;
  commitment_makers: CommitmentMakersTable;
  commitment_deliverables: CommitmentDeliverablesTable;
  commitment_facets: CommitmentFacetsTable;
  reporting_rounds: ReportingRoundsTable;
  commitment_reports: CommitmentReportsTable;
  commitment_report_items: CommitmentReportItemsTable;
  commitment_links: CommitmentLinksTable;
  commitment_report_files: CommitmentReportFilesTable;
  commitment_facet_counts: CommitmentFacetCountsTable;
  commitment_dimension_counts: CommitmentDimensionCountsTable;
  events: EventsTable;
  event_organizers: EventOrganizersTable;
  event_facets: EventFacetsTable;
  event_registrations: EventRegistrationsTable;
  event_recommendations: EventRecommendationsTable;
  news_articles: NewsArticlesTable;
  document_imports: DocumentImportsTable;
  news_reads: NewsReadsTable;
  campaigns: CampaignsTable;
  campaign_endorsements: CampaignEndorsementsTable;
  campaign_materials: CampaignMaterialsTable;
  indicator_series: IndicatorSeriesTable;
  indicator_values: IndicatorValuesTable;
  indicator_imports: IndicatorImportsTable;
  indicator_value_history: IndicatorValueHistoryTable;
  rate_limits: RateLimitsTable;
  stored_files: StoredFilesTable;
  communities: CommunitiesTable;
  community_members: CommunityMembersTable;
  community_threads: CommunityThreadsTable;
  community_posts: CommunityPostsTable;
  community_post_revisions: CommunityPostRevisionsTable;
  community_post_translations: CommunityPostTranslationsTable;
  community_post_helpful: CommunityPostHelpfulTable;
  community_watches: CommunityWatchesTable;
  community_post_files: CommunityPostFilesTable;
  community_mail_settings: CommunityMailSettingsTable;
  community_reports: CommunityReportsTable;
  community_resources: CommunityResourcesTable;
  community_meetings: CommunityMeetingsTable;
  community_inbound_mail: CommunityInboundMailTable;
  community_moderation_acts: CommunityModerationActsTable;
  connection_listings: ConnectionListingsTable;
  connection_terms: ConnectionTermsTable;
  connection_introductions: ConnectionIntroductionsTable;
  connection_messages: ConnectionMessagesTable;
  connection_outcomes: ConnectionOutcomesTable;
  connection_weekly_mail: ConnectionWeeklyMailTable;
}
