// A small waterfall in plain SVG (no chart library: it would cost more of the pane's bundle than it saves): last
// year's budget-implied rate as 100, each component's percentage points up or down, this year's rate at the end.
import { formatNumber } from '../core/format';
import { COMPONENT_KEYS, type Components } from '../core/explain/decompose';
import { signed } from '../core/explain/explain';

const SHORT: Record<keyof Components, string> = { pl: 'P/L', realGrowth: 'Reel', overhead: 'OH', regulering: 'Reg.', pladser: 'Pl.', belaegning: 'Bel.' };
/** Chart text at least 11 px at the pane's narrowest (the picture is drawn 1:1 at 320 px). */
const FONT = 11;

export function Waterfall({ components, total, from, to }: { components: Components; total: number; from: string; to: string }) {
  const steps = COMPONENT_KEYS.map((k) => ({ key: k, label: SHORT[k], value: components[k] }));
  const levels: number[] = [100];
  for (const s of steps) levels.push(levels[levels.length - 1] + s.value);
  const end = 100 + total;
  const lo = Math.min(...levels, end) - 2;
  const hi = Math.max(...levels, end) + 2;
  const W = 280;
  const H = 150;
  const top = 20;
  const bottom = H - 22;
  const n = steps.length + 2;
  const bw = W / n;
  const y = (v: number) => top + ((hi - v) / (hi - lo)) * (bottom - top);
  const bars = [
    { label: from, y0: lo, y1: 100, value: 100, kind: 'total' as const },
    ...steps.map((s, i) => ({ label: s.label, y0: levels[i], y1: levels[i + 1], value: s.value, kind: s.value >= 0 ? ('up' as const) : ('down' as const) })),
    { label: to, y0: lo, y1: end, value: end, kind: 'total' as const },
  ];
  const fill = { total: '#8a8886', up: '#c50f1f', down: '#107c10' };
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      role="img"
      aria-label={`Vandfald fra ${from} til ${to}: ${steps.map((s) => `${s.label} ${signed(s.value)}`).join(', ')}`}
    >
      {bars.map((b, i) => {
        const yTop = y(Math.max(b.y0, b.y1));
        const h = Math.max(1, Math.abs(y(b.y0) - y(b.y1)));
        const text = b.kind === 'total' ? formatNumber(b.value, 1) : signed(b.value);
        return (
          <g key={i}>
            <rect x={i * bw + 3} y={yTop} width={bw - 6} height={h} fill={fill[b.kind]} />
            <text x={i * bw + bw / 2} y={yTop - 3} fontSize={FONT} textAnchor="middle">
              {text}
            </text>
            <text x={i * bw + bw / 2} y={H - 6} fontSize={FONT} textAnchor="middle">
              {b.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
