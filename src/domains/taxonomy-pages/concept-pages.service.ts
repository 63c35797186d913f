import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { findConcept, type TConcept } from '../../taxonomy/taxonomy.ts';
import { browsePractices, type TPractice } from '../practices/index.ts';

/**
 * A page per concept of the care taxonomy: the concept itself and the published records tagged with
 * it. Each scheme maps to the practice facet that holds it (countries by their ISO code, kinds by name).
 */
export function facetOfConcept(concept: TConcept): { facet: string; value: string } | undefined {
  switch (concept.scheme) {
    case 'theme':
    case 'population':
    case 'five_r':
    case 'sdg_target':
    case 'region':
      return { facet: concept.scheme, value: concept.id };
    case 'country':
      return { facet: 'country', value: (concept.notation ?? concept.code).toUpperCase() };
    case 'practice_kind':
      return { facet: 'kind', value: concept.code };
    default:
      return undefined;
  }
}

export async function readConceptPage(
  deps: TDeps,
  id: string,
  page: number,
): Promise<{ concept: TConcept; practices: TPractice[]; total: number }> {
  const concept = findConcept(id);
  if (!concept) throw new AppError('not_found');
  const facet = facetOfConcept(concept);
  if (!facet) return { concept, practices: [], total: 0 };
  const result = await browsePractices(deps, {
    filters: [{ facet: facet.facet, values: [facet.value] }],
    isFeaturedOnly: false,
    sort: 'newest',
    page,
    pageSize: 50,
  });
  return { concept, practices: result.items, total: result.total };
}
