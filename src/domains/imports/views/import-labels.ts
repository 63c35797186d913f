import { countryName } from '../../../i18n/names.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import { practiceKinds } from '../../practices/index.ts';
import type { TProposedField } from '../imports.schemas.ts';

/** Labels of kinds and of proposed values in the reader's language. */
export function kindLabel(ctx: TViewContext, kind: string): string {
  return (practiceKinds as readonly string[]).includes(kind)
    ? ctx.t(`practices.kind.${kind}`)
    : ctx.t(`imports.kind.${kind}`);
}

/** A value as a person reads it: a country's or concept's name, a language's name, or the text. */
export function shownValue(ctx: TViewContext, field: TProposedField): string {
  if (field.field === 'country') return countryName(ctx.locale, field.value);
  if (field.field === 'concept') return conceptLabel(field.value, ctx.locale);
  if (field.field === 'kind') return kindLabel(ctx, field.value);
  if (field.field === 'language') {
    try {
      return new Intl.DisplayNames([ctx.locale], { type: 'language' }).of(field.value) ?? field.value;
    } catch {
      return field.value;
    }
  }
  return field.value;
}

/** Fields whose value is a code chosen from a list: shown by name, not edited as text. */
export function isCodeField(field: TProposedField): boolean {
  return (
    field.field === 'country' ||
    field.field === 'concept' ||
    field.field === 'kind' ||
    field.field === 'language'
  );
}
