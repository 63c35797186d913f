import type { TEventAudience } from './event-audience.ts';
import type {
  TEventFormat,
  TEventKind,
  TEventStatus,
  TRecommendationVerb,
  TRegistrationMode,
  TRegistrationStatus,
} from './event-vocabulary.ts';
import type { TEventTranslation } from './events.schemas.ts';

/**
 * The events domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TRecommendation = {
  id: string;
  eventId: string;
  axis: number;
  position: number;
  verb: TRecommendationVerb;
  text: string;
  language: string;
  themes: string[];
  addressees: string[];
};
export type TRecommendationHit = TRecommendation & {
  eventSlug: string;
  eventTitle: string;
  eventStartsAt: string;
};
export type TRespondingPractice = { recommendationId: string; slug: string; title: string; language: string };

export type TRegistration = {
  id: string;
  eventId: string;
  userId: string | null;
  email: string;
  name: string;
  locale: string;
  status: TRegistrationStatus;
  answers: string[];
  createdAt: string;
  updatedAt: string;
  confirmedAt: string | null;
  cancelledAt: string | null;
};

export type TEventOrganizer = {
  id: string;
  slug: string;
  name: string;
  nameTranslations: Record<string, string>;
};
export type TOutcome = {
  summary: string;
  axes: string[];
  recordings: { title: string; url: string }[];
  documents: { title: string; url: string }[];
};
export type TEvent = {
  id: string;
  slug: string;
  status: TEventStatus;
  kind: TEventKind;
  format: TEventFormat;
  language: string;
  title: string;
  summary: string;
  description: string;
  translations: Record<string, TEventTranslation>;
  timeZone: string;
  startLocal: string;
  endLocal: string;
  startsAt: string;
  endsAt: string;
  venue: string | null;
  address: string | null;
  city: string | null;
  countryCode: string | null;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string | null;
  isOnlineUrlPrivate: boolean;
  registrationMode: TRegistrationMode;
  registrationUrl: string | null;
  capacity: number | null;
  questions: string[];
  confirmedCount: number;
  languages: string[];
  interpretation: string[];
  themes: string[];
  relatedPractices: string[];
  relatedCommitments: string[];
  outcome: TOutcome | null;
  sequence: number;
  version: number;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  cancelledAt: string | null;
  /** `public`, or `community`: only the readers of the holding community (ADR 0070). */
  audience: TEventAudience;
  /** The community that holds the event (a meeting planned from its page), else null. */
  communityId: string | null;
  organizers: TEventOrganizer[];
};
