import type { Context, Hono } from 'hono';
import type { TAppEnv } from '../http/app-env.ts';
import { readForm } from '../http/forms.ts';
import { isAppError } from '../platform/errors.ts';
import type { TFormState } from '../ui/components/form-field.tsx';
import { withRowAddedTo } from '../ui/components/repeatable-rows.tsx';
import type { TActor } from './actor.ts';

/** A form as a POST sent it: its values and its files. */
export type TSentForm = Awaited<ReturnType<typeof readForm>>;

/** One of the forms a record's page holds, as `postPageForms` registers it. */
export type TPageForm = {
  /** The address it posts to, with the record's `:slug`: "/campaigns/:slug/endorse". */
  path: string;
  /** Writes what was sent, for the person asking, to the record of that slug. */
  save: (
    actor: TActor,
    slug: string,
    sent: TSentForm,
    meta: { requestId?: string | null },
  ) => Promise<unknown>;
  /** The message the page shows once after a save. */
  flash: string;
  /** Its "Add another" row lists (ADR 0115), if it has rows. */
  rowLists?: Readonly<Record<string, readonly string[]>>;
};

/**
 * The POST routes of the forms one page holds (a campaign's material and endorsement forms, an event
 * outcome's two editors), ADR 0122: "Add another" shows the page again with one more row; otherwise the
 * form is saved and `done` answers (a redirect with the flash), or a refusal with messages per field
 * shows the page again with that form's values and messages (422, or 409 when it clashed with another
 * change). Every other error goes on to the error handler.
 */
export function postPageForms<TForm extends string>(
  web: Hono<TAppEnv>,
  forms: Record<TForm, TPageForm>,
  page: {
    showAgain: (
      c: Context<TAppEnv>,
      states: Partial<Record<TForm, TFormState>>,
      status?: 409 | 422,
    ) => Promise<Response>;
    done: (c: Context<TAppEnv>, slug: string, flash: string) => Response;
  },
): void {
  for (const form of Object.keys(forms) as TForm[]) {
    const { path, save, flash, rowLists } = forms[form];
    const stateOf = (state: TFormState) => ({ [form]: state }) as Partial<Record<TForm, TFormState>>;
    web.post(path, async (c) => {
      const slug = c.req.param('slug') ?? '';
      const sent = await readForm(c);
      const withRow = rowLists ? withRowAddedTo(sent.values, rowLists) : null;
      if (withRow) return page.showAgain(c, stateOf({ values: withRow, errors: {} }));
      try {
        await save(c.var.actor, slug, sent, { requestId: c.get('requestId') });
        return page.done(c, slug, flash);
      } catch (error) {
        if (!isAppError(error) || Object.keys(error.fieldErrors).length === 0) throw error;
        const status = error.code === 'conflict' ? 409 : 422;
        return page.showAgain(c, stateOf({ values: sent.values, errors: error.fieldErrors }), status);
      }
    });
  }
}
