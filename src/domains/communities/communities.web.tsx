import { type Context, Hono } from 'hono';
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
    try {
      const created = await createCommunity(deps, c.var.actor, communityInputFrom(values), {
        requestId: c.get('requestId'),
        picture: files.picture?.[0],
      });
      return redirectWithFlash(
        c,
        viewContext(c).href(communityPath(created.slug)),
        created.status === 'active' ? 'communities.flash.created' : 'communities.flash.proposed',
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderForm(c, { values, errors: error.fieldErrors }, 422);
      throw error;
    }
  });

  async function renderCommunity(
    c: Context<TAppEnv>,
    forms: {
      thread?: TFormState;
      resource?: TFormState;
      meeting?: TFormState;
      planMeeting?: TFormState;
      settings?: TFormState;
    } = {},
    status: 200 | 422 = 200,
  ) {
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
  web.post('/communities/:slug/resources', async (c) => {
    const { values } = await readForm(c);
    try {
      await addResource(
        deps,
        c.var.actor,
        slugOf(c),
        { link: firstValue(values, 'link'), note: firstValue(values, 'note') },
        { requestId: c.get('requestId'), hint: viewContext(c).locale },
      );
      return back(c, 'communities.flash.resourceAdded');
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderCommunity(c, { resource: { values, errors: error.fieldErrors } }, 422);
      throw error;
    }
  });
  web.post('/communities/:slug/meetings', async (c) => {
    const { values } = await readForm(c);
    try {
      await attachMeeting(
        deps,
        c.var.actor,
        slugOf(c),
        { event: firstValue(values, 'event') },
        { requestId: c.get('requestId') },
      );
      return back(c, 'communities.flash.meetingAdded');
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderCommunity(c, { meeting: { values, errors: error.fieldErrors } }, 422);
      throw error;
    }
  });
  web.post('/communities/:slug/meetings/new', async (c) => {
    const { values } = await readForm(c);
    try {
      const { eventSlug } = await planMeeting(deps, c.var.actor, slugOf(c), meetingFormOf(values), {
        requestId: c.get('requestId'),
      });
      return redirectWithFlash(
        c,
        viewContext(c).href(`/events/${encodeURIComponent(eventSlug)}`),
        'communities.flash.meetingPlanned',
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderCommunity(c, { planMeeting: { values, errors: error.fieldErrors } }, 422);
      throw error;
    }
  });
  web.post('/communities/:slug/meetings/:linkId/remove', async (c) => {
    await detachMeeting(deps, c.var.actor, slugOf(c), c.req.param('linkId') ?? '', {
      requestId: c.get('requestId'),
    });
    return back(c, 'communities.flash.meetingRemoved');
  });
  web.post('/communities/:slug/resources/:resourceId/remove', async (c) => {
    await removeResource(deps, c.var.actor, slugOf(c), c.req.param('resourceId') ?? '', {
      requestId: c.get('requestId'),
    });
    return back(c, 'communities.flash.resourceRemoved');
  });
  web.post('/communities/:slug/members/:userId/remove', async (c) => {
    const { values } = await readForm(c);
    await removeMember(
      deps,
      c.var.actor,
      slugOf(c),
      c.req.param('userId') ?? '',
      firstValue(values, 'reason'),
      {
        requestId: c.get('requestId'),
      },
    );
    return back(c, 'communities.flash.memberRemoved');
  });
  web.route(
    '/',
    threadsWeb(deps, (c, state) => renderCommunity(c, { thread: state }, 422)),
  );

  web.post('/communities/:slug/approve', async (c) => {
    await decideProposal(deps, c.var.actor, slugOf(c), true, { requestId: c.get('requestId') });
    return back(c, 'communities.flash.approved');
  });
  web.post('/communities/:slug/decline', async (c) => {
    await decideProposal(deps, c.var.actor, slugOf(c), false, { requestId: c.get('requestId') });
    return back(c, 'communities.flash.declined');
  });
  web.post('/communities/:slug/join', async (c) => {
    const role = await joinCommunity(deps, c.var.actor, slugOf(c), { requestId: c.get('requestId') });
    return back(c, role === 'member' ? 'communities.flash.joined' : 'communities.flash.requested');
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
  web.post('/communities/:slug/listing', async (c) => {
    const { values } = await readForm(c);
    await setListing(deps, c.var.actor, slugOf(c), firstValue(values, 'listed') === '1');
    return back(c, 'communities.flash.listing');
  });
  for (const [verb, isAccepted] of [
    ['accept', true],
    ['decline', false],
  ] as const) {
    web.post(`/communities/:slug/members/:userId/${verb}`, async (c) => {
      await answerJoinRequest(deps, c.var.actor, slugOf(c), c.req.param('userId') ?? '', isAccepted, {
        requestId: c.get('requestId'),
      });
      return back(c, isAccepted ? 'communities.flash.requestAccepted' : 'communities.flash.requestDeclined');
    });
  }
  web.post('/communities/:slug/settings', async (c) => {
    const { values } = await readForm(c);
    try {
      await changeCommunitySettings(
        deps,
        c.var.actor,
        slugOf(c),
        { visibility: firstValue(values, 'visibility'), joinPolicy: firstValue(values, 'joinPolicy') },
        { requestId: c.get('requestId') },
      );
      return back(c, 'communities.flash.settingsSaved');
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderCommunity(c, { settings: { values, errors: error.fieldErrors } }, 422);
      throw error;
    }
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
