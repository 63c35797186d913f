import type { TChartText } from './bar-chart.tsx';

/**
 * Lines over years, one per series (women and men, or up to six countries), drawn on the server as
 * SVG with its own <title> and <desc>, and the same numbers in a table beside it. Missing years stay
 * gaps in the table and are bridged by the line; every point is marked, each series with its own
 * colour, dash and marker shape so the lines are told apart without colour. Right-to-left pages get
 * the time axis mirrored.
 */
export type TLine = { name: string; points: readonly { x: number; y: number | null }[] };

const width = 640;
const height = 260;
const padStart = 48;
const padEnd = 28;
const top = 14;
const bottom = 30;
const markers = ['circle', 'square', 'triangle', 'diamond', 'circle', 'square'] as const;

function marker(kind: (typeof markers)[number], x: number, y: number, index: number): string {
  const cls = `line-mark line-${index + 1}`;
  switch (kind) {
    case 'square':
      return `<rect class="${cls}" x="${x - 3.5}" y="${y - 3.5}" width="7" height="7"/>`;
    case 'triangle':
      return `<path class="${cls}" d="M${x} ${y - 4.5}L${x + 4.5} ${y + 3.5}L${x - 4.5} ${y + 3.5}Z"/>`;
    case 'diamond':
      return `<path class="${cls}" d="M${x} ${y - 5}L${x + 5} ${y}L${x} ${y + 5}L${x - 5} ${y}Z"/>`;
    default:
      return `<circle class="${cls}" cx="${x}" cy="${y}" r="3.5"/>`;
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function LineChart({
  text,
  lines,
  dir,
  formatValue,
  formatTick,
}: {
  text: TChartText;
  lines: readonly TLine[];
  dir: 'ltr' | 'rtl';
  formatValue: (n: number) => string;
  /** Short numbers for the value axis. */
  formatTick: (n: number) => string;
}) {
  const xs = [...new Set(lines.flatMap((l) => l.points.filter((p) => p.y !== null).map((p) => p.x)))].sort(
    (a, b) => a - b,
  );
  const ys = lines.flatMap((l) => l.points.map((p) => p.y).filter((y): y is number => y !== null));
  if (xs.length === 0) {
    return (
      <figure class="chart" id={text.id}>
        <figcaption>{text.title}</figcaption>
        <p class="chart-empty">{text.emptyText}</p>
      </figure>
    );
  }
  const step = niceStep(Math.max(...ys, 0) / 4);
  const maxY = Math.max(step, Math.ceil(Math.max(...ys, 0) / step) * step);
  const minX = xs[0] as number;
  const maxX = xs.at(-1) as number;
  const plotW = width - padStart - padEnd;
  const plotH = height - top - bottom;
  const isRtl = dir === 'rtl';
  const px = (x: number) => {
    const t = maxX === minX ? 0.5 : (x - minX) / (maxX - minX);
    return Math.round((isRtl ? padEnd + (1 - t) * plotW : padStart + t * plotW) * 10) / 10;
  };
  const py = (y: number) => Math.round((top + plotH - (y / maxY) * plotH) * 10) / 10;
  const parts: string[] = [];
  const axisX = isRtl ? width - padStart : padStart;
  for (let v = 0; v <= maxY + step / 1000; v += step) {
    const y = py(v);
    parts.push(`<line class="chart-grid" x1="${padEnd}" x2="${width - padEnd}" y1="${y}" y2="${y}"/>`);
    parts.push(
      `<text class="chart-label" x="${isRtl ? axisX + 6 : axisX - 6}" y="${y + 4}" text-anchor="${isRtl ? 'start' : 'end'}">${escapeXml(formatTick(v))}</text>`,
    );
  }
  // Year labels at least 60 units apart (the first and the last always), so none overlap.
  const labelled: number[] = [];
  for (const x of xs) {
    const isFarFromLast = labelled.length === 0 || Math.abs(px(x) - px(labelled.at(-1) as number)) >= 60;
    const isFarFromEnd = x === maxX || Math.abs(px(x) - px(maxX)) >= 60;
    if (isFarFromLast && isFarFromEnd) labelled.push(x);
  }
  for (const x of labelled) {
    parts.push(`<text class="chart-label" x="${px(x)}" y="${height - 10}" text-anchor="middle">${x}</text>`);
  }
  lines.forEach((line, index) => {
    const points = line.points.filter((p) => p.y !== null).sort((a, b) => a.x - b.x);
    if (points.length > 1) {
      const d = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x)} ${py(p.y as number)}`).join('');
      parts.push(`<path class="chart-line line-${index + 1}" d="${d}"/>`);
    }
    for (const p of points) {
      parts.push(
        `<g>${marker(markers[index % markers.length] ?? 'circle', px(p.x), py(p.y as number), index)}<title>${escapeXml(`${line.name}, ${p.x}: ${formatValue(p.y as number)}`)}</title></g>`,
      );
    }
  });
  const svg =
    `<svg class="chart-svg line-chart" role="img" aria-labelledby="${text.id}-title ${text.id}-desc" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet">` +
    `<title id="${text.id}-title">${escapeXml(text.title)}</title><desc id="${text.id}-desc">${escapeXml(text.description)}</desc>` +
    `${parts.join('')}</svg>`;
  return (
    <figure class="chart" id={text.id} aria-labelledby={`${text.id}-caption`}>
      <figcaption id={`${text.id}-caption`}>{text.title}</figcaption>
      <div class="chart-body">
        <div dangerouslySetInnerHTML={{ __html: svg }} />
        <ul class="line-legend">
          {lines.map((line, index) => (
            <li>
              <span class={`line-swatch line-${index + 1}`} aria-hidden="true" /> <bdi>{line.name}</bdi>
            </li>
          ))}
        </ul>
        <div class="table-wrap" role="region" tabindex={0} aria-label={text.title}>
          <table class="chart-table">
            <caption class="visually-hidden">{text.title}</caption>
            <thead>
              <tr>
                <th scope="col">{text.labelHeader}</th>
                {lines.map((l) => (
                  <th scope="col" class="number">
                    <bdi>{l.name}</bdi>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {xs.map((x) => (
                <tr>
                  <th scope="row">{String(x)}</th>
                  {lines.map((l) => {
                    const y = l.points.find((p) => p.x === x)?.y;
                    return <td class="number">{y === null || y === undefined ? '–' : formatValue(y)}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}

/** A round step for the value axis: 1, 2 or 5 × 10ⁿ. */
export function niceStep(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5]) if (value <= m * power) return m * power;
  return 10 * power;
}
