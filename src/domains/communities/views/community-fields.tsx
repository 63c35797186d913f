import type { TTranslate } from '../../../i18n/translator.ts';
import { conceptChoices } from '../../../ui/components/choice-options.ts';
import { FileField } from '../../../ui/components/file-field.tsx';
import type { TFormBinding } from '../../../ui/components/form-field.tsx';
import type { TFieldEntry } from '../../../ui/components/form-fields.tsx';
import { communityVisibilities, joinPolicies } from '../communities.schemas.ts';

/**
 * The fields the communities' forms share, as FormFields lists. Their words are keys under
 * `communities.form` (a field's name, or `hint`), or under the group a key names (`post.body`).
 */
export function fieldWords(t: TTranslate): (key: string) => string {
  return (key) => t(key.includes('.') ? `communities.${key}` : `communities.form.${key}`);
}

/** Who reads a community and how people join: the new-community form and the settings section. */
export function accessFields(t: TTranslate, visibilityHint: string): TFieldEntry[] {
  return [
    {
      select: 'visibility',
      hint: visibilityHint,
      options: communityVisibilities.map((v) => ({ value: v, label: t(`communities.visibility.${v}`) })),
    },
    {
      select: 'joinPolicy',
      options: joinPolicies.map((v) => ({ value: v, label: t(`communities.joinPolicy.${v}`) })),
    },
  ];
}

/** What a community is about, by the hub's concepts: the new-community and edit forms. */
export function conceptFields(locale: string): TFieldEntry[] {
  const sorted = (scheme: 'theme' | 'region') =>
    [...conceptChoices(scheme, locale)].sort((a, b) => a.label.localeCompare(b.label, locale));
  return [
    { choices: 'themes', options: sorted('theme') },
    { choices: 'regions', hint: 'regionsHint', options: sorted('region') },
  ];
}

/** A post's text: a new thread, a reply and an edit (only the height differs). */
export function postBodyField(rows: number): TFieldEntry {
  return { area: 'body', label: 'post.body', hint: 'post.bodyHint', rows, isRequired: true };
}

/** A community's picture, to upload or replace (the new-community and edit forms). */
export function PictureField(props: TFormBinding & { label: string; hint: string }) {
  return <FileField {...props} name="picture" accept="image/png,image/jpeg,image/webp" />;
}
