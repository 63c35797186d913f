/** The main navigation: each entry's path and its message key. Order is the order on screen. */
export const mainNavigation = [
  { path: '/practices', key: 'common.nav.repository' },
  { path: '/members', key: 'common.nav.members' },
  { path: '/commitments', key: 'common.nav.commitments' },
  { path: '/events', key: 'common.nav.events' },
  { path: '/news', key: 'common.nav.news' },
  { path: '/campaigns', key: 'common.nav.campaigns' },
  { path: '/data', key: 'common.nav.data' },
  { path: '/countries', key: 'common.nav.countries' },
  { path: '/communities', key: 'common.nav.communities' },
  { path: '/connections', key: 'common.nav.connections' },
] as const;
