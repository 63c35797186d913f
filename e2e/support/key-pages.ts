/**
 * Twenty key pages of the demo hub (without the locale prefix): screenshots.spec.ts photographs them in
 * English and Arabic at 1280 and 375 px; phones.spec.ts checks the other languages fit a phone.
 */
export const keyPages: readonly [name: string, path: string][] = [
  ['home', '/'],
  ['practices', '/practices'],
  ['practice', '/practices/manzanas-del-cuidado-bogota'],
  ['members', '/members'],
  ['member', '/members/inmujeres'],
  ['events', '/events'],
  ['event', '/events/social-care-policies-conference-muscat-2024'],
  ['news', '/news'],
  ['news-article', '/news/muscat-conference-closes-with-recommendations'],
  ['commitments', '/commitments'],
  ['commitment', '/commitments/centros-comunitarios-de-cuidado'],
  ['campaigns', '/campaigns'],
  ['campaign', '/campaigns/care-at-the-centre-of-the-recovery'],
  ['communities', '/communities'],
  ['community', '/communities/care-in-cities'],
  ['connections', '/connections'],
  ['search', '/search?q=care'],
  ['join', '/join/apply'],
  ['api', '/api'],
  ['design', '/design'],
];
