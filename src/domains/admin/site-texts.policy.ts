import { isSecretariat } from '../../core/actor.ts';
import { definePolicy } from '../../core/policy.ts';

/**
 * Who may read and word the hub's own texts per language (docs/adr/0099): the secretariat (reviewers
 * and admins). One action, as a table like every other domain's policy.
 */
export const siteTextsPolicy = definePolicy<'siteTexts.edit', null>({
  rules: { 'siteTexts.edit': (actor) => isSecretariat(actor) },
  anyResource: null,
});
