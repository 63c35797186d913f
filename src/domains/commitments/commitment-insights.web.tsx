import type { Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { readForm, type TFormValues } from '../../http/forms.ts';
import { requireSignedIn } from '../../http/guards.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { TFormState } from '../../ui/components/form-field.tsx';
import { renderPage } from '../../ui/render.ts';
import { readDashboard } from './commitment-dashboard.service.ts';
import {
  addCycle,
  currentCycle,
  openRound,
  readCycles,
  readRoundPage,
} from './commitment-reporting.service.ts';
import { can } from './commitments.policy.ts';
import { emptyCommitmentFilter } from './commitments.schemas.ts';
import { readPublishedList, readRoundReminders, readRounds } from './commitments-read.service.ts';
import { readRoundNames, readRoundNamesForEditing, saveRoundNames } from './round-names.service.ts';
import { CodebookPage } from './views/codebook-page.tsx';
import { AccountabilityReportPage, DashboardPage } from './views/dashboard-page.tsx';
import { CyclesPage, RoundPage, RoundsPage } from './views/round-pages.tsx';

/**
 * The public accountability pages (dashboard, yearly report per cycle, codebook), reporting rounds
 * (who has reported; the secretariat opens them) and cycles (admins add them).
 */
export function mountCommitmentInsightRoutes(web: Hono<TAppEnv>, deps: TDeps): void {
  const meta = (c: Context<TAppEnv>) => ({ requestId: c.get('requestId') ?? null });

  web.get('/commitments/dashboard', async (c) => {
    const cycle = c.req.query('cycle');
    const dashboard = await readDashboard(deps, cycle && /^\d{4}-\d{4}$/.test(cycle) ? cycle : null);
    return renderPage(c, <DashboardPage ctx={viewContext(c)} dashboard={dashboard} />);
  });

  web.get('/commitments/report/:cycle', async (c) => {
    const slug = c.req.param('cycle');
    if (!/^\d{4}-\d{4}$/.test(slug)) throw new AppError('not_found');
    const dashboard = await readDashboard(deps, slug);
    const { items, total } = await readPublishedList(
      deps,
      { ...emptyCommitmentFilter, cycle: slug },
      { limit: 2000, offset: 0 },
    );
    return renderPage(
      c,
      <AccountabilityReportPage
        ctx={viewContext(c)}
        dashboard={dashboard}
        commitments={items}
        total={total}
        generatedAt={deps.clock.now()}
      />,
    );
  });

  web.get('/commitments/codebook', (c) => renderPage(c, <CodebookPage ctx={viewContext(c)} />));

  async function renderRounds(
    c: Context<TAppEnv>,
    state: { values: TFormValues; errors: Record<string, string> },
    status: 200 | 422 = 200,
  ) {
    const actor = c.var.actor;
    const ctx = viewContext(c);
    const rounds = await readRounds(deps);
    return renderPage(
      c,
      <RoundsPage
        ctx={ctx}
        rounds={rounds}
        names={await readRoundNames(deps, rounds, ctx.locale)}
        cycles={await readCycles(deps)}
        canManage={can(actor, 'manageRounds')}
        canManageCycles={can(actor, 'manageCycles')}
        state={state}
      />,
      status,
    );
  }

  web.get('/commitments/rounds', async (c) => {
    const cycle = await currentCycle(deps);
    const today = deps.clock.now().toISOString().slice(0, 10);
    return renderRounds(c, {
      values: { cycleId: cycle?.id ?? '', opensOn: today, remindDaysBefore: '14', remindDaysAfter: '7' },
      errors: {},
    });
  });

  web.post('/commitments/rounds', requireSignedIn, async (c) => {
    const { values } = await readForm(c);
    try {
      const round = await openRound(deps, c.var.actor, values, {
        ...meta(c),
        language: viewContext(c).locale,
      });
      return redirectWithFlash(
        c,
        viewContext(c).href(`/commitments/rounds/${round.id}`),
        'commitments.flash.roundOpened',
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderRounds(c, { values, errors: error.fieldErrors }, 422);
      throw error;
    }
  });

  async function renderRound(c: Context<TAppEnv>, names: TFormState | null, status: 200 | 422 = 200) {
    const data = await readRoundPage(deps, c.req.param('id') ?? '');
    const actor = c.var.actor;
    const ctx = viewContext(c);
    const isSecretariat = can(actor, 'manageRounds');
    const reminders = isSecretariat ? await readRoundReminders(deps, data.round.id) : null;
    const name = (await readRoundNames(deps, [data.round], ctx.locale)).get(data.round.id);
    const form =
      names ??
      (isSecretariat
        ? {
            values: Object.fromEntries(
              Object.entries((await readRoundNamesForEditing(deps, actor, data.round.id)).names).map(
                ([tag, text]) => [`name_${tag}`, text],
              ),
            ),
            errors: {},
          }
        : null);
    return renderPage(
      c,
      <RoundPage
        ctx={ctx}
        data={data}
        name={name ?? { text: data.round.title, language: data.round.titleLanguage, isFallback: false }}
        reminders={reminders}
        names={form}
      />,
      status,
    );
  }

  web.get('/commitments/rounds/:id', (c) => renderRound(c, null));

  web.post('/commitments/rounds/:id/names', requireSignedIn, async (c) => {
    const { values } = await readForm(c);
    try {
      await saveRoundNames(deps, c.var.actor, c.req.param('id'), values, meta(c));
      return redirectWithFlash(
        c,
        viewContext(c).href(`/commitments/rounds/${c.req.param('id')}`),
        'commitments.flash.roundNamesSaved',
      );
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderRound(c, { values, errors: error.fieldErrors }, 422);
      throw error;
    }
  });

  async function renderCycles(
    c: Context<TAppEnv>,
    state: { values: TFormValues; errors: Record<string, string> },
    status: 200 | 422 = 200,
  ) {
    const actor = c.var.actor;
    return renderPage(
      c,
      <CyclesPage
        ctx={viewContext(c)}
        cycles={await readCycles(deps)}
        canManage={can(actor, 'manageCycles')}
        state={state}
      />,
      status,
    );
  }

  web.get('/commitments/cycles', (c) => renderCycles(c, { values: {}, errors: {} }));

  web.post('/commitments/cycles', requireSignedIn, async (c) => {
    const { values } = await readForm(c);
    try {
      await addCycle(deps, c.var.actor, values, meta(c));
      return redirectWithFlash(c, viewContext(c).href('/commitments/cycles'), 'commitments.flash.cycleAdded');
    } catch (error) {
      if (isAppError(error) && error.code === 'validation_failed')
        return renderCycles(c, { values, errors: error.fieldErrors }, 422);
      throw error;
    }
  });
}
