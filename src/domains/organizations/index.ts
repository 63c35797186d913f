/**
 * The organisations domain's public door: what other domains may use. A domain that knows something
 * about an organisation registers a section of its profile page (practices, commitments, events,
 * offers and needs…).
 */
export { registerProfileSection, type TProfileSection } from './profile-sections.ts';
