import { assetUrl } from '../../../ui/assets.ts';

/** The observatory's own stylesheet (maps, charts, figure tables), loaded only on its pages. */
export function ObservatoryStyles() {
  return <link rel="stylesheet" href={assetUrl('observatory.css')} />;
}
