/**
 * The public columns of an organisation, for a query of another record that joins `organizations`
 * (the makers of a commitment, the endorsers of a campaign, the organisers of an event): one list, so
 * every such join reads the same columns under the same names. Spread it into the query's
 * `select([...])`; the organisation's id comes back as `organizationId`.
 */
export const organizationColumns = [
  'organizations.id as organizationId',
  'organizations.slug',
  'organizations.name',
] as const;

/** The same, with the name's translations and the countries, for a card that shows where it works. */
export const organizationCardColumns = [
  ...organizationColumns,
  'organizations.translations',
  'organizations.countries',
] as const;
