import { countryName, languageName } from '../../../i18n/names.ts';
import { regionLabel } from '../../../taxonomy/region-label.ts';
import { conceptLabel } from '../../../taxonomy/taxonomy.ts';
import type { TViewContext } from '../../../ui/view-context.ts';
import { gazetteerPlaceName } from '../../search/index.ts';
import type { TMatchExplanation } from '../connection-matching.ts';

/** A match's reasons as one sentence in the reader's language: "Both about … · same region … · …". */
export function matchExplanationText(ctx: TViewContext, e: TMatchExplanation): string {
  const { t, locale } = ctx;
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const labels = (ids: string[]) => list(ids.map((id) => conceptLabel(id, locale)));
  const parts: string[] = [];
  // Topics in common, else close ones; with neither, the match is the same help nearby (connection-matching.ts).
  if (e.concepts.length > 0) parts.push(t('connections.match.concepts', { concepts: labels(e.concepts) }));
  if (e.relatedConcepts.length > 0)
    parts.push(t('connections.match.related', { concepts: labels(e.relatedConcepts) }));
  const help = e.helpKind ? t(`connections.help.${e.helpKind}`) : undefined;
  // The same help nearby names its kind at once, and only there.
  const isHelpLeading = parts.length === 0;
  if (isHelpLeading)
    parts.push(help ? t('connections.match.nearbyHelpKind', { help }) : t('connections.match.nearbyHelp'));
  if (e.place?.kind === 'city')
    parts.push(t('connections.match.city', { city: gazetteerPlaceName(e.place.id, locale) ?? e.place.id }));
  else if (e.place?.kind === 'country')
    parts.push(t('connections.match.country', { country: countryName(locale, e.place.code) }));
  else if (e.place?.kind === 'region')
    parts.push(t('connections.match.region', { region: regionLabel(ctx.i18n, e.place.id) }));
  else if (e.place?.kind === 'anywhere') parts.push(t('connections.match.anywhere'));
  if (e.languages.length > 0)
    parts.push(
      t('connections.match.languages', {
        count: e.languages.length,
        languages: list(e.languages.map((tag) => languageName(locale, tag))),
      }),
    );
  if (help && !isHelpLeading) parts.push(t('connections.match.helpKind', { help }));
  if (e.sectors)
    parts.push(
      t(e.sectors.isFoundingPair ? 'connections.match.complementary' : 'connections.match.crossSector', {
        offer: t(`connections.sector.${e.sectors.offer}`),
        need: t(`connections.sector.${e.sectors.need}`),
      }),
    );
  const line = parts.join(' · ');
  // A line may start with a part written to follow another ("close topics: …").
  return line.charAt(0).toLocaleUpperCase(locale) + line.slice(1);
}

export function MatchLine({ ctx, explanation }: { ctx: TViewContext; explanation: TMatchExplanation }) {
  return <p class="hint match-why">{matchExplanationText(ctx, explanation)}</p>;
}
