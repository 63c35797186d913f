import { z } from 'zod';
import { applicantContactFields, ZOrganizationFields } from '../organizations/index.ts';

/**
 * The membership application: its states and transitions, and the forms of applicants and reviewers.
 */
export const applicationStatuses = [
  'draft',
  'submitted',
  'under_review',
  'information_requested',
  'resubmitted',
  'accepted',
  'declined',
  'withdrawn',
] as const;
export type TApplicationStatus = (typeof applicationStatuses)[number];

export function isApplicationStatus(value: string): value is TApplicationStatus {
  return (applicationStatuses as readonly string[]).includes(value);
}

const open: readonly TApplicationStatus[] = ['submitted', 'under_review', 'resubmitted'];

/**
 * The state machine. Each transition names the states it may start from and the state it leads to;
 * anything else is refused. Decisions (accept, decline) are final.
 */
export const applicationTransitions = {
  submit: { from: ['draft'], to: 'submitted' },
  startReview: { from: ['submitted', 'resubmitted'], to: 'under_review' },
  requestInformation: { from: open, to: 'information_requested' },
  resubmit: { from: ['information_requested'], to: 'resubmitted' },
  accept: { from: open, to: 'accepted' },
  decline: { from: open, to: 'declined' },
  withdraw: {
    from: ['draft', 'submitted', 'under_review', 'information_requested', 'resubmitted'],
    to: 'withdrawn',
  },
} as const satisfies Record<string, { from: readonly TApplicationStatus[]; to: TApplicationStatus }>;
export type TApplicationTransition = keyof typeof applicationTransitions;

export function canTransition(status: string, transition: TApplicationTransition): boolean {
  return (applicationTransitions[transition].from as readonly string[]).includes(status);
}

/** States in which the applicant may still change what they wrote. */
export function isEditableByApplicant(status: string): boolean {
  return status === 'draft' || status === 'information_requested';
}

export function isDecided(status: string): boolean {
  return status === 'accepted' || status === 'declined' || status === 'withdrawn';
}

export const applicationLimits = {
  letterText: 20_000,
  commitments: 5_000,
  letterFileBytes: 10 * 1024 * 1024,
  message: 5_000,
  note: 5_000,
} as const;

const optionalText = (max: number, tooLong = 'validation.tooLong') =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => (v ? v : null));

export const ZApplicationForm = ZOrganizationFields.extend({
  ...applicantContactFields,
  letterText: z
    .string()
    .optional()
    .transform((v, ctx) => {
      const text = (v ?? '').replace(/\r\n/g, '\n').trim();
      if (text.length > applicationLimits.letterText) {
        ctx.addIssue({ code: 'custom', message: 'membership.errors.letterTooLong' });
        return z.NEVER;
      }
      return text;
    }),
  intendedCommitments: optionalText(applicationLimits.commitments),
  consent: z.string().optional(),
  removeLetterFile: z.string().optional(),
  confirmDuplicate: z.string().optional(),
  intent: z.enum(['draft', 'submit']).default('draft'),
});
export type TApplicationForm = z.infer<typeof ZApplicationForm>;

export type TContactData = { name: string; email: string; role: string | null; phone: string | null };

const versionField = z.coerce.number().int().min(1);

export const ZReviewDecision = z.object({
  version: versionField,
  message: optionalText(applicationLimits.message),
});
export type TReviewDecision = z.infer<typeof ZReviewDecision>;

export const ZInformationRequest = z.object({
  version: versionField,
  message: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(applicationLimits.message, 'validation.tooLong'),
});

export const ZNote = z.object({
  body: z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, 'validation.required')
    .max(applicationLimits.note, 'validation.tooLong'),
});

export const ZVersionOnly = z.object({ version: versionField });

export const queueSorts = ['oldest', 'newest', 'name'] as const;
export type TQueueSort = (typeof queueSorts)[number];

export type TQueueFilter = {
  status: TApplicationStatus | 'open' | null;
  type: string | null;
  country: string | null;
  /** Only applications waiting longer than this many days. */
  olderThanDays: number | null;
  sort: TQueueSort;
};
