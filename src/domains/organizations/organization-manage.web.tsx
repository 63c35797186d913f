import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { readForm, validateForm } from '../../http/forms.ts';
import { currentUser, requireSignedIn } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { isAppError } from '../../platform/errors.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
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
  ZOrganizationFields,
  ZOrganizationTranslation,
} from './organizations.schemas.ts';
import { InvitationPage, PeoplePage } from './views/people-page.tsx';
import { ProfileEditPage } from './views/profile-edit-page.tsx';

const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.tooLong')
    .optional()
    .transform((v) => v || null);

const ZProfileForm = ZOrganizationFields.extend({
  version: z.coerce.number().int().min(1),
  contactName: optional(120),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'validation.tooLong')
    .optional()
    .refine((v) => !v || z.email().safeParse(v).success, 'validation.email')
    .transform((v) => v || null),
  contactRole: optional(120),
  contactPhone: optional(40),
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

  web.get('/members/:slug/edit', async (c) => {
    const organization = await readProfileForEditing(deps, c.var.actor, c.req.param('slug'));
    const state = { values: profileValues(organization), errors: {} };
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
        state={state}
        logoState={{ values: {}, errors: {} }}
        translationState={translationValues(organization, c.req.query('translation'))}
      />,
    );
  });

  web.post('/members/:slug/edit', async (c) => {
    const actor = c.var.actor;
    const organization = await readProfileForEditing(deps, actor, c.req.param('slug'));
    const { values } = await readForm(c);
    const form = validateForm(ZProfileForm, values);
    const rerender = (errors: Record<string, string>, status: 409 | 422) =>
      renderPage(
        c,
        <ProfileEditPage
          ctx={viewContext(c)}
          organization={organization}
          state={{ values: form.values, errors }}
          logoState={{ values: {}, errors: {} }}
          translationState={{ values: {}, errors: {} }}
        />,
        status,
      );
    if (!form.isValid) return rerender(form.fieldErrors, 422);
    try {
      const refused = await saveProfile(deps, {
        actor,
        slug: organization.slug,
        version: form.data.version,
        fields: form.data,
        requestId: c.get('requestId'),
      });
      if (refused) return rerender(refused.fieldErrors, 422);
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict')
        return rerender({ _form: 'membership.errors.changedMeanwhile' }, 409);
      throw error;
    }
    return redirectWithFlash(
      c,
      viewContext(c).href(`/members/${encodeURIComponent(organization.slug)}`),
      'organizations.flash.profileSaved',
    );
  });

  web.post('/members/:slug/translations', async (c) => {
    const actor = c.var.actor;
    const organization = await readProfileForEditing(deps, actor, c.req.param('slug'));
    const { values } = await readForm(c);
    const form = validateForm(ZOrganizationTranslation, values);
    const rerender = (errors: Record<string, string>, status: 409 | 422) =>
      renderPage(
        c,
        <ProfileEditPage
          ctx={viewContext(c)}
          organization={organization}
          state={{ values: profileValues(organization), errors: {} }}
          logoState={{ values: {}, errors: {} }}
          translationState={{ values: form.values, errors }}
        />,
        status,
      );
    if (!form.isValid) return rerender(form.fieldErrors, 422);
    try {
      const refused = await saveTranslation(deps, {
        actor,
        slug: organization.slug,
        version: form.data.version,
        translation: form.data,
        requestId: c.get('requestId'),
      });
      if (refused) return rerender(refused.fieldErrors, 422);
    } catch (error) {
      if (isAppError(error) && error.code === 'conflict')
        return rerender({ _form: 'membership.errors.changedMeanwhile' }, 409);
      throw error;
    }
    const isRemoved = !form.data.translationName && !form.data.translationDescription;
    return redirectWithFlash(
      c,
      viewContext(c).href(`/members/${encodeURIComponent(organization.slug)}/edit`),
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
      const state = { values: profileValues(organization), errors: {} };
      return renderPage(
        c,
        <ProfileEditPage
          ctx={viewContext(c)}
          organization={organization}
          state={state}
          logoState={{ values: {}, errors: { logo: refused } }}
          translationState={{ values: {}, errors: {} }}
        />,
        422,
      );
    }
    return redirectWithFlash(
      c,
      viewContext(c).href(`/members/${encodeURIComponent(c.req.param('slug'))}/edit`),
      'organizations.flash.logoSaved',
    );
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
    return redirectWithFlash(
      c,
      viewContext(c).href(`/members/${encodeURIComponent(c.req.param('slug'))}/people`),
      'organizations.flash.invited',
    );
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
    return redirectWithFlash(
      c,
      viewContext(c).href(`/members/${encodeURIComponent(c.req.param('slug'))}/people`),
      'organizations.flash.removed',
    );
  });

  web.post('/members/:slug/invitations/:id/revoke', async (c) => {
    await cancelInvitation(deps, {
      actor: c.var.actor,
      slug: c.req.param('slug'),
      invitationId: c.req.param('id'),
      requestId: c.get('requestId'),
    });
    return redirectWithFlash(
      c,
      viewContext(c).href(`/members/${encodeURIComponent(c.req.param('slug'))}/people`),
      'organizations.flash.invitationRevoked',
    );
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
    return redirectWithFlash(
      c,
      viewContext(c).href(`/members/${encodeURIComponent(slug)}`),
      'organizations.flash.joined',
    );
  });
}
