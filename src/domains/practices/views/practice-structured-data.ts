import { countryName } from '../../../i18n/names.ts';
import type { TPractice } from '../practice-record.ts';
import { labelOfConcept } from '../practice-taxonomy.ts';

/** schema.org JSON-LD for a practice page: a CreativeWork about places, people and care themes. */
export function practiceStructuredData(practice: TPractice, url: string, locale: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: practice.title,
    abstract: practice.summary,
    inLanguage: practice.language,
    genre: practice.kind,
    datePublished: practice.publishedAt ?? undefined,
    dateModified: practice.updatedAt,
    temporalCoverage:
      practice.startDate !== undefined
        ? `${practice.startDate}/${practice.isOngoing ? '..' : (practice.endDate ?? '..')}`
        : undefined,
    spatialCoverage: [
      ...practice.countries.map((code) => ({
        '@type': 'Country',
        name: countryName('en', code),
        identifier: code,
      })),
      ...practice.cities.map((city) => ({
        '@type': 'Place',
        name: city.name,
        ...(city.lat !== undefined && city.lon !== undefined
          ? { geo: { '@type': 'GeoCoordinates', latitude: city.lat, longitude: city.lon } }
          : {}),
      })),
    ],
    contributor: practice.implementers.map((i) => ({
      '@type': 'Organization',
      name: i.name || i.organizationSlug,
      ...(i.url ? { url: i.url } : {}),
      roleName: i.role,
    })),
    about: [...practice.themes, ...practice.populations].map((id) => ({
      '@type': 'DefinedTerm',
      termCode: id,
      name: labelOfConcept(id, locale),
    })),
    audience: practice.populations.map((id) => ({
      '@type': 'Audience',
      audienceType: labelOfConcept(id, locale),
    })),
    workTranslation: Object.keys(practice.translations).map((language) => ({
      '@type': 'CreativeWork',
      inLanguage: language,
      name: practice.translations[language]?.title || undefined,
    })),
  };
}
