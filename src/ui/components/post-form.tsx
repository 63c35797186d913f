import type { Child } from 'hono/jsx';
import { CsrfField, ErrorSummary, type TFormBinding } from './form-field.tsx';

/**
 * A form that posts, as every page writes one: the error summary above it, then the form (no browser
 * validation: the server's translated messages are the ones shown), its CSRF token and, when the
 * record is edited at a version, that version; the fields and buttons are the children.
 */
export function PostForm(
  props: TFormBinding & {
    action: string;
    /** The form's layout class: "stack wide" unless told. */
    class?: string;
    enctype?: 'multipart/form-data';
    /** The version of the record the form was shown with, sent back so a later save is noticed. */
    version?: number | undefined;
    children?: Child;
  },
) {
  return (
    <>
      <ErrorSummary ctx={props.ctx} form={props.form} state={props.state} />
      <form
        novalidate
        class={props.class ?? 'stack wide'}
        method="post"
        action={props.action}
        enctype={props.enctype}
      >
        <CsrfField ctx={props.ctx} />
        {props.version !== undefined ? (
          <input type="hidden" name="version" value={String(props.version)} />
        ) : null}
        {props.children}
      </form>
    </>
  );
}
