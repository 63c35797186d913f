import { KeyedTable, type TTableText } from '../../../ui/components/keyed-table.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TDashboard } from '../commitment-dashboard.service.ts';
import type { TListedCommitment } from '../commitments.record.ts';
import {
  CommitmentsPage,
  CommitmentsStyles,
  CommitmentTitleLink,
  cycleText,
  LightBadge,
  ProgressBadge,
} from './commitment-bits.tsx';
import { DashboardSections, dashboardSections, FigureSummary } from './dashboard-sections.tsx';

/** The report's table of every commitment in the cycle. */
const reportTable: TTableText = {
  caption: 'commitments.report.all',
  headers: [
    'commitments.field.title',
    'commitments.field.lead',
    'commitments.field.progress',
    'commitments.field.light',
  ],
};

/** The public dashboard: where every promise stands, at a glance, with the numbers beside each chart. */
export function DashboardPage({ ctx, dashboard }: { ctx: TViewContext; dashboard: TDashboard }) {
  const { t } = ctx;
  const { cycles, cycle, figures } = dashboard;
  const path = ctx.href('/commitments/dashboard');
  return (
    <CommitmentsPage ctx={ctx} page="dashboard" hasLead isLeadDescribing>
      <form novalidate method="get" action={path} class="inline-form">
        <div class="field">
          <label for="dashboard-cycle">{t('commitments.field.cycle')}</label>
          <select id="dashboard-cycle" name="cycle">
            <option value="">{t('commitments.dashboard.allCycles')}</option>
            {cycles.map((c) => (
              <option value={c.slug} selected={cycle?.id === c.id}>
                {cycleText(c)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('commitments.filter.apply')}</button>
      </form>
      <p>
        {cycles.map((c) => (
          <>
            <a href={ctx.href(`/commitments/report/${c.slug}`)}>
              {t('commitments.dashboard.reportLink', { cycle: cycleText(c) })}
            </a>{' '}
          </>
        ))}
        <a href={ctx.href('/commitments')}>{t('commitments.dashboard.browse')}</a>
      </p>
      <FigureSummary ctx={ctx} figures={figures} />
      <nav aria-labelledby="dashboard-contents">
        <h2 id="dashboard-contents" class="visually-hidden">
          {t('commitments.report.contents')}
        </h2>
        <ul class="chips">
          {dashboardSections.map((s) => (
            <li>
              <a href={`#${s.id}`}>{t(s.titleKey)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <DashboardSections ctx={ctx} figures={figures} isTableFolded />
    </CommitmentsPage>
  );
}

/** The yearly accountability report of a cycle: cover, contents, figures, charts, every commitment. */
export function AccountabilityReportPage({
  ctx,
  dashboard,
  commitments,
  total,
  generatedAt,
}: {
  ctx: TViewContext;
  dashboard: TDashboard;
  commitments: TListedCommitment[];
  total: number;
  generatedAt: Date;
}) {
  const { t, i18n } = ctx;
  const { cycle, figures } = dashboard;
  const cycleName = cycle ? cycleText(cycle) : '';
  const title = t('commitments.report.title', { cycle: cycleName });
  return (
    <Layout ctx={ctx} title={title} description={t('commitments.report.lead', { cycle: cycleName })}>
      <CommitmentsStyles />
      <header class="report-cover">
        <p>{t('common.siteName')}</p>
        <h1>{title}</h1>
        <p class="lead">{t('commitments.report.lead', { cycle: cycleName })}</p>
        <p>{t('commitments.report.generated', { date: i18n.formatDate(generatedAt, 'long') })}</p>
        <p class="no-print">
          <a href={ctx.href('/commitments/dashboard')}>{t('commitments.report.toDashboard')}</a>
        </p>
      </header>
      <nav class="toc" aria-labelledby="toc-title">
        <h2 id="toc-title">{t('commitments.report.contents')}</h2>
        <ol>
          <li>
            <a href="#summary">{t('commitments.report.summary')}</a>
          </li>
          {dashboardSections.map((s) => (
            <li>
              <a href={`#${s.id}`}>{t(s.titleKey)}</a>
            </li>
          ))}
          <li>
            <a href="#all">{t('commitments.report.all')}</a>
          </li>
        </ol>
      </nav>
      <section id="summary" class="report-section" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('commitments.report.summary')}</h2>
        <p>
          {t('commitments.report.summaryText', {
            total: figures.total,
            delayed: figures.byProgress.get('delayed') ?? 0,
            red: figures.byLight.get('red') ?? 0,
          })}
        </p>
        <FigureSummary ctx={ctx} figures={figures} />
      </section>
      <DashboardSections ctx={ctx} figures={figures} sectionClass="report-section" />
      <section id="all" class="report-section" aria-labelledby="all-title">
        <h2 id="all-title">{t('commitments.report.all')}</h2>
        {total > commitments.length ? (
          <p>{t('commitments.report.truncated', { shown: commitments.length, total })}</p>
        ) : null}
        <KeyedTable
          ctx={ctx}
          text={reportTable}
          items={commitments}
          row={(c) => (
            <>
              <td>
                <CommitmentTitleLink ctx={ctx} item={c} />
              </td>
              <td dir="auto">{c.leadName}</td>
              <td>
                <ProgressBadge ctx={ctx} status={c.progressStatus} percent={c.progressPercent} />
              </td>
              <td>
                <LightBadge ctx={ctx} light={c.light} />
              </td>
            </>
          )}
        />
      </section>
    </Layout>
  );
}
