import type { TActor } from '../../core/actor.ts';
import type { TDeps } from '../../deps.ts';
import { AppError } from '../../platform/errors.ts';
import { isSecretariatOfCommunities } from './communities.policy.ts';
import { countPostsSince, findAccountCreatedAt } from './communities.repository.ts';

/** New accounts (younger than a week) may write this many posts an hour. */
export const newAccountDays = 7;
export const newAccountPostsPerHour = 5;

/** Refuses a post from an account younger than a week that already wrote its hourly share. */
export async function checkPostingLimit(deps: TDeps, actor: TActor): Promise<void> {
  if (!actor.userId || isSecretariatOfCommunities(actor)) return;
  const now = deps.clock.now().getTime();
  const createdAt = await findAccountCreatedAt(deps.db, actor.userId);
  if (!createdAt || now - Date.parse(createdAt) > newAccountDays * 86_400_000) return;
  const recent = await countPostsSince(deps.db, actor.userId, new Date(now - 3_600_000).toISOString());
  if (recent >= newAccountPostsPerHour)
    throw new AppError('validation_failed', { fieldErrors: { body: 'communities.errors.newAccountLimit' } });
}
