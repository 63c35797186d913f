/**
 * The search domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TGazetteerPlace = {
  id: string;
  country: string;
  names: string[];
  /** WGS 84 degrees, or null where the gazetteer does not know (migration 0070). */
  latitude?: number | null;
  longitude?: number | null;
};
