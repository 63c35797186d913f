import type { Child } from 'hono/jsx';
import { Layout } from '../../../ui/layout.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';
import { eventText } from '../event-display.ts';
import type { TEvent } from '../events.record.ts';

/** A page only an event's organisers see (attendees, the outcome's editor): its title, then a link back. */
export function OrganiserPage(props: {
  ctx: TViewContext;
  event: TEvent;
  title: string;
  /** The page the lead links back to (the event's, or its outcome's). */
  backPath: string;
  children?: Child;
}) {
  const { ctx, event } = props;
  return (
    <Layout ctx={ctx} title={props.title} isPrivate>
      <h1>{props.title}</h1>
      <p class="lead">
        <a href={ctx.href(props.backPath)}>{eventText(event, ctx.locale).title}</a>
      </p>
      {props.children}
    </Layout>
  );
}
