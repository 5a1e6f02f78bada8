"use client";
import { wrapText } from "@/lib/export/svg-text";

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string | number };
  maxWidth: number;
}

/** Category labels wrap onto lines instead of running into each other on a phone. */
export function WrappedTick({ x = 0, y = 0, payload, maxWidth }: TickProps) {
  const lines = wrapText(String(payload?.value ?? ""), maxWidth, 11);
  return (
    <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fontSize={11} fill="#4a5360">
      {lines.map((line, i) => (
        <tspan key={i} x={Number(x)} dy={i === 0 ? 0 : 13}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
