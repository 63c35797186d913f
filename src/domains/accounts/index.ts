/**
 * The accounts domain's door (ADR 0019): what other domains may use — the guards their pages put in
 * front of signed-in work and the sign-in address they send visitors to.
 */
export { requireSignedIn, signInPath } from './accounts.guards.ts';
