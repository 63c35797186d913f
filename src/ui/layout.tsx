import type { Child } from 'hono/jsx';
import { locales } from '../i18n/locales.ts';
import { assetUrl } from './assets.ts';
import { Logo } from './components/logo.tsx';
import { mainNavigation } from './navigation.ts';
import type { TViewContext } from './view-context.ts';

type TLayoutProps = {
  ctx: TViewContext;
  /** The page's own title; the site name is appended. */
  title: string;
  description?: string;
  children: Child;
  /** JSON-LD objects to embed (schema.org). */
  structuredData?: readonly object[];
  /** Set on pages that should not be indexed (forms, account, admin). */
  isPrivate?: boolean;
  /** Open Graph share card (title, description, absolute URL, optional image with its description). */
  openGraph?: {
    title: string;
    description: string;
    url: string;
    image?: { url: string; alt: string } | undefined;
  };
};

export function Layout({
  ctx,
  title,
  description,
  children,
  structuredData = [],
  isPrivate = false,
  openGraph,
}: TLayoutProps) {
  const { t, locale, i18n } = ctx;
  const siteName = t('common.siteName');
  return (
    <html lang={locale} dir={i18n.dir}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {ctx.user ? <meta name="csrf-token" content={ctx.csrfToken} /> : null}
        <title>{`${title} · ${siteName}`}</title>
        <meta name="description" content={description ?? t('common.siteDescription')} />
        {isPrivate ? <meta name="robots" content="noindex" /> : null}
        {openGraph ? (
          <>
            <meta property="og:type" content="website" />
            <meta property="og:site_name" content={siteName} />
            <meta property="og:title" content={openGraph.title} />
            <meta property="og:description" content={openGraph.description} />
            <meta property="og:url" content={openGraph.url} />
            <meta property="og:locale" content={locale} />
            {openGraph.image ? <meta property="og:image" content={openGraph.image.url} /> : null}
            {openGraph.image ? <meta property="og:image:alt" content={openGraph.image.alt} /> : null}
            <meta name="twitter:card" content={openGraph.image ? 'summary_large_image' : 'summary'} />
          </>
        ) : null}
        <link rel="stylesheet" href={assetUrl('app.css')} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        {locales.map((l) => (
          <link rel="alternate" hreflang={l.tag} href={`/${l.tag}${ctx.localPath}`} />
        ))}
        <script src={assetUrl('app.js')} defer />
        {structuredData.map((data) => (
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: safeJson(data) }} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('common.skipToContent')}
        </a>
        <header class="site-header">
          <div class="wrap bar">
            <a class="brand" href={ctx.href('/')}>
              <Logo />
              <span>
                {siteName}
                <small>{t('common.tagline')}</small>
              </span>
            </a>
            <SiteSearch ctx={ctx} id="site-search-q" />
            <AccountLinks ctx={ctx} />
            <LanguageSwitcher ctx={ctx} />
            <details class="phone-menu">
              <summary>{t('common.menu')}</summary>
              <div class="phone-menu-body">
                <SiteSearch ctx={ctx} id="phone-search-q" />
                <nav aria-label={t('common.nav.label')}>
                  <MainNavigationList ctx={ctx} />
                </nav>
                <AccountLinks ctx={ctx} className="phone-account" />
                <LanguageSwitcher ctx={ctx} className="phone-languages" />
              </div>
            </details>
          </div>
          <nav class="main-nav" aria-label={t('common.nav.label')}>
            <MainNavigationList ctx={ctx} />
          </nav>
        </header>
        <main id="main" tabindex={-1}>
          <div class="wrap">
            {ctx.flash ? (
              <p class="notice ok" role="status">
                {t(ctx.flash)}
              </p>
            ) : null}
            {children}
          </div>
        </main>
        <Footer ctx={ctx} />
      </body>
    </html>
  );
}

/**
 * The site search. On a phone the header shows only the brand and a "Menu" disclosure (a <details>,
 * no script needed) holding the search, the main navigation, the account links and the languages;
 * the desktop copies are hidden there by CSS, and the disclosure is hidden on wider screens.
 */
function SiteSearch({ ctx, id }: { ctx: TViewContext; id: string }) {
  const { t } = ctx;
  return (
    <form novalidate class="site-search" role="search" action={ctx.href('/search')} method="get">
      <label class="visually-hidden" for={id}>
        {t('common.search.label')}
      </label>
      <input id={id} type="search" name="q" placeholder={t('common.search.placeholder')} />
      <button type="submit">{t('common.search.submit')}</button>
    </form>
  );
}

function MainNavigationList({ ctx }: { ctx: TViewContext }) {
  return (
    <ul>
      {mainNavigation.map((item) => (
        <li>
          <a
            href={ctx.href(item.path)}
            aria-current={ctx.localPath.startsWith(item.path) ? 'page' : undefined}
          >
            {ctx.t(item.key)}
          </a>
        </li>
      ))}
    </ul>
  );
}

function AccountLinks({ ctx, className = 'account' }: { ctx: TViewContext; className?: string }) {
  const { t, user } = ctx;
  if (!user) {
    return (
      <nav class={className} aria-label={t('common.account.label')}>
        <a href={ctx.href('/sign-in')}>{t('common.account.signIn')}</a>
        <a class="button" href={ctx.href('/sign-up')}>
          {t('common.account.signUp')}
        </a>
      </nav>
    );
  }
  return (
    <nav class={className} aria-label={t('common.account.label')}>
      <a href={ctx.href('/account')}>{user.name}</a>
      {user.roles.length > 0 ? <a href={ctx.href('/admin')}>{t('common.account.admin')}</a> : null}
      <form novalidate method="post" action={ctx.href('/sign-out')}>
        <input type="hidden" name="_csrf" value={ctx.csrfToken} />
        <button type="submit" class="link">
          {t('common.account.signOut')}
        </button>
      </form>
    </nav>
  );
}

function LanguageSwitcher({ ctx, className = 'languages' }: { ctx: TViewContext; className?: string }) {
  const { t, locale } = ctx;
  return (
    <nav class={className} aria-label={t('common.languages.label')}>
      <ul>
        {locales.map((l) => (
          <li>
            <a
              href={`/${l.tag}${ctx.localPath}${ctx.search}`}
              lang={l.tag}
              hreflang={l.tag}
              dir={l.dir}
              aria-current={l.tag === locale ? 'true' : undefined}
            >
              {l.endonym}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Footer({ ctx }: { ctx: TViewContext }) {
  const { t } = ctx;
  return (
    <footer class="site-footer">
      <div class="wrap cols">
        <section>
          <h2>{t('common.siteName')}</h2>
          <p>{t('common.footer.about')}</p>
        </section>
        <section>
          <h2>{t('common.footer.openData')}</h2>
          <ul>
            <li>
              <a href={ctx.href('/api')}>{t('reference.footerLink')}</a>
            </li>
            <li>
              <a href={ctx.href('/design')}>{t('design.footerLink')}</a>
            </li>
            <li>
              <a href="/api/v1/openapi.json">{t('common.footer.api')}</a>
            </li>
          </ul>
        </section>
      </div>
    </footer>
  );
}

/** JSON for a <script> element: "<" is escaped so no text can close the element early. */
function safeJson(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
