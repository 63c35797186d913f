/**
 * The search domain's public door: what other domains may use. The hub's analyser tags any text with
 * the care taxonomy's concepts and the places it names, in every language (connections match offers
 * and needs by them); a gazetteer place's name labels such a tag.
 */

export { facetValueLabel } from './facet-labels.ts';
export { gazetteerPolicy } from './gazetteer.policy.ts';
export {
  findPlaces,
  locatePlace,
  placeFromMapClick,
  type TPlaceChoice,
} from './gazetteer.service.ts';
export {
  currentGazetteer,
  gazetteerPlaceName,
  hubPlaceNameSources,
  placeNameFor,
  useGazetteer,
} from './hub-places.ts';
export { analyseHubDocument, hubAnalyser, isPlaceConcept } from './hub-search.ts';
export { placeMentionsIn, type TPlaceMention } from './place-mentions.ts';
export { recordPath, recordTypeLabelKey } from './record-paths.ts';
export { searchHub } from './search.service.ts';
