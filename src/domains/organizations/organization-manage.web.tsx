import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { readForm, type TFormResult, validateForm } from '../../http/forms.ts';
import { currentUser, requireSignedIn } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { isAppError } from '../../platform/errors.ts';
import { emptyFormState, type TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { canMembership } from '../membership/index.ts';
import {
  acceptInvitation,
  cancelInvitation,
  invitePerson,
  readInvitation,
  readPeople,
  removePerson,
} from './organization-people.service.ts';
import { withCityMapClick } from './organization-place.ts';
import {
  readProfileForEditing,
  replaceLogo,
  saveProfile,
  saveTranslation,
  type TOrganizationRecord,
} from './organization-profile.service.ts';
import { organizationRoles } from './organizations.policy.ts';
import {
  organizationFormValues,
  privateContactFields,
  ZOrganizationFields,
  ZOrganizationTranslation,
} from './organizations.schemas.ts';
import { InvitationPage, PeoplePage } from './views/people-page.tsx';
import { ProfileEditPage } from './views/profile-edit-page.tsx';

const ZProfileForm = ZOrganizationFields.extend({
  version: z.coerce.number().int().min(1),
  ...privateContactFields,
});

const ZInvite = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'validation.required')
    .max(254, 'validation.tooLong')
    .pipe(z.email('validation.email')),
  role: z.enum(organizationRoles, { error: 'validation.invalidChoice' }),
});

function profileValues(o: TOrganizationRecord) {
  return {
    ...organizationFormValues({
      ...o,
      descriptionLanguage: o.language,
      nameTranslations: o.nameTranslations,
    }),
    contactName: o.privateContacts.name ?? '',
    contactEmail: o.privateContacts.email ?? '',
    contactRole: o.privateContacts.role ?? '',
    contactPhone: o.privateContacts.phone ?? '',
  };
}

/** The translation form, filled with the stored translation of `language` when it asks for one. */
function translationValues(o: TOrganizationRecord, language: string | undefined): TFormState {
  if (!language || language === o.language) return { values: {}, errors: {} };
  return {
    values: {
      translationLanguage: language,
      translationName: o.nameTranslations[language] ?? '',
      translationDescription: o.descriptionTranslations[language] ?? '',
    },
    errors: {},
  };
}

/** Back to a page of the member (its profile, editor or people) with a flash message. */
function toMember(c: Context<TAppEnv>, slug: string, page: '' | '/edit' | '/people', flash: string) {
  return redirectWithFlash(c, viewContext(c).href(`/members/${encodeURIComponent(slug)}${page}`), flash);
}

/**
 * Saves a valid form; what keeps it from being saved, with the status of the page that says so: the
 * form's own errors (422), the service's refusal (422), or a change made meanwhile (409).
 */
async function refusalOf<TData>(
  form: TFormResult<TData>,
  save: (data: TData) => Promise<{ fieldErrors: Record<string, string> } | null>,
): Promise<{ errors: Record<string, string>; status: 409 | 422 } | null> {
  if (!form.isValid) return { errors: form.fieldErrors, status: 422 };
  try {
    const refused = await save(form.data);
    return refused ? { errors: refused.fieldErrors, status: 422 } : null;
  } catch (error) {
    if (isAppError(error) && error.code === 'conflict') {
      return { errors: { _form: 'membership.errors.changedMeanwhile' }, status: 409 };
    }
    throw error;
  }
}

/** Owners and editors manage their profile, logo and people; invited people accept by link. */
export function mountOrganizationManagement(web: Hono<TAppEnv>, deps: TDeps): void {
  for (const path of [
    '/members/:slug/edit',
    '/members/:slug/logo',
    '/members/:slug/translations',
    '/members/:slug/people',
    '/members/:slug/people/*',
    '/members/:slug/invitations/*',
    '/invitations/:token',
  ]) {
    web.use(path, requireSignedIn);
  }

  /** The profile editor with one of its three forms' state (the others as stored), after a GET or a refusal. */
  const renderEdit = (
    c: Context<TAppEnv>,
    organization: TOrganizationRecord,
    forms: { state?: TFormState; logoState?: TFormState; translationState?: TFormState },
    status: 200 | 409 | 422 = 200,
  ) => {
    const canLeave = canMembership(c.var.actor, 'endMembership', {
      applicantUserId: null,
      organizationId: organization.id,
      isKeyHolder: false,
    });
    return renderPage(
      c,
      <ProfileEditPage
        ctx={viewContext(c)}
        canLeave={canLeave}
        organization={organization}
        state={forms.state ?? { values: profileValues(organization), errors: {} }}
        logoState={forms.logoState ?? emptyFormState}
        translationState={forms.translationState ?? emptyFormState}
      />,
      status,
    );
  };

  web.get('/members/:slug/edit', async (c) => {
    const organization = await readProfileForEditing(deps, c.var.actor, c.req.param('slug'));
    return renderEdit(c, organization, {
      translationState: translationValues(organization, c.req.query('translation')),
    });
  });

  web.post('/members/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const organization = await readProfileForEditing(deps, actor, c.req.param('slug'));
    const { values } = await readForm(c);
    // A click on the map beside the city (ADR 0097): the form again with the city filled in, nothing saved.
    const clicked = await withCityMapClick(deps, values, c.get('i18n').locale);
    if (clicked) return renderEdit(c, organization, { state: { values: clicked, errors: {} } });
    const form = validateForm(ZProfileForm, values);
    const refused = await refusalOf(form, (data) =>
      saveProfile(deps, {
        actor,
        slug: organization.slug,
        version: data.version,
        fields: data,
        requestId: c.get('requestId'),
      }),
    );
    if (refused) {
      return renderEdit(
        c,
        organization,
        { state: { values: form.values, errors: refused.errors } },
        refused.status,
      );
    }
    return toMember(c, organization.slug, '', 'organizations.flash.profileSaved');
  });

  web.post('/members/:slug/translations', async (c) => {
    const actor = c.var.actor;
    const organization = await readProfileForEditing(deps, actor, c.req.param('slug'));
    const form = validateForm(ZOrganizationTranslation, (await readForm(c)).values);
    const refused = await refusalOf(form, (data) =>
      saveTranslation(deps, {
        actor,
        slug: organization.slug,
        version: data.version,
        translation: data,
        requestId: c.get('requestId'),
      }),
    );
    if (refused) {
      const translationState = { values: form.values, errors: refused.errors };
      return renderEdit(c, organization, { translationState }, refused.status);
    }
    const isRemoved = form.isValid && !form.data.translationName && !form.data.translationDescription;
    return toMember(
      c,
      organization.slug,
      '/edit',
      isRemoved ? 'organizations.flash.translationRemoved' : 'organizations.flash.translationSaved',
    );
  });

  web.post('/members/:slug/logo', async (c) => {
    const actor = c.var.actor;
    const { files } = await readForm(c);
    const refused = await replaceLogo(deps, {
      actor,
      slug: c.req.param('slug'),
      file: files.logo?.[0],
      requestId: c.get('requestId'),
    });
    if (refused) {
      const organization = await readProfileForEditing(deps, actor, c.req.param('slug'));
      return renderEdit(c, organization, { logoState: { values: {}, errors: { logo: refused } } }, 422);
    }
    return toMember(c, c.req.param('slug'), '/edit', 'organizations.flash.logoSaved');
  });

  const renderPeople = async (
    c: Context<TAppEnv>,
    state: TFormState = { values: {}, errors: {} },
    status: 200 | 409 | 422 = 200,
  ) => {
    const view = await readPeople(deps, c.var.actor, c.req.param('slug') ?? '');
    return renderPage(
      c,
      <PeoplePage
        ctx={viewContext(c)}
        organization={view.organization}
        people={view.people}
        invitations={view.invitations}
        state={state}
      />,
      status,
    );
  };

  web.get('/members/:slug/people', (c) => renderPeople(c));

  web.post('/members/:slug/people/invite', async (c) => {
    const actor = c.var.actor;
    await readPeople(deps, actor, c.req.param('slug'));
    const { values } = await readForm(c);
    const form = validateForm(ZInvite, values);
    if (!form.isValid) return renderPeople(c, { values: form.values, errors: form.fieldErrors }, 422);
    await invitePerson(deps, {
      actor,
      slug: c.req.param('slug'),
      email: form.data.email,
      role: form.data.role,
      locale: c.get('i18n').locale,
      requestId: c.get('requestId'),
    });
    return toMember(c, c.req.param('slug'), '/people', 'organizations.flash.invited');
  });

  web.post('/members/:slug/people/:userId/remove', async (c) => {
    try {
      await removePerson(deps, {
        actor: c.var.actor,
        slug: c.req.param('slug'),
        userId: c.req.param('userId'),
        requestId: c.get('requestId'),
      });
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict') {
        return renderPeople(c, { values: {}, errors: { _form: 'organizations.errors.lastOwner' } }, 409);
      }
      throw error;
    }
    return toMember(c, c.req.param('slug'), '/people', 'organizations.flash.removed');
  });

  web.post('/members/:slug/invitations/:id/revoke', async (c) => {
    await cancelInvitation(deps, {
      actor: c.var.actor,
      slug: c.req.param('slug'),
      invitationId: c.req.param('id'),
      requestId: c.get('requestId'),
    });
    return toMember(c, c.req.param('slug'), '/people', 'organizations.flash.invitationRevoked');
  });

  web.get('/invitations/:token', async (c) => {
    const invitation = await readInvitation(deps, c.req.param('token'));
    return renderPage(
      c,
      <InvitationPage ctx={viewContext(c)} invitation={invitation} token={c.req.param('token')} />,
      invitation ? 200 : 404,
    );
  });

  web.post('/invitations/:token', async (c) => {
    const user = currentUser(c);
    const { slug } = await acceptInvitation(deps, {
      user,
      token: c.req.param('token'),
      requestId: c.get('requestId'),
    });
    return toMember(c, slug, '', 'organizations.flash.joined');
  });
}
