import type { Context, Hono } from 'hono';
import type { TDeps } from '../../deps.ts';
import type { TAppEnv } from '../../http/app-env.ts';
import { redirectWithFlash } from '../../http/flash.ts';
import { readForm, type TFormValues } from '../../http/forms.ts';
import { viewContext } from '../../http/view-context.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import { renderPage } from '../../ui/render.ts';
import { requireSignedIn } from '../accounts/accounts.guards.ts';
import { readDashboard } from './commitment-dashboard.service.ts';
import { listRoundReminders, listRounds } from './commitment-reporting.repository.ts';
import {
  addCycle,
  currentCycle,
  openRound,
  readCycles,
  readRoundPage,
} from './commitment-reporting.service.ts';
import { can } from './commitments.policy.ts';
import { emptyCommitmentFilter } from './commitments.schemas.ts';
import { readPublishedList } from './commitments-read.service.ts';
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
    return renderPage(
      c,
      <RoundsPage
        ctx={viewContext(c)}
        rounds={await listRounds(deps.db)}
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
      const round = await openRound(deps, c.var.actor, values, meta(c));
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

  web.get('/commitments/rounds/:id', async (c) => {
    const data = await readRoundPage(deps, c.req.param('id'));
    const actor = c.var.actor;
    const reminders = can(actor, 'manageRounds') ? await listRoundReminders(deps.db, data.round.id) : null;
    return renderPage(c, <RoundPage ctx={viewContext(c)} data={data} reminders={reminders} />);
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
