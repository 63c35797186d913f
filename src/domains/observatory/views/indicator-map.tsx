import { raw } from 'hono/html';
import { countryName } from '../../../i18n/names.ts';
import { countryShapes, mapHeight, mapWidth } from '../../../ui/charts/world-map.ts';
import type { TViewContext } from '../../../ui/view-context.ts';

/**
 * An indicator's world map: the members' map shapes (Natural Earth, Equal Earth projection), each
 * country shaded by its step (1–5, or 0 for no data) and linked to its country page, named for
 * screen readers with its value. Drawn as a string (174 countries) with path data shortened to
 * whole pixels and relative moves, and kept per language and data until the data change.
 */
export type TMapEntry = { step: number; label: string };

let compactShapes: { code: string; path: string }[] | undefined;

/** "M330.8,436L333.7,442…" → "M331 436l3 6…": whole pixels, relative, repeated points dropped. */
export function compactPath(path: string): string {
  const out: string[] = [];
  let last: [number, number] = [0, 0];
  for (const part of path.match(/[MLZ][^MLZ]*/g) ?? []) {
    const command = part[0];
    if (command === 'Z') {
      out.push('z');
      continue;
    }
    const [xs, ys] = part.slice(1).split(',');
    const x = Math.round(Number(xs));
    const y = Math.round(Number(ys));
    if (command === 'M') {
      out.push(`M${x} ${y}`);
      last = [x, y];
      continue;
    }
    const dx = x - last[0];
    const dy = y - last[1];
    if (dx === 0 && dy === 0) continue;
    out.push(`l${dx} ${dy}`);
    last = [x, y];
  }
  return out.join('').replace(/ -/g, '-');
}

function shapes() {
  compactShapes ??= countryShapes().map((s) => ({ code: s.code, path: compactPath(s.path) }));
  return compactShapes;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const svgCache = new Map<string, { entries: ReadonlyMap<string, TMapEntry>; svg: string }>();

export function IndicatorMap({
  ctx,
  id,
  title,
  description,
  entries,
  cacheKey,
}: {
  ctx: TViewContext;
  id: string;
  title: string;
  description: string;
  entries: ReadonlyMap<string, TMapEntry>;
  /** Same key and same entries object: the SVG is reused. */
  cacheKey: string;
}) {
  const key = `${ctx.locale}:${cacheKey}`;
  const cached = svgCache.get(key);
  let svg = cached?.entries === entries ? cached.svg : undefined;
  if (!svg) {
    const parts = [
      `<svg viewBox="0 0 ${mapWidth} ${mapHeight}" role="group" aria-labelledby="${id}-title ${id}-desc" focusable="false">`,
      `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`,
    ];
    for (const shape of shapes()) {
      const entry = entries.get(shape.code);
      if (!entry) {
        parts.push(`<path d="${shape.path}" class="shade-0"></path>`);
        continue;
      }
      const label = escapeXml(`${countryName(ctx.locale, shape.code)}: ${entry.label}`);
      const href = escapeXml(ctx.href(`/countries/${shape.code}`));
      parts.push(
        `<a href="${href}" aria-label="${label}"><path d="${shape.path}" class="shade-${entry.step}"><title>${label}</title></path></a>`,
      );
    }
    parts.push('</svg>');
    svg = parts.join('');
    svgCache.set(key, { entries, svg });
  }
  return <div class="world-map">{raw(svg)}</div>;
}
