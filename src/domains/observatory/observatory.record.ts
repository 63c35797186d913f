import type { Selectable } from 'kysely';
import type { IndicatorValuesTable } from '../../platform/db/schema.ts';

/**
 * The observatory domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export type TValueRow = Selectable<IndicatorValuesTable>;
