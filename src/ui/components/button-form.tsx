import type { Child } from 'hono/jsx';
import type { TViewContext } from '../view-context.ts';
import { CsrfField } from './form-field.tsx';

/**
 * One button that posts to an address, on a line with what stands beside it: publish, cancel,
 * withdraw, remove… The form carries only its CSRF token; the button's class ("secondary", "link")
 * says how it looks, and the children are its words.
 */
export function ButtonForm(props: {
  ctx: TViewContext;
  action: string;
  buttonClass?: 'secondary' | 'link';
  children?: Child;
}) {
  return (
    <form novalidate method="post" action={props.action} class="inline-form">
      <CsrfField ctx={props.ctx} />
      <button type="submit" class={props.buttonClass}>
        {props.children}
      </button>
    </form>
  );
}
