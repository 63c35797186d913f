import type { TViewContext } from '../../../ui/view-context.ts';
import type { TNewsArticle } from '../news.record.ts';
import { articleText } from '../news-display.ts';

/**
 * A short list of articles by their titles under a heading (the most read, news from members): each
 * title in the reader's language when translated, with its language, linking to the article.
 */
export function ArticleLinks(props: {
  ctx: TViewContext;
  /** The heading's id, which labels the section. */
  id: string;
  heading: string;
  articles: readonly TNewsArticle[];
  /** A ranking (the most read) is an ordered list. */
  isRanked?: boolean;
}) {
  const { ctx } = props;
  const items = props.articles.map((a) => {
    const text = articleText(a, ctx.locale);
    return (
      <li>
        <a href={ctx.href(`/news/${encodeURIComponent(a.slug)}`)} lang={text.language} dir="auto">
          {text.title}
        </a>
      </li>
    );
  });
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.heading}</h2>
      {props.isRanked ? <ol>{items}</ol> : <ul>{items}</ul>}
    </section>
  );
}
