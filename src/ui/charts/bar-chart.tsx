/**
 * Accessible charts drawn on the server as SVG: no script is needed to read them.
 * Each chart is a <figure> with a visible caption; the SVG is role="img" with its own <title> and
 * <desc> (what it shows, in words), and the same numbers stand beside it as a data table, which is
 * what screen readers, printouts and people who prefer tables read. Right-to-left pages get mirrored
 * charts (bars grow from the right, labels on the right).
 */
export type TChartDatum = {
  label: string;
  value: number;
  /** The value as people read it ("12 of 40 (30 %)", "US$1,200"); defaults to the number. */
  valueText?: string;
  /** A color class for this bar (e.g. "light-red"); defaults to the chart's. */
  tone?: string;
};

export type TChartText = {
  /** Unique within the page; used for the ids that tie title, description and table together. */
  id: string;
  title: string;
  /** One or two sentences that say what the chart shows and what stands out. */
  description: string;
  labelHeader: string;
  valueHeader: string;
  /** Shown instead of a chart when there is nothing to draw. */
  emptyText: string;
  /**
   * The id of the heading that already names the chart: then the figure has no caption of its own
   * (one heading per chart, issue 16).
   */
  headingId?: string;
  /** When given, the data table is behind a disclosure with this summary ("The figures as a table"). */
  tableSummary?: string;
};

/** The figure's caption, unless a heading on the page already names it. */
function Caption({ text }: { text: TChartText }) {
  return text.headingId ? null : <figcaption id={`${text.id}-caption`}>{text.title}</figcaption>;
}

function labelledBy(text: TChartText): string {
  return text.headingId ?? `${text.id}-caption`;
}

/** The data table, open beside the chart, or behind a disclosure when the text asks for one. */
export function TableDisclosure({ text, children }: { text: TChartText; children: unknown }) {
  return text.tableSummary ? (
    <details class="chart-data">
      <summary>{text.tableSummary}</summary>
      {children as never}
    </details>
  ) : (
    (children as never)
  );
}

function bodyClass(text: TChartText): string {
  return text.tableSummary ? 'chart-body chart-body-single' : 'chart-body';
}

const width = 640;
const rowHeight = 26;
const labelWidth = 220;
const valueWidth = 120;
const maxLabelChars = 30;

function truncate(text: string): string {
  return text.length > maxLabelChars ? `${text.slice(0, maxLabelChars - 1)}…` : text;
}

function ChartTable({ text, data }: { text: TChartText; data: readonly TChartDatum[] }) {
  return (
    <table class="chart-table">
      <caption class="visually-hidden">{text.title}</caption>
      <thead>
        <tr>
          <th scope="col">{text.labelHeader}</th>
          <th scope="col" class="number">
            {text.valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.map((d) => (
          <tr>
            <th scope="row" dir="auto">
              {d.label}
            </th>
            <td class="number">{d.valueText ?? String(d.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Horizontal bars, one per category, largest value = full length (or `maxValue`). */
export function BarChart({
  text,
  data,
  dir,
  maxValue,
  tone = 'chart-bar',
}: {
  text: TChartText;
  data: readonly TChartDatum[];
  dir: 'ltr' | 'rtl';
  maxValue?: number;
  tone?: string;
}) {
  const max = Math.max(maxValue ?? 0, ...data.map((d) => d.value), 1);
  const barSpace = width - labelWidth - valueWidth;
  const height = Math.max(rowHeight, data.length * rowHeight + 8);
  const isRtl = dir === 'rtl';
  return (
    <figure class="chart" id={text.id} aria-labelledby={labelledBy(text)}>
      <Caption text={text} />
      {data.length === 0 ? (
        <p class="chart-empty">{text.emptyText}</p>
      ) : (
        <div class={bodyClass(text)}>
          <svg
            class="chart-svg"
            role="img"
            aria-labelledby={`${text.id}-title ${text.id}-desc`}
            viewBox={`0 0 ${width} ${height}`}
            width={width}
            height={height}
            preserveAspectRatio="xMinYMin meet"
          >
            <title id={`${text.id}-title`}>{text.title}</title>
            <desc id={`${text.id}-desc`}>{text.description}</desc>
            {data.map((d, index) => {
              const y = 4 + index * rowHeight;
              const length = Math.max(d.value > 0 ? 2 : 0, Math.round((d.value / max) * barSpace));
              const barX = isRtl ? width - labelWidth - length : labelWidth;
              const labelX = isRtl ? width - 6 : labelWidth - 8;
              const valueX = isRtl ? barX - 6 : barX + length + 6;
              return (
                <g>
                  <text
                    x={labelX}
                    y={y + rowHeight / 2 + 4}
                    text-anchor="end"
                    direction="ltr"
                    class="chart-label"
                  >
                    {truncate(d.label)}
                  </text>
                  <rect
                    x={barX}
                    y={y + 3}
                    width={length}
                    height={rowHeight - 8}
                    rx="3"
                    class={d.tone ?? tone}
                    fill="#0b5e55"
                  />
                  <text
                    x={valueX}
                    y={y + rowHeight / 2 + 4}
                    text-anchor={isRtl ? 'end' : 'start'}
                    direction="ltr"
                    class="chart-value"
                  >
                    {d.valueText ?? String(d.value)}
                  </text>
                </g>
              );
            })}
          </svg>
          <TableDisclosure text={text}>
            <ChartTable text={text} data={data} />
          </TableDisclosure>
        </div>
      )}
    </figure>
  );
}

export type TSeries = { name: string; tone: string };

/**
 * Columns per period (a year), one column per series side by side, with a legend; the table beside
 * it has one column per series.
 */
export function ColumnChart({
  text,
  periods,
  series,
  values,
  dir,
  formatValue,
}: {
  text: TChartText;
  periods: readonly string[];
  series: readonly TSeries[];
  /** values[period index][series index] */
  values: readonly (readonly number[])[];
  dir: 'ltr' | 'rtl';
  formatValue: (n: number) => string;
}) {
  const height = 240;
  const top = 16;
  const bottom = 28;
  const legendHeight = 24;
  const plot = height - top - bottom - legendHeight;
  const max = Math.max(1, ...values.flat());
  const groupWidth = Math.max(24, Math.min(90, (width - 40) / Math.max(1, periods.length)));
  const columnWidth = Math.max(6, (groupWidth - 10) / Math.max(1, series.length));
  const isRtl = dir === 'rtl';
  const groupX = (index: number) => {
    const x = 20 + index * groupWidth;
    return isRtl ? width - x - groupWidth : x;
  };
  return (
    <figure class="chart" id={text.id} aria-labelledby={labelledBy(text)}>
      <Caption text={text} />
      {periods.length === 0 ? (
        <p class="chart-empty">{text.emptyText}</p>
      ) : (
        <div class={bodyClass(text)}>
          <svg
            class="chart-svg"
            role="img"
            aria-labelledby={`${text.id}-title ${text.id}-desc`}
            viewBox={`0 0 ${width} ${height}`}
            width={width}
            height={height}
            preserveAspectRatio="xMinYMin meet"
          >
            <title id={`${text.id}-title`}>{text.title}</title>
            <desc id={`${text.id}-desc`}>{text.description}</desc>
            <line
              x1="10"
              x2={width - 10}
              y1={top + plot}
              y2={top + plot}
              class="chart-axis"
              stroke="#4a5566"
            />
            {periods.map((period, p) => (
              <g>
                {series.map((s, k) => {
                  const value = values[p]?.[k] ?? 0;
                  const h = Math.round((value / max) * plot);
                  const offset = isRtl ? groupWidth - 5 - (k + 1) * columnWidth : 5 + k * columnWidth;
                  return (
                    <rect
                      x={groupX(p) + offset}
                      y={top + plot - h}
                      width={columnWidth - 2}
                      height={h}
                      class={s.tone}
                      fill="#0b5e55"
                    />
                  );
                })}
                <text
                  x={groupX(p) + groupWidth / 2}
                  y={top + plot + 18}
                  text-anchor="middle"
                  class="chart-label"
                >
                  {period}
                </text>
              </g>
            ))}
            {series.map((s, k) => {
              const x = isRtl ? width - 20 - (k + 1) * 170 : 20 + k * 170;
              const y = height - legendHeight + 6;
              return (
                <g>
                  <rect x={x} y={y} width="12" height="12" class={s.tone} fill="#0b5e55" />
                  <text x={x + 18} y={y + 11} direction="ltr" class="chart-label">
                    {s.name}
                  </text>
                </g>
              );
            })}
          </svg>
          <TableDisclosure text={text}>
            <table class="chart-table">
              <caption class="visually-hidden">{text.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.labelHeader}</th>
                  {series.map((s) => (
                    <th scope="col" class="number">
                      {s.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {periods.map((period, p) => (
                  <tr>
                    <th scope="row">{period}</th>
                    {series.map((_s, k) => (
                      <td class="number">{formatValue(values[p]?.[k] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableDisclosure>
        </div>
      )}
    </figure>
  );
}
