import { z } from 'zod';
import { localeTags } from '../../i18n/locales.ts';
import { isConceptOf, type TConceptScheme } from '../../taxonomy/taxonomy.ts';

/** Communities of practice: what a community, a thread and a post are made of, and their limits. */
export const communityStatuses = ['proposed', 'active', 'declined'] as const;
export type TCommunityStatus = (typeof communityStatuses)[number];

export const communityVisibilities = ['public', 'private'] as const;
export type TCommunityVisibility = (typeof communityVisibilities)[number];

export const joinPolicies = ['open', 'request'] as const;
export type TJoinPolicy = (typeof joinPolicies)[number];

/** A member's place in a community; "requested" waits for a facilitator. */
export const memberRoles = ['facilitator', 'member', 'requested'] as const;
export type TMemberRole = (typeof memberRoles)[number];

export const threadKinds = ['discussion', 'question'] as const;
export type TThreadKind = (typeof threadKinds)[number];

export const threadStatuses = ['open', 'locked', 'hidden'] as const;
export type TThreadStatus = (typeof threadStatuses)[number];

/** The longest post, in characters; a longer one is refused with this number in the message. */
export const postMaxChars = 20_000;
export const titleMaxChars = 200;
export const nameMaxChars = 120;
export const descriptionMaxChars = 4_000;

const language = z.enum(localeTags as unknown as [string, ...string[]], {
  message: 'validation.invalidChoice',
});

/** A name is plain text: angle brackets are refused with a message rather than kept or stripped. */
const communityName = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(nameMaxChars, 'validation.tooLong')
  .refine((name) => !/[<>]/.test(name), 'communities.errors.nameMarkup');

export const pictureAltMaxChars = 300;
const pictureAlt = z.string().trim().max(pictureAltMaxChars, 'validation.tooLong');

/** Up to eight concepts of one scheme (a community's themes or regions). */
const conceptIds = (scheme: TConceptScheme) =>
  z
    .array(z.string().refine((id) => isConceptOf(scheme, id), 'validation.invalidChoice'))
    .max(8, 'validation.tooLong')
    .default([]);

export const ZCommunityTranslation = z.object({
  name: communityName,
  description: z.string().trim().min(1, 'validation.required').max(descriptionMaxChars, 'validation.tooLong'),
  /** The picture's description in this language (the original's is used where there is none). */
  pictureAlt: pictureAlt.optional().transform((v) => v || undefined),
});
export type TCommunityTranslation = z.infer<typeof ZCommunityTranslation>;

export const ZCommunityInput = z
  .object({
    name: communityName,
    description: z
      .string()
      .trim()
      .min(1, 'validation.required')
      .max(descriptionMaxChars, 'validation.tooLong'),
    language,
    visibility: z.enum(communityVisibilities, { message: 'validation.invalidChoice' }),
    joinPolicy: z.enum(joinPolicies, { message: 'validation.invalidChoice' }),
    themes: conceptIds('theme'),
    regions: conceptIds('region'),
    translations: z.record(z.string(), ZCommunityTranslation).default({}),
    pictureAlt: pictureAlt.optional(),
    hasPicture: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.hasPicture && !value.pictureAlt)
      ctx.addIssue({ code: 'custom', path: ['pictureAlt'], message: 'communities.errors.pictureAlt' });
  });
export type TCommunityInput = z.infer<typeof ZCommunityInput>;

const postBody = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(postMaxChars, 'communities.errors.postTooLong');

export const ZThreadInput = z.object({
  title: z.string().trim().min(1, 'validation.required').max(titleMaxChars, 'validation.tooLong'),
  kind: z.enum(threadKinds, { message: 'validation.invalidChoice' }),
  body: postBody,
});
export type TThreadInput = z.infer<typeof ZThreadInput>;

export const ZPostInput = z.object({
  body: postBody,
  quoteOf: z.string().max(64).optional(),
});
export type TPostInput = z.infer<typeof ZPostInput>;

export const ZTranslationInput = z.object({
  language,
  body: postBody,
});
export type TTranslationInput = z.infer<typeof ZTranslationInput>;

/** Who reads the discussions and how people join: what facilitators and the secretariat change later. */
export const ZCommunitySettings = z.object({
  visibility: z.enum(communityVisibilities, { message: 'validation.invalidChoice' }),
  joinPolicy: z.enum(joinPolicies, { message: 'validation.invalidChoice' }),
});

/**
 * Editing a community (facilitators and the secretariat): the name, description and picture
 * description in the original language and in each other language kept, concepts, regions, and the
 * version the form was shown at (a double submit or a colleague's save in between is refused).
 */
export const ZCommunityEdit = z
  .object({
    version: z.coerce.number().int().min(1),
    original: ZCommunityTranslation,
    translations: z.partialRecord(language, ZCommunityTranslation).default({}),
    themes: conceptIds('theme'),
    regions: conceptIds('region'),
    removePicture: z.boolean().default(false),
    /** Whether the community will have a picture after this save (kept or new). */
    hasPicture: z.boolean().default(false),
  })
  .superRefine((value, ctx) => {
    if (value.hasPicture && !value.original.pictureAlt)
      ctx.addIssue({
        code: 'custom',
        path: ['original', 'pictureAlt'],
        message: 'communities.errors.pictureAlt',
      });
  });
export type TCommunityEdit = z.infer<typeof ZCommunityEdit>;
