import { TextField, type TFormBinding } from '../../../ui/components/form-field.tsx';
import { contactLimits } from '../organizations.schemas.ts';

/** The parts of a contact, in the forms' and the profile's order. */
export const contactFields = [
  { part: 'name', autocomplete: 'name' },
  { part: 'email', autocomplete: 'email' },
  { part: 'role', autocomplete: 'organization-title' },
  { part: 'phone', autocomplete: 'tel' },
] as const;

const capitalised = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);

/** A contact part's field name, which is also its label's key under `membership.field`: contactName, … */
export const contactFieldName = (part: string) => `contact${capitalised(part)}`;

/**
 * The contact person of an organisation: the applicant's own details in the application form (address
 * required, the browser may fill them in), or the private contacts an owner keeps in the profile.
 */
export function ContactFields(props: TFormBinding & { isApplicant: boolean }) {
  const { ctx, form, state, isApplicant } = props;
  return (
    <>
      {contactFields.map(({ part, autocomplete }) => {
        const name = contactFieldName(part);
        const isEmail = part === 'email';
        return (
          <TextField
            ctx={ctx}
            form={form}
            state={state}
            name={name}
            type={isEmail ? 'email' : 'text'}
            label={ctx.t(`membership.field.${name}`)}
            hint={isApplicant && isEmail ? ctx.t('membership.field.contactEmailHint') : undefined}
            autocomplete={isApplicant ? autocomplete : undefined}
            isRequired={isApplicant && isEmail}
            maxLength={contactLimits[part]}
          />
        );
      })}
    </>
  );
}
