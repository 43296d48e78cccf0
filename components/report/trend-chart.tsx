import { COUNT_ORDER, type RagCounts } from "@/lib/domain/report";

const FILL: Record<(typeof COUNT_ORDER)[number], { fill: string; text: string; letter: string }> = {
  RED: { fill: "#b3261e", text: "#ffffff", letter: "R" },
  AMBER: { fill: "#f2b300", text: "#0b0c0c", letter: "A" },
  GREEN: { fill: "#00703c", text: "#ffffff", letter: "G" },
  NOT_IN_SCOPE: { fill: "#dee0e2", text: "#0b0c0c", letter: "–" },
  UNRATED: { fill: "#ffffff", text: "#0b0c0c", letter: "?" },
};

const BAR = 36;
const GAP = 20;
const HEIGHT = 120;
const LABEL = 18;

/**
 * A small stacked bar per cycle: how many of a step's questions had each rating. Decorative for
 * assistive technology (the table beside it gives the same figures); each segment carries its
 * letter, so colour is not the only signal on screen or paper.
 */
export function TrendChart({
  series,
}: {
  series: Array<{ key: string; label: string; counts: RagCounts }>;
}) {
  const most = Math.max(1, ...series.map((s) => COUNT_ORDER.reduce((n, k) => n + s.counts[k], 0)));
  const width = series.length * (BAR + GAP) + GAP;
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width={width}
      height={HEIGHT + LABEL}
      viewBox={`0 0 ${width} ${HEIGHT + LABEL}`}
      className="max-w-full"
    >
      <line x1={0} y1={HEIGHT} x2={width} y2={HEIGHT} stroke="#0b0c0c" />
      {series.map((point, index) => {
        const x = GAP + index * (BAR + GAP);
        let y = HEIGHT;
        return (
          <g key={point.key}>
            {COUNT_ORDER.map((key) => {
              const count = point.counts[key];
              if (count === 0) return null;
              const h = (count / most) * (HEIGHT - 4);
              y -= h;
              const style = FILL[key];
              return (
                <g key={key}>
                  <rect
                    x={x}
                    y={y}
                    width={BAR}
                    height={h}
                    fill={style.fill}
                    stroke="#0b0c0c"
                    strokeWidth={0.5}
                  />
                  {h >= 14 ? (
                    <text
                      x={x + BAR / 2}
                      y={y + h / 2 + 4}
                      textAnchor="middle"
                      fontSize={11}
                      fontWeight="bold"
                      fill={style.text}
                    >
                      {count}
                      {style.letter}
                    </text>
                  ) : null}
                </g>
              );
            })}
            <text x={x + BAR / 2} y={HEIGHT + 14} textAnchor="middle" fontSize={11} fill="#0b0c0c">
              {point.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
