import { Hono } from 'hono';
import type { TFormValues } from '../core/validation.ts';
import type { TClock } from '../platform/clock.ts';
import type { TFormState } from '../ui/components/form-field.tsx';
import { renderPage } from '../ui/render.ts';
import { DesignPage, designListPages } from '../ui/views/design-page.tsx';
import type { TAppEnv } from './app-env.ts';
import { viewContext } from './view-context.ts';

const fieldNames = ['name', 'email', 'about', 'scope', 'zone', 'mail', 'countries'] as const;

/**
 * /{locale}/design: the design system's components, live (docs/design-system.md). The sample form is
 * sent with GET (it changes nothing): sent with a name or address missing, it shows every error at
 * once, named, with what was typed kept — the pattern every form of the hub follows.
 */
export function designRoutes(clock: TClock): Hono<TAppEnv> {
  const web = new Hono<TAppEnv>({ strict: false });
  web.get('/design', (c) => {
    const url = new URL(c.req.url);
    const values: TFormValues = {};
    for (const name of fieldNames) {
      const all = url.searchParams.getAll(name).map((v) => v.slice(0, 2000));
      if (all.length > 0) values[name] = name === 'mail' || name === 'countries' ? all : (all[0] ?? '');
    }
    const errors: Record<string, string> = {};
    if (url.searchParams.has('check')) {
      const name = typeof values.name === 'string' ? values.name.trim() : '';
      const email = typeof values.email === 'string' ? values.email.trim() : '';
      if (!name) errors.name = 'validation.required';
      if (!email) errors.email = 'validation.required';
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = 'validation.email';
    }
    const form: TFormState = { values, errors };
    const page = Number(url.searchParams.get('page'));
    const listPage = Number.isInteger(page) && page >= 1 && page <= designListPages ? page : 1;
    return renderPage(
      c,
      <DesignPage ctx={viewContext(c)} form={form} now={clock.now().getTime()} listPage={listPage} />,
    );
  });
  return web;
}
