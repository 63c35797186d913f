import { type Context, Hono } from 'hono';
import { changeOrRedraw } from '../../core/refused-input.ts';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { firstValue, readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { isAppError } from '../../platform/errors.ts';
import { emptyFormState, type TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { readReaderZone } from '../events/index.ts';
import { communityPolicy } from './communities.policy.ts';
import {
  answerJoinRequest,
  createCommunity,
  decideProposal,
  joinCommunity,
  leaveCommunity,
  readCommunity,
  readCommunityPicture,
  readDirectory,
  readMembers,
  setListing,
} from './communities.service.ts';
import { communityEditWeb } from './community-edit.web.tsx';
import { changeFacilitator, lastFacilitatorMessage } from './community-roles.service.ts';
import { changeCommunitySettings } from './community-settings.service.ts';
import { meetingFormOf } from './meeting-form.ts';
import {
  attachMeeting,
  defaultMeetingZone,
  detachMeeting,
  planMeeting,
  readMeetings,
} from './meetings.service.ts';
import {
  dismissReport,
  readModerationQueue,
  readNotices,
  readOpenReportCount,
  removeMember,
} from './moderation.service.ts';
import { addResource, readResources, removeResource } from './resources.service.ts';
import { readThreadList } from './threads.service.ts';
import { threadsWeb } from './threads.web.tsx';
import { communityPath } from './views/community-bits.tsx';
import { CommunityFormPage } from './views/community-form-page.tsx';
import { CommunityPage } from './views/community-page.tsx';
import { DirectoryPage } from './views/directory-page.tsx';
import { MeetingsSection } from './views/meetings-section.tsx';
import { ModerationPage } from './views/moderation-page.tsx';
import { ResourcesSection } from './views/resources-section.tsx';
import { SettingsSection } from './views/settings-section.tsx';
import { WatchControl } from './views/watch-bits.tsx';
import { readCommunityWatch } from './watching.service.ts';
import { watchingWeb } from './watching.web.tsx';

const facilitatorFlash = {
  appointed: 'communities.flash.facilitatorAppointed',
  steppedDown: 'communities.flash.facilitatorSteppedDown',
  ended: 'communities.flash.facilitatorEnded',
  unchanged: 'communities.flash.facilitatorUnchanged',
} as const;

const listOf = (values: TFormValues, key: string): string[] => {
  const v = values[key];
  return (Array.isArray(v) ? v : v ? [v] : []).filter((x) => x !== '');
};

function communityInputFrom(values: TFormValues) {
  const v = (k: string) => firstValue(values, k).trim();
  return {
    name: v('name'),
    description: v('description'),
    language: v('language'),
    visibility: v('visibility'),
    joinPolicy: v('joinPolicy'),
    themes: listOf(values, 'themes'),
    regions: listOf(values, 'regions'),
    pictureAlt: v('pictureAlt') || undefined,
  };
}

/** The states of the forms on a community's page, when one is drawn again with messages. */
type TCommunityForms = Partial<
  Record<'thread' | 'resource' | 'meeting' | 'planMeeting' | 'settings', TFormState>
>;

/** The request a verb belongs to. */
type TBy = { requestId: string };

/** Communities' pages: the directory, proposing or creating one, a community's page and its members. */
export function communitiesWeb(deps: TDeps): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  // Before '/communities/:slug': '/communities/mail' is a person's mail page, not a community.
  web.route('/', watchingWeb(deps));
  web.route('/', communityEditWeb(deps));
  const slugOf = (c: Context<TAppEnv>) => c.req.param('slug') ?? '';
  const back = (c: Context<TAppEnv>, key: string, hash = '') =>
    redirectWithFlash(c, `${viewContext(c).href(communityPath(slugOf(c)))}${hash}`, key);

  web.get('/communities', async (c) => {
    const actor = c.var.actor;
    const q = (k: string) => c.req.query(k) || undefined;
    const filter = {
      theme: q('theme'),
      region: q('region'),
      joinPolicy: q('joinPolicy'),
      mine: q('mine') === '1',
    };
    const directory = await readDirectory(deps, actor, filter);
    return renderPage(
      c,
      <DirectoryPage
        ctx={viewContext(c)}
        filter={filter}
        {...directory}
        canCreate={communityPolicy.can(actor, 'create')}
        canPropose={communityPolicy.can(actor, 'propose')}
        canDecide={communityPolicy.can(actor, 'create')}
      />,
    );
  });

  const renderForm = (c: Context<TAppEnv>, state: TFormState, status: 200 | 422 = 200) =>
    renderPage(
      c,
      <CommunityFormPage
        ctx={viewContext(c)}
        state={state}
        isSecretariat={communityPolicy.can(c.var.actor, 'create')}
      />,
      status,
    );

  web.get('/communities/new', (c) => {
    const ctx = viewContext(c);
    if (!c.var.actor.userId)
      return c.redirect(
        `/${ctx.locale}/sign-in?next=${encodeURIComponent(ctx.href('/communities/new'))}`,
        302,
      );
    return renderForm(c, {
      values: { language: ctx.locale, visibility: 'public', joinPolicy: 'open' },
      errors: {},
    });
  });

  web.post('/communities/new', async (c) => {
    const { values, files } = await readForm(c);
    const create = async () => {
      const created = await createCommunity(deps, c.var.actor, communityInputFrom(values), {
        requestId: c.get('requestId'),
        picture: files.picture?.[0],
      });
      const key = created.status === 'active' ? 'communities.flash.created' : 'communities.flash.proposed';
      return redirectWithFlash(c, viewContext(c).href(communityPath(created.slug)), key);
    };
    return changeOrRedraw(values, create, (form) => renderForm(c, form, 422));
  });

  async function renderCommunity(c: Context<TAppEnv>, forms: TCommunityForms = {}, status: 200 | 422 = 200) {
    const actor = c.var.actor;
    const view = await readCommunity(deps, actor, slugOf(c));
    const page = Math.max(1, Math.min(1000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const [threads, members, notices, openReports, resources, meetings, watch, meetingZone] =
      await Promise.all([
        readThreadList(deps, actor, view, page),
        readMembers(deps, actor, view),
        readNotices(deps, actor, view),
        readOpenReportCount(deps, actor, view),
        readResources(deps, actor, view),
        readMeetings(deps, actor, view, viewContext(c).locale),
        readCommunityWatch(deps, actor, view),
        defaultMeetingZone(deps, actor, readReaderZone(c)?.zone ?? null),
      ]);
    const can = (action: Parameters<typeof communityPolicy.can>[1]) =>
      communityPolicy.can(actor, action, view.resource);
    return renderPage(
      c,
      <CommunityPage
        ctx={viewContext(c)}
        community={view.community}
        role={view.role}
        threads={threads}
        members={members.listed}
        requests={members.requests}
        isListed={members.self?.isListed ?? true}
        hasFacilitator={members.hasFacilitator}
        notices={notices}
        openReports={openReports}
        meetings={
          <MeetingsSection
            ctx={viewContext(c)}
            slug={view.community.slug}
            meetings={meetings}
            canManage={can('holdMeetings')}
            form={forms.meeting ?? emptyFormState}
            planForm={forms.planMeeting ?? emptyFormState}
            defaultZone={meetingZone}
            isPrivate={view.community.visibility === 'private'}
            now={deps.clock.now().getTime()}
          />
        }
        watch={
          <WatchControl
            ctx={viewContext(c)}
            action={viewContext(c).href(`${communityPath(view.community.slug)}/watch`)}
            watch={watch}
            target="community"
          />
        }
        resources={
          <ResourcesSection
            ctx={viewContext(c)}
            slug={view.community.slug}
            resources={resources}
            canAdd={can('startThread')}
            form={forms.resource ?? emptyFormState}
          />
        }
        settings={
          can('edit') ? (
            <SettingsSection
              ctx={viewContext(c)}
              community={view.community}
              form={forms.settings ?? emptyFormState}
            />
          ) : null
        }
        can={{
          readContent: can('readContent'),
          join: can('join'),
          requestToJoin: can('requestToJoin'),
          leave: can('leave'),
          manageMembers: can('manageMembers'),
          stepDown: can('stepDown'),
          endFacilitator: can('endFacilitator'),
          startThread: can('startThread'),
          decide: can('decide'),
          moderate: can('moderate'),
          edit: can('edit'),
        }}
        threadForm={forms.thread ?? { values: { kind: 'discussion' }, errors: {} }}
      />,
      status,
    );
  }

  /** A button on a community's page: one verb, then back to the page with the notice it answers. */
  const button = (path: string, press: (c: Context<TAppEnv>, by: TBy) => Promise<string>) =>
    web.post(path, async (c) => back(c, await press(c, { requestId: c.get('requestId') })));

  /** A form of one of the page's sections: refused input draws the page again with the section's messages. */
  const sectionForm = (
    path: string,
    section: keyof TCommunityForms,
    save: (c: Context<TAppEnv>, values: TFormValues, by: TBy) => Promise<Response>,
  ) =>
    web.post(path, async (c) => {
      const { values } = await readForm(c);
      const redraw = (form: TFormState) => renderCommunity(c, { [section]: form }, 422);
      return changeOrRedraw(values, () => save(c, values, { requestId: c.get('requestId') }), redraw);
    });

  web.get('/communities/:slug', (c) => renderCommunity(c));

  web.get('/communities/:slug/moderation', async (c) => {
    const { view, reports } = await readModerationQueue(deps, c.var.actor, slugOf(c));
    return renderPage(
      c,
      <ModerationPage ctx={viewContext(c)} community={view.community} reports={reports} />,
    );
  });
  web.post('/communities/:slug/reports/:reportId/dismiss', async (c) => {
    await dismissReport(deps, c.var.actor, slugOf(c), c.req.param('reportId') ?? '', {
      requestId: c.get('requestId'),
    });
    return redirectWithFlash(
      c,
      viewContext(c).href(`${communityPath(slugOf(c))}/moderation`),
      'communities.flash.dismissed',
    );
  });
  sectionForm('/communities/:slug/resources', 'resource', async (c, values, by) => {
    const resource = { link: firstValue(values, 'link'), note: firstValue(values, 'note') };
    await addResource(deps, c.var.actor, slugOf(c), resource, { ...by, hint: viewContext(c).locale });
    return back(c, 'communities.flash.resourceAdded');
  });
  sectionForm('/communities/:slug/meetings', 'meeting', async (c, values, by) => {
    await attachMeeting(deps, c.var.actor, slugOf(c), { event: firstValue(values, 'event') }, by);
    return back(c, 'communities.flash.meetingAdded');
  });
  sectionForm('/communities/:slug/meetings/new', 'planMeeting', async (c, values, by) => {
    const { eventSlug } = await planMeeting(deps, c.var.actor, slugOf(c), meetingFormOf(values), by);
    return redirectWithFlash(
      c,
      viewContext(c).href(`/events/${encodeURIComponent(eventSlug)}`),
      'communities.flash.meetingPlanned',
    );
  });
  button('/communities/:slug/meetings/:linkId/remove', async (c, by) => {
    await detachMeeting(deps, c.var.actor, slugOf(c), c.req.param('linkId') ?? '', by);
    return 'communities.flash.meetingRemoved';
  });
  button('/communities/:slug/resources/:resourceId/remove', async (c, by) => {
    await removeResource(deps, c.var.actor, slugOf(c), c.req.param('resourceId') ?? '', by);
    return 'communities.flash.resourceRemoved';
  });
  button('/communities/:slug/members/:userId/remove', async (c, by) => {
    const reason = firstValue((await readForm(c)).values, 'reason');
    await removeMember(deps, c.var.actor, slugOf(c), c.req.param('userId') ?? '', reason, by);
    return 'communities.flash.memberRemoved';
  });
  web.route(
    '/',
    threadsWeb(deps, (c, state) => renderCommunity(c, { thread: state }, 422)),
  );

  button('/communities/:slug/approve', async (c, by) => {
    await decideProposal(deps, c.var.actor, slugOf(c), true, by);
    return 'communities.flash.approved';
  });
  button('/communities/:slug/decline', async (c, by) => {
    await decideProposal(deps, c.var.actor, slugOf(c), false, by);
    return 'communities.flash.declined';
  });
  button('/communities/:slug/join', async (c, by) => {
    const role = await joinCommunity(deps, c.var.actor, slugOf(c), by);
    return role === 'member' ? 'communities.flash.joined' : 'communities.flash.requested';
  });
  web.post('/communities/:slug/leave', async (c) => {
    try {
      await leaveCommunity(deps, c.var.actor, slugOf(c), { requestId: c.get('requestId') });
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed') return back(c, lastFacilitatorMessage);
      throw error;
    }
    return back(c, 'communities.flash.left');
  });
  web.post('/communities/:slug/members/:userId/facilitator', async (c) => {
    const { values } = await readForm(c);
    try {
      const change = await changeFacilitator(
        deps,
        c.var.actor,
        slugOf(c),
        c.req.param('userId') ?? '',
        firstValue(values, 'facilitator') === '1',
        { requestId: c.get('requestId') },
      );
      return back(c, facilitatorFlash[change ?? 'unchanged'], '#members-title');
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed') return back(c, lastFacilitatorMessage);
      throw error;
    }
  });
  button('/communities/:slug/listing', async (c) => {
    const { values } = await readForm(c);
    await setListing(deps, c.var.actor, slugOf(c), firstValue(values, 'listed') === '1');
    return 'communities.flash.listing';
  });
  for (const [verb, isAccepted] of [
    ['accept', true],
    ['decline', false],
  ] as const) {
    button(`/communities/:slug/members/:userId/${verb}`, async (c, by) => {
      await answerJoinRequest(deps, c.var.actor, slugOf(c), c.req.param('userId') ?? '', isAccepted, by);
      return isAccepted ? 'communities.flash.requestAccepted' : 'communities.flash.requestDeclined';
    });
  }
  sectionForm('/communities/:slug/settings', 'settings', async (c, values, by) => {
    const settings = {
      visibility: firstValue(values, 'visibility'),
      joinPolicy: firstValue(values, 'joinPolicy'),
    };
    await changeCommunitySettings(deps, c.var.actor, slugOf(c), settings, by);
    return back(c, 'communities.flash.settingsSaved');
  });
  return web;
}

/** Community pictures, outside the language prefix like the other media. */
export function communityMediaRoutes(deps: TDeps): Hono<TAppEnv> {
  const routes = new Hono<TAppEnv>({ strict: false });
  routes.get('/media/communities/:file', async (c) => {
    const id = /^([0-9a-f-]{36})\.webp$/.exec(c.req.param('file'))?.[1];
    if (!id) return c.notFound();
    const picture = await readCommunityPicture(deps, c.var.actor, id);
    return c.body(new Uint8Array(picture.bytes), 200, {
      'Content-Type': 'image/webp',
      'Cache-Control': picture.isPublic ? 'public, max-age=31536000, immutable' : 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });
  return routes;
}
