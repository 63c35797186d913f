import { localeTags } from '../../../i18n/locales.ts';
import { directionOf, languageName } from '../../../i18n/names.ts';
import { CsrfField, ErrorSummary, TextField, type TFormState } from '../../../ui/components/form-field.tsx';
import { KeyedTable, type TTableText } from '../../../ui/components/keyed-table.tsx';
import { SelectField } from '../../../ui/components/select-field.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TRoundPage } from '../commitment-reporting.service.ts';
import type { TCycle, TRound } from '../commitments.record.ts';
import type { TRoundName } from '../round-names.service.ts';
import { CommitmentsPage, CommitmentsStyles, cycleText } from './commitment-bits.tsx';
import { RoundNameText } from './round-name.tsx';

const dateOf = (ctx: TViewContext, day: string) => ctx.i18n.formatDate(`${day}T12:00:00Z`, 'long');

const whoTable: TTableText = {
  caption: 'commitments.rounds.who',
  headers: ['commitments.field.title', 'commitments.field.lead', 'commitments.rounds.reportedAt'],
  empty: 'commitments.rounds.none',
};

/** Reporting rounds, newest first; the secretariat opens the next one here. */
export function RoundsPage({
  ctx,
  rounds,
  names,
  cycles,
  canManage,
  canManageCycles,
  state,
}: {
  ctx: TViewContext;
  rounds: TRound[];
  /** Each round's name in the reader's language (or its original, marked). */
  names: ReadonlyMap<string, TRoundName>;
  cycles: TCycle[];
  canManage: boolean;
  canManageCycles: boolean;
  state: TFormState;
}) {
  const { t } = ctx;
  const cycleById = new Map(cycles.map((c) => [c.id, c]));
  const roundForm = { ctx, form: 'round', state };
  return (
    <CommitmentsPage ctx={ctx} page="rounds" hasLead>
      <p>
        <a href={ctx.href('/commitments/cycles')}>
          {canManageCycles ? t('commitments.rounds.manageCycles') : t('commitments.rounds.cycles')}
        </a>
      </p>
      {rounds.length === 0 ? (
        <p>{t('commitments.rounds.empty')}</p>
      ) : (
        <ul>
          {rounds.map((r) => (
            <li>
              <a href={ctx.href(`/commitments/rounds/${r.id}`)}>
                <RoundNameText
                  ctx={ctx}
                  name={names.get(r.id) ?? { text: r.title, language: r.titleLanguage, isFallback: false }}
                />
              </a>{' '}
              {t('commitments.rounds.summary', {
                cycle: cycleText(cycleById.get(r.cycleId) ?? { startsOn: '', endsOn: '' }),
                opens: dateOf(ctx, r.opensOn),
                deadline: dateOf(ctx, r.deadline),
              })}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <section aria-labelledby="open-title">
          <h2 id="open-title">{t('commitments.rounds.open')}</h2>
          <p class="hint">{t('commitments.rounds.openHint')}</p>
          <ErrorSummary ctx={ctx} form="round" state={state} />
          <form method="post" action={ctx.href('/commitments/rounds')} class="stack" novalidate>
            <CsrfField ctx={ctx} />
            <SelectField
              {...roundForm}
              name="cycleId"
              label={t('commitments.field.cycle')}
              options={cycles.map((c) => ({ value: c.id, label: cycleText(c) }))}
            />
            <TextField {...roundForm} name="title" label={t('commitments.rounds.name')} isRequired />
            <TextField {...roundForm} name="opensOn" type="date" label={t('commitments.rounds.opensOn')} />
            <TextField {...roundForm} name="deadline" type="date" label={t('commitments.rounds.deadline')} />
            <TextField
              {...roundForm}
              name="remindDaysBefore"
              type="number"
              label={t('commitments.rounds.remindBefore')}
              hint={t('commitments.rounds.remindHint')}
            />
            <TextField
              {...roundForm}
              name="remindDaysAfter"
              type="number"
              label={t('commitments.rounds.remindAfter')}
              hint={t('commitments.rounds.remindHint')}
            />
            <p>
              <button type="submit">{t('commitments.rounds.openSubmit')}</button>
            </p>
          </form>
        </section>
      ) : null}
    </CommitmentsPage>
  );
}

/** One round: its dates and reminders, and which commitments have reported in it. */
export function RoundPage({
  ctx,
  data,
  name,
  reminders,
  names,
}: {
  ctx: TViewContext;
  data: TRoundPage;
  /** The round's name in the reader's language (or its original, marked). */
  name: TRoundName;
  /** The reminder jobs (secretariat only): stage, when due, state. */
  reminders: { stage: string; runAt: string; status: string; sent: number }[] | null;
  /** The secretariat's form of the name in every language (null for everyone else). */
  names: TFormState | null;
}) {
  const { t, i18n } = ctx;
  const { round, cycle, progress, reported } = data;
  const share = progress.length > 0 ? reported / progress.length : 0;
  const whoRow = (p: TRoundPage['progress'][number]) => (
    <>
      <td>
        <a href={ctx.href(`/commitments/${encodeURIComponent(p.slug)}`)} lang={p.language} dir="auto">
          {p.title}
        </a>
      </td>
      <td dir="auto">{p.leadName}</td>
      <td>
        {p.reportedAt ? (
          <>
            {i18n.formatDate(p.reportedAt)}{' '}
            {p.reportedAt.slice(0, 10) > round.deadline ? (
              <span class="badge progress-delayed">{t('commitments.rounds.late')}</span>
            ) : null}
          </>
        ) : (
          <span class="badge maker-pending">{t('commitments.rounds.notYet')}</span>
        )}
      </td>
    </>
  );
  return (
    <Layout ctx={ctx} title={name.text}>
      <CommitmentsStyles />
      <p>
        <a href={ctx.href('/commitments/rounds')}>{t('commitments.rounds.back')}</a>
      </p>
      <h1>
        <RoundNameText ctx={ctx} name={name} />
      </h1>
      <dl class="facts">
        <dt>{t('commitments.field.cycle')}</dt>
        <dd>{cycleText(cycle)}</dd>
        <dt>{t('commitments.rounds.opensOn')}</dt>
        <dd>{dateOf(ctx, round.opensOn)}</dd>
        <dt>{t('commitments.rounds.deadline')}</dt>
        <dd>{dateOf(ctx, round.deadline)}</dd>
        <dt>{t('commitments.dashboard.reportingRate')}</dt>
        <dd>
          {t('commitments.dashboard.rate', {
            reported,
            expected: progress.length,
            share: i18n.formatNumber(share, { style: 'percent' }),
          })}
        </dd>
      </dl>
      {reminders ? (
        <section aria-labelledby="reminders-title">
          <h2 id="reminders-title">{t('commitments.rounds.reminders')}</h2>
          {reminders.length === 0 ? (
            <p>{t('commitments.rounds.noReminders')}</p>
          ) : (
            <ul>
              {reminders.map((r) => (
                <li>
                  {t(`commitments.rounds.reminder.${r.stage === 'after' ? 'after' : 'before'}`, {
                    date: i18n.formatDateTime(r.runAt),
                  })}{' '}
                  {t(
                    `commitments.rounds.job.${['done', 'failed', 'running'].includes(r.status) ? r.status : 'pending'}`,
                    { count: r.sent },
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {names ? <RoundNamesForm ctx={ctx} round={round} state={names} /> : null}
      <section aria-labelledby="who-title">
        <h2 id="who-title">{t('commitments.rounds.who')}</h2>
        <KeyedTable ctx={ctx} text={whoTable} items={progress} row={whoRow} />
      </section>
    </Layout>
  );
}

/** Cycles are data: the first one is 2021–2026; admins add the next ones here. */
export function CyclesPage({
  ctx,
  cycles,
  canManage,
  state,
}: {
  ctx: TViewContext;
  cycles: TCycle[];
  canManage: boolean;
  state: TFormState;
}) {
  const { t } = ctx;
  const cycleForm = { ctx, form: 'cycle', state };
  return (
    <CommitmentsPage ctx={ctx} page="cycles" hasLead>
      <ul>
        {cycles.map((c) => (
          <li>
            <a href={ctx.href(`/commitments/report/${c.slug}`)}>{cycleText(c)}</a>
          </li>
        ))}
      </ul>
      {canManage ? (
        <section aria-labelledby="cycle-title">
          <h2 id="cycle-title">{t('commitments.cycles.add')}</h2>
          <ErrorSummary ctx={ctx} form="cycle" state={state} />
          <form method="post" action={ctx.href('/commitments/cycles')} class="inline-form" novalidate>
            <CsrfField ctx={ctx} />
            <TextField
              {...cycleForm}
              name="startYear"
              type="number"
              label={t('commitments.cycles.startYear')}
            />
            <TextField {...cycleForm} name="endYear" type="number" label={t('commitments.cycles.endYear')} />
            <button type="submit">{t('commitments.cycles.addSubmit')}</button>
          </form>
        </section>
      ) : null}
    </CommitmentsPage>
  );
}

/** The secretariat names the round in each language; the original's language renames it. */
function RoundNamesForm({ ctx, round, state }: { ctx: TViewContext; round: TRound; state: TFormState }) {
  const { t } = ctx;
  const form = { ctx, form: 'names', state };
  return (
    <section aria-labelledby="names-title">
      <h2 id="names-title">{t('commitments.rounds.namesTitle')}</h2>
      <p class="hint">
        {t('commitments.rounds.namesHint', { language: languageName(ctx.locale, round.titleLanguage) })}
      </p>
      <ErrorSummary ctx={ctx} form="names" state={state} />
      <form method="post" action={ctx.href(`/commitments/rounds/${round.id}/names`)} class="stack" novalidate>
        <CsrfField ctx={ctx} />
        {localeTags.map((tag) => (
          <TextField
            {...form}
            name={`name_${tag}`}
            label={t('commitments.rounds.nameIn', { language: languageName(ctx.locale, tag) })}
            isRequired={tag === round.titleLanguage}
            maxLength={300}
            lang={tag}
            dir={directionOf(tag)}
          />
        ))}
        <p>
          <button type="submit">{t('commitments.rounds.namesSubmit')}</button>
        </p>
      </form>
    </section>
  );
}
