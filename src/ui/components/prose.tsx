import { renderMarkdown } from '../../platform/markdown.ts';

/**
 * Text that people wrote (an organisation's About text, a motivation letter, a report narrative):
 * read as Markdown (a typed line break stays a line break), sanitised (platform/markdown.ts), shown in the reading font, its direction taken
 * from its own first strong character and its language marked when known.
 */
export function Prose({
  text,
  lang,
  class: className,
}: {
  text: string;
  lang?: string | null | undefined;
  class?: string;
}) {
  return (
    <div
      class={className ? `prose ${className}` : 'prose'}
      dir="auto"
      lang={lang ?? undefined}
      dangerouslySetInnerHTML={{ __html: renderMarkdown(text, { keepLineBreaks: true }) }}
    />
  );
}
