import { definePolicy } from '../../core/policy.ts';

/** Curators and admins keep the gazetteer (its names change what every search understands). */
const isCurator = (actor: { roles: readonly string[] }) =>
  actor.roles.includes('curator') || actor.roles.includes('admin');

export const gazetteerPolicy = definePolicy<'view' | 'edit', null>({
  rules: {
    view: (actor) => isCurator(actor),
    edit: (actor) => isCurator(actor),
  },
  anyResource: null,
});
