// A compared scenario's marker (circle, square, triangle, diamond) and its legend swatch: the line in its colour and
// dash pattern with the marker on it, as the chart draws it.
import { memo } from 'react';
import { scenarioPattern, type MarkerShape } from './scenario-colours';

export function MarkerPath({ shape, x, y, r, colour }: { shape: MarkerShape; x: number; y: number; r: number; colour: string }) {
  const common = { fill: colour, stroke: '#ffffff', strokeWidth: 1.5, className: 'scenario-marker', 'data-shape': shape };
  if (shape === 'circle') return <circle cx={x} cy={y} r={r} {...common} />;
  if (shape === 'square') return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...common} />;
  if (shape === 'triangle') return <path d={`M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`} {...common} />;
  return <path d={`M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`} {...common} />;
}

export const ScenarioSwatch = memo(function ScenarioSwatch({ colour }: { colour: string }) {
  const { dash, marker } = scenarioPattern(colour);
  return (
    <svg className="legend__pattern" width={30} height={12} aria-hidden="true">
      <line x1={0} x2={30} y1={6} y2={6} stroke={colour} strokeWidth={2.5} strokeDasharray={dash || undefined} />
      <MarkerPath shape={marker} x={15} y={6} r={4} colour={colour} />
    </svg>
  );
});
