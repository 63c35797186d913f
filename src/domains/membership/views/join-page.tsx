import { stakeholderTypeLabel, stakeholderTypes } from '../../../taxonomy/organization-vocabulary.ts';
import { PageText, pageTextOf } from '../../../ui/components/page-text.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { StatusBadge } from './status-badge.tsx';

export type TOwnApplication = { reference: string; status: string; organizationName: string; link: string };

const benefitKeys = ['visibility', 'share', 'learn', 'connect', 'campaign', 'champion'] as const;
const stepKeys = ['write', 'review', 'question', 'decision'] as const;

/** "Join the alliance": who can join, what members get, how the review works, and the way in. */
export function JoinPage({
  ctx,
  ownApplications,
}: {
  ctx: TViewContext;
  ownApplications: TOwnApplication[];
}) {
  const { t, i18n } = ctx;
  return (
    <Layout
      ctx={ctx}
      title={t('membership.join.title')}
      description={pageTextOf(ctx, 'membership.join.lead')}
    >
      <section class="hero" aria-labelledby="join-title">
        <h1 id="join-title">{t('membership.join.title')}</h1>
        <p class="lead">
          <PageText ctx={ctx} name="membership.join.lead" />
        </p>
        <p>
          <a class="button" href={ctx.href('/join/apply')}>
            {t('membership.join.start')}
          </a>
        </p>
      </section>
      {ownApplications.length > 0 ? (
        <section aria-labelledby="own-title">
          <h2 id="own-title">{t('membership.join.ownTitle')}</h2>
          <ul>
            {ownApplications.map((a) => (
              <li>
                <a href={a.link}>{a.organizationName || a.reference}</a>{' '}
                <StatusBadge ctx={ctx} status={a.status} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="who-title">
        <h2 id="who-title">{t('membership.join.whoTitle')}</h2>
        <p>
          <PageText ctx={ctx} name="membership.join.whoBody" />
        </p>
        <ul class="columns">
          {stakeholderTypes.map((type) => (
            <li>{stakeholderTypeLabel(i18n, type)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="benefits-title">
        <h2 id="benefits-title">{t('membership.join.benefitsTitle')}</h2>
        <ul class="cards">
          {benefitKeys.map((key) => (
            <li class="card">
              <h3>{t(`membership.join.benefit.${key}.title`)}</h3>
              <p>{t(`membership.join.benefit.${key}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="steps-title">
        <h2 id="steps-title">{t('membership.join.stepsTitle')}</h2>
        <ol>
          {stepKeys.map((key) => (
            <li>{t(`membership.join.step.${key}`)}</li>
          ))}
        </ol>
        <p>{t('membership.join.commitments', { start: 2021, end: 2026 })}</p>
        <p>
          <a class="button" href={ctx.href('/join/apply')}>
            {t('membership.join.start')}
          </a>
        </p>
        <p class="hint">{t('membership.join.privacy')}</p>
      </section>
    </Layout>
  );
}
