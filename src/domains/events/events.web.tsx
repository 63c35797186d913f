import { type Context, Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { renderRecordSections } from '../../core/record-sections.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { signInPath } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { canonicalTimeZone, timeZonesOfCountry } from '../../platform/time-zones.ts';
import { zoneOfPlace } from '../../platform/zone-at-point.ts';
import { sortedChoices } from '../../ui/components/choice-options.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { decodePlace, mapClickIn, withMapResult } from '../../ui/components/place-picker.tsx';
import { rowCount, withRowAddedTo } from '../../ui/components/repeatable-rows.tsx';
import { renderPage } from '../../ui/render.ts';
import { listCommitmentChoices } from '../commitments/index.ts';
import { listPracticeChoices } from '../practices/index.ts';
import { findPlaces, placeFromMapClick, type TPlaceChoice } from '../search/index.ts';
import { eventResourceFor } from './event-audience.ts';
import { readCalendar } from './event-calendar.service.ts';
import { redirectToEvent } from './event-flash.ts';
import {
  eventInputFromForm,
  eventRowLists,
  formValuesOf,
  maxQuestions,
  questionParts,
} from './event-form.ts';
import { findOwnRegistration, registerForEvent } from './event-registrations.service.ts';
import { readRelatedRecords } from './event-related.service.ts';
import { EventTimingError, type TTimingProblem } from './event-times.ts';
import { can, resourceOf } from './events.policy.ts';
import { cancelEvent, createEvent, publishEvent, readEvent, updateEvent } from './events.service.ts';
import { readOrganizerChoices, rereadEvent, type TEvent } from './events-read.service.ts';
import { readerZoneCookie, readReaderZone, rememberReaderZone } from './reader-zone.ts';
import { CalendarPage } from './views/calendar-page.tsx';
import { EventFormPage } from './views/event-form-page.tsx';
import { EventPage } from './views/event-page.tsx';
import { TimeZonePage } from './views/time-zone-page.tsx';

/**
 * Event pages: the calendar (/events), an event (/events/{slug}) with registration, organisers'
 * create/edit/publish/cancel, and the reader's time-zone choice (/time-zone). Registration links,
 * attendees and outcomes are in event-registrations.web.tsx and event-outcomes.web.tsx.
 */
export function eventsWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  const requestId = (c: Context<TAppEnv>) => c.get('requestId') ?? null;

  web.get('/events', async (c) => {
    const ctx = viewContext(c);
    const actor = c.var.actor;
    const readerZone = readReaderZone(c);
    const params = new URL(c.req.url).searchParams;
    const data = await readCalendar(deps, { params, now: deps.clock.now(), zone: readerZone?.zone ?? 'UTC' });
    const feedParams = new URLSearchParams();
    for (const [facet, values] of Object.entries(data.selected))
      for (const v of values) feedParams.append(facet, v);
    const feed = feedParams.toString();
    return renderPage(
      c,
      <CalendarPage
        ctx={ctx}
        params={params}
        view={data.view}
        when={data.when}
        items={data.items}
        total={data.total}
        page={data.page}
        pageSize={20}
        month={data.month}
        facetCounts={data.facetCounts}
        selected={data.selected}
        organizerNames={data.organizerNames}
        readerZone={readerZone}
        canCreate={can(actor, 'create')}
        feedPath={`/calendar.ics${feed ? `?${feed}` : ''}`}
      />,
    );
  });

  web.get('/time-zone', (c) => {
    const back = safeBack(c, c.req.query('back'));
    return renderPage(
      c,
      <TimeZonePage
        ctx={viewContext(c)}
        current={readReaderZone(c)}
        back={back}
        error={null}
        now={deps.clock.now().getTime()}
      />,
    );
  });

  web.post('/time-zone', async (c) => {
    const { values } = await readForm(c);
    const back = safeBack(c, firstValue(values, 'back'));
    const asked = firstValue(values, 'zone').trim();
    if (asked === '') {
      deleteCookie(c, readerZoneCookie, { path: '/' });
      return redirectWithFlash(c, back, 'events.flash.zoneAutomatic');
    }
    const zone = canonicalTimeZone(asked);
    if (!zone) {
      return renderPage(
        c,
        <TimeZonePage
          ctx={viewContext(c)}
          current={readReaderZone(c)}
          back={back}
          error="events.errors.timeZone"
          now={deps.clock.now().getTime()}
        />,
        422,
      );
    }
    rememberReaderZone(c, zone, { isSecureCookie: deps.config.isSecureCookie });
    return redirectWithFlash(c, back, 'events.flash.zoneSaved');
  });

  web.get('/events/new', async (c) => {
    const actor = c.var.actor;
    if (!actor.userId)
      return c.redirect(signInPath(viewContext(c).locale, viewContext(c).href('/events/new')), 302);
    if (!can(actor, 'create')) throw new AppError('forbidden');
    const choices = await readOrganizerChoices(deps, actor);
    const readerZone = readReaderZone(c);
    const zone = defaultZone(choices, readerZone?.zone ?? null);
    const values: TFormValues = {
      language: viewContext(c).locale,
      timeZone: zone,
      zoneDefault: zone,
      registrationMode: 'none',
      organizers: choices.length === 1 && choices[0] ? [choices[0].slug] : [],
    };
    return renderForm(c, { values, errors: {} }, null, []);
  });

  /**
   * The form's own steps without a script: "Find the place" (or a save with a place still typed) and
   * "Add another question". The form comes back with everything kept and nothing saved.
   */
  async function formStep(
    c: Context<TAppEnv>,
    values: TFormValues,
  ): Promise<{ values: TFormValues; places: TPlaceChoice[] | null } | null> {
    if (firstValue(values, '_add') === 'questions') {
      const isFull = rowCount({ values, errors: {} }, questionParts) >= maxQuestions;
      return { values: isFull ? values : (withRowAddedTo(values, eventRowLists) ?? values), places: null };
    }
    // A click on the place map (ADR 0097): the country's map, or the nearest city chosen (and its zone).
    const click = mapClickIn(values, 'place');
    if (click) {
      const result = click === 'world' ? click : await placeFromMapClick(deps, click, viewContext(c).locale);
      return { values: withPlaceZone(withMapResult(values, 'place', true, result), []), places: null };
    }
    const query = firstValue(values, 'placeQuery').trim();
    if (firstValue(values, '_find') !== 'place' && query === '') return null;
    const places = await findPlaces(deps, query, viewContext(c).locale);
    return { values: withPlaceZone(values, places), places };
  }

  /**
   * A new event's zone follows its place until the person picks one (issue 16: "defaulting to the
   * place's zone"). `zoneDefault` is the zone the form proposed; while the select still shows it, the
   * zone of the place chosen — or of every place found, when they all keep one zone — replaces it. The
   * zone is where the place is (Vladivostok: Asia/Vladivostok, not Moscow's), else its country's when
   * the country has only one; a place in a country of several zones without a position changes nothing.
   */
  function withPlaceZone(values: TFormValues, found: readonly TPlaceChoice[]): TFormValues {
    const proposed = firstValue(values, 'zoneDefault');
    if (proposed === '' || firstValue(values, 'timeZone') !== proposed) return values;
    const chosen = decodePlace(firstValue(values, 'place'));
    const zones = new Set((chosen ? [chosen] : found).map(zoneOfPlace));
    const [zone] = zones;
    if (zones.size !== 1 || !zone) return values;
    return { ...values, timeZone: zone, zoneDefault: zone };
  }

  web.post('/events/new', async (c) => {
    const actor = c.var.actor;
    if (!actor.userId) return c.redirect(signInPath(viewContext(c).locale), 303);
    const { values } = await readForm(c);
    const step = await formStep(c, values);
    if (step) {
      if (!can(actor, 'create')) throw new AppError('forbidden');
      return renderForm(c, { values: step.values, errors: {} }, null, [], 200, step.places);
    }
    try {
      const event = await createEvent(deps, actor, eventInputFromForm(values), { requestId: requestId(c) });
      return redirectToEvent(c, event.slug, 'events.flash.created');
    } catch (error) {
      return renderRefusedForm(c, error, values, null);
    }
  });

  web.get('/events/:slug', async (c) => {
    const actor = c.var.actor;
    const event = await readEvent(deps, actor, c.req.param('slug'));
    return renderEventPage(c, event, { values: defaultRegistrationValues(c), errors: {} });
  });

  web.post('/events/:slug/register', async (c) => {
    const actor = c.var.actor;
    const event = await readEvent(deps, actor, c.req.param('slug'));
    await deps.rateLimits.publicForm.hit(`event-register:${c.get('clientIp')}`);
    const { values } = await readForm(c);
    const ctx = viewContext(c);
    try {
      const result = await registerForEvent(
        deps,
        actor,
        event.slug,
        {
          name: firstValue(values, 'name'),
          email: firstValue(values, 'email'),
          answers: event.questions.map((_, i) => firstValue(values, `answer${i}`)),
        },
        {
          userId: actor.userId,
          locale: ctx.locale,
          requestId: requestId(c),
          confirmedEmail: c.get('user')?.isEmailVerified ? c.get('user')?.email : null,
        },
      );
      // Only the owner of the address may see the registration's link: a signed-in person whose
      // confirmed address it is goes to it; anyone else gets the same answer whether the address was
      // new or already registered (the link is in the mail to that address).
      const user = c.get('user');
      const isOwnAddress = Boolean(user?.isEmailVerified && user.email === result.registration.email);
      if (!isOwnAddress) {
        return redirectToEvent(c, event.slug, 'events.flash.registrationMailed');
      }
      const flash = !result.isNew
        ? 'events.flash.alreadyRegistered'
        : result.registration.status === 'confirmed'
          ? 'events.flash.registered'
          : 'events.flash.waiting';
      return redirectToEvent(c, event.slug, flash, `/registration/${result.token}`);
    } catch (error) {
      if (isAppError(error) && Object.keys(error.fieldErrors).length > 0) {
        const fresh = (await rereadEvent(deps, event.slug)) ?? event;
        return renderEventPage(
          c,
          fresh,
          { values, errors: error.fieldErrors },
          error.status === 409 ? 409 : 422,
        );
      }
      throw error;
    }
  });

  web.get('/events/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const event = await readEvent(deps, actor, c.req.param('slug'));
    if (!can(actor, 'edit', resourceOf(event)))
      throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
    return renderForm(c, { values: formValuesOf(event), errors: {} }, event, []);
  });

  web.post('/events/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const event = await readEvent(deps, actor, c.req.param('slug'));
    const { values } = await readForm(c);
    const step = await formStep(c, values);
    if (step) {
      if (!can(actor, 'edit', resourceOf(event)))
        throw new AppError(actor.userId ? 'forbidden' : 'unauthenticated');
      return renderForm(c, { values: step.values, errors: {} }, event, [], 200, step.places);
    }
    try {
      const saved = await updateEvent(
        deps,
        actor,
        event.slug,
        eventInputFromForm(values, event.translations),
        {
          requestId: requestId(c),
          expectedVersion: Number(firstValue(values, 'version')) || event.version,
        },
      );
      return redirectToEvent(c, saved.slug, 'events.flash.saved');
    } catch (error) {
      return renderRefusedForm(c, error, values, event);
    }
  });

  web.post('/events/:slug/publish', async (c) => {
    const actor = c.var.actor;
    const event = await publishEvent(deps, actor, c.req.param('slug'), { requestId: requestId(c) });
    return redirectToEvent(c, event.slug, 'events.flash.published');
  });

  web.post('/events/:slug/cancel', async (c) => {
    const actor = c.var.actor;
    const event = await cancelEvent(deps, actor, c.req.param('slug'), { requestId: requestId(c) });
    return redirectToEvent(c, event.slug, 'events.flash.cancelled');
  });

  function defaultRegistrationValues(c: Context<TAppEnv>): TFormValues {
    const user = c.get('user');
    return user ? { name: user.name, email: user.email } : {};
  }

  async function renderEventPage(
    c: Context<TAppEnv>,
    event: TEvent,
    state: TFormState,
    status: 200 | 409 | 422 = 200,
  ) {
    const ctx = viewContext(c);
    const actor = c.var.actor;
    const resource = await eventResourceFor(deps, actor, event);
    const own = await findOwnRegistration(deps, event.id, actor.userId);
    const related = await readRelatedRecords(deps, event);
    const sections = await renderRecordSections(deps, ctx, actor, {
      type: 'event',
      slug: event.slug,
      organizationIds: event.organizers.map((o) => o.id),
    });
    return renderPage(
      c,
      <EventPage
        ctx={ctx}
        event={event}
        sections={sections}
        readerZone={readReaderZone(c)}
        publicUrl={deps.config.publicUrl}
        related={related}
        ownRegistration={own ?? null}
        registrationState={state}
        isRegistrationOpen={
          can(actor, 'register', resource) &&
          event.registrationMode === 'platform' &&
          Date.parse(event.endsAt) > deps.clock.now().getTime()
        }
        permissions={{
          canEdit: can(actor, 'edit', resource),
          canPublish: can(actor, 'publish', resource),
          canCancel: can(actor, 'cancel', resource),
          canViewAttendees: can(actor, 'viewAttendees', resource),
          canEditOutcome: can(actor, 'editOutcome', resource),
        }}
      />,
      status,
    );
  }

  /**
   * A new event's zone: that of the person's organisation when it works in one country with a single
   * zone (Poland → Europe/Warsaw), else the reader's own zone, else UTC.
   */
  function defaultZone(
    choices: readonly { countries: readonly string[] }[],
    readerZone: string | null,
  ): string {
    const [only] = choices;
    if (choices.length === 1 && only && only.countries.length === 1 && only.countries[0]) {
      const zones = timeZonesOfCountry(only.countries[0]);
      if (zones.length === 1 && zones[0]) return zones[0];
    }
    return readerZone ?? 'UTC';
  }

  async function renderForm(
    c: Context<TAppEnv>,
    state: TFormState,
    event: TEvent | null,
    timingProblems: readonly TTimingProblem[],
    status: 200 | 409 | 422 = 200,
    placeCandidates: TPlaceChoice[] | null = null,
  ) {
    const ctx = viewContext(c);
    const actor = c.var.actor;
    const choices = await readOrganizerChoices(deps, actor);
    // Organisers already on the event stay listed even for someone who could not add them.
    for (const o of event?.organizers ?? [])
      if (!choices.some((x) => x.id === o.id)) choices.push({ ...o, countries: [] });
    const [practices, commitments] = await Promise.all([
      listPracticeChoices(deps),
      listCommitmentChoices(deps),
    ]);
    const byTitle = (rows: readonly { slug: string; title: string }[]) =>
      sortedChoices(
        rows.map((r) => ({ value: r.slug, label: r.title })),
        ctx.locale,
      );
    const relatedChoices = { practices: byTitle(practices), commitments: byTitle(commitments) };
    return renderPage(
      c,
      <EventFormPage
        ctx={ctx}
        state={state}
        action={event ? ctx.href(`/events/${encodeURIComponent(event.slug)}/edit`) : ctx.href('/events/new')}
        isNew={event === null}
        version={event?.version ?? null}
        organizerChoices={choices}
        relatedChoices={relatedChoices}
        timingProblems={timingProblems}
        now={deps.clock.now().getTime()}
        placeCandidates={placeCandidates}
      />,
      status,
    );
  }

  async function renderRefusedForm(
    c: Context<TAppEnv>,
    error: unknown,
    values: TFormValues,
    event: TEvent | null,
  ) {
    if (!isAppError(error)) throw error;
    if (error.code === 'conflict') {
      return renderForm(c, { values, errors: { _form: 'events.errors.conflict' } }, event, [], 409);
    }
    if (error.code !== 'validation_failed') throw error;
    const problems = error instanceof EventTimingError ? error.problems : [];
    const { startFix: _s, endFix: _e, startOccurrence: _so, endOccurrence: _eo, ...kept } = values;
    return renderForm(c, { values: kept, errors: error.fieldErrors }, event, problems, 422);
  }

  return web;
}

/** Only paths of this site, in this language: "back" must never send people elsewhere. */
function safeBack(c: Context<TAppEnv>, back: string | undefined): string {
  const locale = c.get('i18n').locale;
  if (back?.startsWith(`/${locale}/`) && !back.includes('\\')) return back;
  return `/${locale}/events`;
}
