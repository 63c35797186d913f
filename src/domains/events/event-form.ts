import { firstValue, type TFormValues } from '../../http/forms.ts';
import { decodePlace, encodePlace } from '../../ui/components/place-picker.tsx';
import { filledRows } from '../../ui/components/repeatable-rows.tsx';
import type { TEvent } from './events.record.ts';
import type { TEventInputRaw, TEventTranslation } from './events.schemas.ts';

/**
 * The event form's fields ↔ the shape the service validates. Start and end are a date and a time in
 * the event's zone; when a time fell in a DST gap, the form offers valid times as "startFix"/"endFix",
 * and for an ambiguous time the organiser picks the first or second occurrence. Languages and related
 * records are ticked in check-box lists (codes and slugs sent, never typed); registration questions are
 * rows (`question`, at most five).
 */
const localPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function all(values: TFormValues, key: string): string[] {
  const value = values[key];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => v.trim()).filter(Boolean);
}

/** The parts of one registration question row. */
export const questionParts = ['question'] as const;
/** The event form's row lists, by the name "Add another" sends (`_add`). */
export const eventRowLists = { questions: questionParts } as const;
/** At most this many questions (the schema's limit): "Add another" stops there. */
export const maxQuestions = 5;

function numberOrNull(text: string): number | null | typeof Number.NaN {
  if (text.trim() === '') return null;
  return Number(text.replace(',', '.'));
}

function occurrence(text: string): 'earlier' | 'later' | undefined {
  return text === 'earlier' || text === 'later' ? text : undefined;
}

function localOf(values: TFormValues, which: 'start' | 'end'): string {
  const fix = firstValue(values, `${which}Fix`);
  if (localPattern.test(fix)) return fix;
  return `${firstValue(values, `${which}Date`).trim()}T${firstValue(values, `${which}Time`).trim().slice(0, 5)}`;
}

/** The raw input, with translations merged into those the event already has. */
export function eventInputFromForm(
  values: TFormValues,
  existing?: Record<string, TEventTranslation>,
): TEventInputRaw {
  const v = (key: string) => firstValue(values, key).trim();
  const translations: Record<string, TEventTranslation> = { ...(existing ?? {}) };
  const translationLanguage = v('translationLanguage').toLowerCase();
  if (translationLanguage) {
    const text = {
      title: v('translationTitle') || null,
      summary: v('translationSummary') || null,
      description: v('translationDescription') || null,
    };
    if (text.title || text.summary || text.description) translations[translationLanguage] = text;
    else delete translations[translationLanguage];
  }
  const capacity = numberOrNull(v('capacity'));
  // The place is picked from the gazetteer (ADR 0060); its country wins over the country select.
  const place = decodePlace(v('place'));
  return {
    title: v('title'),
    summary: v('summary'),
    description: v('description'),
    language: v('language'),
    translations,
    kind: v('kind') as TEventInputRaw['kind'],
    format: v('format') as TEventInputRaw['format'],
    timeZone: v('timeZone'),
    start: localOf(values, 'start'),
    end: localOf(values, 'end'),
    startOccurrence: occurrence(v('startOccurrence')),
    endOccurrence: occurrence(v('endOccurrence')),
    venue: v('venue'),
    address: v('address'),
    city: place?.name ?? '',
    countryCode: place?.country ?? (v('countryCode') || null),
    latitude: place?.latitude ?? null,
    longitude: place?.longitude ?? null,
    onlineUrl: v('onlineUrl') || null,
    isOnlineUrlPrivate: v('isOnlineUrlPrivate') === 'on',
    registrationMode: (v('registrationMode') || 'none') as TEventInputRaw['registrationMode'],
    registrationUrl: v('registrationUrl') || null,
    capacity: capacity,
    questions: filledRows(values, questionParts).map((row) => row.question),
    languages: all(values, 'languages'),
    interpretation: all(values, 'interpretation'),
    themes: all(values, 'themes'),
    organizers: all(values, 'organizers'),
    relatedPractices: all(values, 'relatedPractices'),
    relatedCommitments: all(values, 'relatedCommitments'),
  };
}

/** The form's fields for an existing event (edit). */
export function formValuesOf(event: TEvent): TFormValues {
  return {
    title: event.title,
    summary: event.summary,
    description: event.description,
    language: event.language,
    kind: event.kind,
    format: event.format,
    timeZone: event.timeZone,
    startDate: event.startLocal.slice(0, 10),
    startTime: event.startLocal.slice(11, 16),
    endDate: event.endLocal.slice(0, 10),
    endTime: event.endLocal.slice(11, 16),
    venue: event.venue ?? '',
    address: event.address ?? '',
    place: event.city
      ? encodePlace({
          name: event.city,
          country: event.countryCode,
          latitude: event.latitude,
          longitude: event.longitude,
        })
      : '',
    countryCode: event.countryCode ?? '',
    onlineUrl: event.onlineUrl ?? '',
    ...(event.isOnlineUrlPrivate ? { isOnlineUrlPrivate: 'on' } : {}),
    registrationMode: event.registrationMode,
    registrationUrl: event.registrationUrl ?? '',
    capacity: event.capacity === null ? '' : String(event.capacity),
    question: event.questions,
    languages: event.languages,
    interpretation: event.interpretation,
    themes: event.themes,
    organizers: event.organizers.map((o) => o.slug),
    relatedPractices: event.relatedPractices,
    relatedCommitments: event.relatedCommitments,
  };
}

/** An event's own raw input, as its edit form would send it unchanged (for updates made elsewhere). */
export function eventInputOfEvent(event: TEvent): TEventInputRaw {
  return eventInputFromForm(formValuesOf(event), event.translations);
}
