import type { TViewContext } from '../../../ui/view-context.ts';

/** Plain share links (no third-party script): e-mail, LinkedIn, X, Facebook, WhatsApp. */
export function ShareLinks({ ctx, url, title }: { ctx: TViewContext; url: string; title: string }) {
  const { t } = ctx;
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const links = [
    { key: 'email', href: `mailto:?subject=${text}&body=${u}` },
    { key: 'linkedin', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { key: 'x', href: `https://twitter.com/intent/tweet?url=${u}&text=${text}` },
    { key: 'facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { key: 'whatsapp', href: `https://wa.me/?text=${text}%20${u}` },
  ];
  return (
    <nav class="share no-print" aria-label={t('practices.share.label')}>
      <span>{t('practices.share.label')}</span>{' '}
      {links.map((l) => (
        <>
          <a href={l.href} rel="noopener noreferrer">
            {t(`practices.share.${l.key}`)}
          </a>{' '}
        </>
      ))}
    </nav>
  );
}
