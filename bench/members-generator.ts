import type { TDeps } from '../src/deps.ts';
import { insertOrganization } from '../src/domains/organizations/organizations.repository.ts';
import { countriesSorted } from '../src/i18n/names.ts';
import { newId } from '../src/platform/ids.ts';
import { slugify } from '../src/platform/text.ts';
import { scopes, stakeholderTypes } from '../src/taxonomy/organization-vocabulary.ts';

/**
 * Writes `count` member organisations with plausible, varied data (types, scopes, one to three
 * countries with a few countries much busier than others, a tenth of them champions), the same
 * every run for a given seed. For benchmarks and for trying the directory with a full database.
 */
export async function generateMembers(deps: TDeps, count: number, seed = 42): Promise<void> {
  let state = seed >>> 0;
  const random = () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const countries = countriesSorted('en').map((c) => c.code);
  const busy = ['MX', 'BR', 'AR', 'CO', 'ES', 'PL', 'JO', 'KE', 'IN', 'US', 'FR', 'EG'];
  const words = [
    'Care',
    'Cuidado',
    'Opieka',
    'Soin',
    'Rayah',
    'Zabota',
    'Alliance',
    'Network',
    'Forum',
    'Foundation',
    'Institute',
    'Centre',
    'Collective',
    'Women',
    'Youth',
    'Families',
    'Community',
    'Future',
  ];
  const at = deps.clock.now().toISOString();
  const batch = 250;
  for (let start = 0; start < count; start += batch) {
    await deps.db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(count, start + batch); i += 1) {
        const name = `${pick(words)} ${pick(words)} ${pick(words)} ${i + 1}`;
        const n = 1 + Math.floor(random() * random() * 3);
        const own = new Set<string>();
        while (own.size < n) own.add(random() < 0.6 ? pick(busy) : pick(countries));
        const id = newId();
        await insertOrganization(trx, {
          id,
          slug: `${slugify(name)}-${id.slice(-6)}`,
          name,
          acronym:
            random() < 0.5
              ? name
                  .split(' ')
                  .map((w) => w[0])
                  .join('')
              : null,
          nameTranslations: random() < 0.2 ? { es: `${name} (es)` } : {},
          stakeholderType: pick(stakeholderTypes),
          scope: pick(scopes),
          countries: [...own],
          city:
            random() < 0.7
              ? pick(['Bogotá', 'Kraków', 'Amman', 'Nairobi', 'Lyon', 'Puebla', 'Recife'])
              : null,
          website: `https://org-${i + 1}.example.org`,
          description: `${name} works on care policy and services.`,
          language: pick(['en', 'es', 'fr', 'ar', 'ru', 'pl']),
          membershipStatus: 'member',
          publishedAt: at,
          at,
        });
        if (random() < 0.1) {
          await trx
            .updateTable('organizations')
            .set({
              is_champion: 1,
              champion_since: '2024-03-08',
              champion_citation: 'For leadership on care.',
            })
            .where('id', '=', id)
            .execute();
        }
      }
    });
  }
}
