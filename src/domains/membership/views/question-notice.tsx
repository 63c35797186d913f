import { Prose } from '../../../ui/components/prose.tsx';
import type { TViewContext } from '../../../ui/view-context.ts';

/** The secretariat's question to the applicant, as the applicant's pages show it above what they answer. */
export function QuestionNotice({ ctx, question }: { ctx: TViewContext; question: string | null }) {
  if (!question) return null;
  return (
    <section class="notice" aria-labelledby="question-title">
      <h2 id="question-title">{ctx.t('membership.status.questionTitle')}</h2>
      <Prose text={question} />
    </section>
  );
}
