/** Where each kind of search record lives on the site, under the reader's language. */
const pathOfType: Record<string, string> = {
  practice: '/practices',
  organization: '/members',
  event: '/events',
  news: '/news',
  commitment: '/commitments',
  campaign: '/campaigns',
  // A discussion's slug is "{community}/threads/{id}" (communities/thread-indexing.ts).
  thread: '/communities',
  offer: '/connections/offers',
  need: '/connections/needs',
};

export function recordPath(type: string, slug: string): string {
  return `${pathOfType[type] ?? `/${type}`}/${slug.split('/').map(encodeURIComponent).join('/')}`;
}
