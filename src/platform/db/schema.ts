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
}

export interface SearchFacetsTable {
  doc_id: string;
  facet: string;
  value: string;
}

/** PostgreSQL only (SQLite reads its vocabulary from fts5vocab). */
export interface SearchTermsTable {
  term: string;
  doc_count: number;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  auth_tokens: AuthTokensTable;
  audit_log: AuditLogTable;
  outbox: OutboxTable;
  organizations: OrganizationsTable;
  app_meta: AppMetaTable;
  search_documents: SearchDocumentsTable;
  search_facets: SearchFacetsTable;
  search_terms: SearchTermsTable;
}
