/**
 * The admin domain's record types: what its repositories return and its services and views take.
 * Views import these, never a repository.
 */
export const outboxStatuses = ['kept', 'pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type TOutboxStatus = (typeof outboxStatuses)[number];
