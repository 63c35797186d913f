import type { Hono } from 'hono';
import { z } from 'zod';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { parseForm } from '../../http/forms.ts';
import { requireSignedIn } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { renderPage } from '../../ui/render.ts';
import {
  readChampionStatus,
  readChampionsPage,
  readCriteriaForEditing,
  saveCriteria,
  setChampion,
} from './champions.service.ts';
import { ChampionFormPage, ChampionsPage, CriteriaFormPage } from './views/champions-pages.tsx';

const ZCriteria = z.object({
  body: z.string().trim().min(1, 'validation.required').max(20_000, 'validation.tooLong'),
});

const ZChampion = z.object({
  isChampion: z.enum(['1', '0']),
  citation: z.string().trim().max(2_000, 'validation.tooLong').optional(),
  since: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^\d{4}-\d{2}-\d{2}$/.test(v), 'validation.invalidFormat'),
});

/** /members/champions (public), its criteria editor, and /members/{slug}/champion (admins). */
export function mountChampions(web: Hono<TAppEnv>, deps: TDeps): void {
  web.get('/members/champions', async (c) => {
    const actor = c.var.actor;
    const page = await readChampionsPage(deps, actor, c.get('i18n').locale);
    return renderPage(c, <ChampionsPage ctx={viewContext(c)} page={page} />);
  });

  web.use('/members/champions/criteria', requireSignedIn);
  web.get('/members/champions/criteria', async (c) => {
    const actor = c.var.actor;
    const body = await readCriteriaForEditing(deps, actor, c.get('i18n').locale);
    return renderPage(c, <CriteriaFormPage ctx={viewContext(c)} state={{ values: { body }, errors: {} }} />);
  });
  web.post('/members/champions/criteria', async (c) => {
    const actor = c.var.actor;
    await readCriteriaForEditing(deps, actor, c.get('i18n').locale);
    const form = await parseForm(c, ZCriteria);
    if (!form.isValid) {
      return renderPage(
        c,
        <CriteriaFormPage ctx={viewContext(c)} state={{ values: form.values, errors: form.fieldErrors }} />,
        422,
      );
    }
    await saveCriteria(deps, {
      actor,
      locale: c.get('i18n').locale,
      body: form.data.body,
      requestId: c.get('requestId'),
    });
    return redirectWithFlash(
      c,
      viewContext(c).href('/members/champions'),
      'organizations.flash.criteriaSaved',
    );
  });

  web.use('/members/:slug/champion', requireSignedIn);
  web.get('/members/:slug/champion', async (c) => {
    const actor = c.var.actor;
    const organization = await readChampionStatus(deps, actor, c.req.param('slug'));
    const values = {
      isChampion: organization.isChampion ? '1' : '0',
      citation: organization.championCitation ?? '',
      since: organization.championSince?.slice(0, 10) ?? '',
    };
    return renderPage(
      c,
      <ChampionFormPage ctx={viewContext(c)} organization={organization} state={{ values, errors: {} }} />,
    );
  });
  web.post('/members/:slug/champion', async (c) => {
    const actor = c.var.actor;
    const organization = await readChampionStatus(deps, actor, c.req.param('slug'));
    const form = await parseForm(c, ZChampion);
    const needsCitation = form.isValid && form.data.isChampion === '1' && !form.data.citation;
    if (!form.isValid || needsCitation) {
      const errors = form.isValid
        ? { citation: 'organizations.champion.citationRequired' }
        : form.fieldErrors;
      return renderPage(
        c,
        <ChampionFormPage
          ctx={viewContext(c)}
          organization={organization}
          state={{ values: form.values, errors }}
        />,
        422,
      );
    }
    await setChampion(deps, {
      actor,
      slug: organization.slug,
      isChampion: form.data.isChampion === '1',
      citation: form.data.citation ?? null,
      citationLanguage: c.get('i18n').locale,
      since: form.data.since || null,
      requestId: c.get('requestId'),
    });
    return redirectWithFlash(
      c,
      viewContext(c).href(`/members/${encodeURIComponent(organization.slug)}`),
      form.data.isChampion === '1'
        ? 'organizations.flash.championDesignated'
        : 'organizations.flash.championRemoved',
    );
  });
}
