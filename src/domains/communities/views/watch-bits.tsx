import { CsrfField } from '../../../ui/components/form-field.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TWatchView } from '../watching.service.ts';

/**
 * The watch button of a community or a thread page (members only): watch / stop watching, why the
 * reader watches (they chose it, started the thread, or replied to it), and where their mail settings are.
 */
export function WatchControl({
  ctx,
  action,
  watch,
  target,
}: {
  ctx: TViewContext;
  /** The address the form posts to (…/watch). */
  action: string;
  watch: TWatchView;
  target: 'community' | 'thread';
}) {
  if (!watch.canWatch) return null;
  const { t } = ctx;
  const status = watch.isWatching
    ? t(`communities.watch.${target}.watchingBecause.${watch.reason ?? 'chosen'}`)
    : t(`communities.watch.${target}.notWatching`);
  return (
    <section class="watch" aria-labelledby={`watch-${target}-title`}>
      <h2 id={`watch-${target}-title`} class="visually-hidden">
        {t('communities.watch.title')}
      </h2>
      <p>{status}</p>
      <form novalidate method="post" action={action} class="inline-form">
        <CsrfField ctx={ctx} />
        <input type="hidden" name="watch" value={watch.isWatching ? '0' : '1'} />
        <button type="submit">
          {watch.isWatching ? t(`communities.watch.${target}.stop`) : t(`communities.watch.${target}.start`)}
        </button>
      </form>{' '}
      <a href={ctx.href('/communities/mail')}>{t('communities.watch.settingsLink')}</a>
    </section>
  );
}
