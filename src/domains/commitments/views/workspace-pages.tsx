import { KeyedTable, type TTableText } from '../../../ui/components/keyed-table.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import type { TCommitment } from '../commitments.record.ts';
import {
  CommitmentsPage,
  CommitmentTitleLink,
  LightBadge,
  ProgressBadge,
  StatusBadge,
} from './commitment-bits.tsx';

export type TWorkspaceItem = TCommitment & {
  light: string;
  makerName: string;
  makerRole: string;
  makerStatus: string;
};

const mineTable: TTableText = {
  caption: 'commitments.mine.list',
  headers: ['commitments.field.title', 'commitments.mine.organization', 'commitments.mine.state'],
  empty: 'commitments.mine.empty',
};

const reviewTable: TTableText = {
  caption: 'commitments.review.title',
  headers: ['commitments.field.title', 'commitments.field.lead', 'commitments.review.submittedAt'],
  empty: 'commitments.review.empty',
};

/** "My commitments": invitations to answer, then every commitment of the reader's organisations. */
export function WorkspacePage({
  ctx,
  items,
  invitations,
  canCreate,
}: {
  ctx: TViewContext;
  items: TWorkspaceItem[];
  invitations: TWorkspaceItem[];
  canCreate: boolean;
}) {
  const { t } = ctx;
  const mineRow = (item: TWorkspaceItem) => (
    <>
      <td>
        <CommitmentTitleLink ctx={ctx} item={item} />
      </td>
      <td dir="auto">
        {item.makerName}{' '}
        <span class={`badge maker-${item.makerStatus}`}>
          {item.makerRole === 'lead'
            ? t('commitments.maker.lead')
            : t(`commitments.maker.${item.makerStatus}`)}
        </span>
      </td>
      <td>
        {item.status === 'published' ? (
          <>
            <ProgressBadge ctx={ctx} status={item.progressStatus} percent={item.progressPercent} />{' '}
            <LightBadge ctx={ctx} light={item.light} />
          </>
        ) : (
          <StatusBadge ctx={ctx} status={item.status} />
        )}
      </td>
    </>
  );
  return (
    <CommitmentsPage ctx={ctx} page="mine" isPrivate>
      {canCreate ? (
        <p>
          <a class="button" href={ctx.href('/commitments/new')}>
            {t('commitments.index.declare')}
          </a>
        </p>
      ) : (
        <p>{t('commitments.mine.noOrganization')}</p>
      )}
      {invitations.length > 0 ? (
        <section aria-labelledby="invitations-title">
          <h2 id="invitations-title">{t('commitments.mine.invitations')}</h2>
          <ul>
            {invitations.map((item) => (
              <li>
                <CommitmentTitleLink ctx={ctx} item={item} />{' '}
                <span dir="auto">{t('commitments.mine.invitedAs', { organization: item.makerName })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="mine-title">
        <h2 id="mine-title">{t('commitments.mine.list')}</h2>
        <KeyedTable ctx={ctx} text={mineTable} items={items} row={mineRow} />
      </section>
    </CommitmentsPage>
  );
}

/** The secretariat's queue: commitments submitted for review, oldest first. */
export function ReviewQueuePage({
  ctx,
  items,
}: {
  ctx: TViewContext;
  items: (TCommitment & { leadName: string })[];
}) {
  const { i18n } = ctx;
  const reviewRow = (item: TCommitment & { leadName: string }) => (
    <>
      <td>
        <CommitmentTitleLink ctx={ctx} item={item} />
      </td>
      <td dir="auto">{item.leadName}</td>
      <td>{item.submittedAt ? i18n.formatDate(item.submittedAt) : ''}</td>
    </>
  );
  return (
    <CommitmentsPage ctx={ctx} page="review" isPrivate>
      <KeyedTable ctx={ctx} text={reviewTable} items={items} row={reviewRow} />
    </CommitmentsPage>
  );
}
