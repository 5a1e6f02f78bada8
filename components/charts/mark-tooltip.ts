import type { DrawnMark } from "@/lib/charts/model";

interface TooltipItem {
  dataKey?: unknown;
  payload?: Record<string, unknown>;
}

/** Tooltip text for a bar or point: the value in words with its qualifier, `sumSuffix` ("(sum)") for a computed total. */
export function markTooltip(sumSuffix: string) {
  return (_value: unknown, name: unknown, item: TooltipItem): [string, string] => {
    const mark = item.payload?.[`${String(item.dataKey)}Mark`] as DrawnMark | undefined;
    const text = mark ? `${mark.valueText}${mark.derived ? sumSuffix : ""}` : "";
    return [text, String(name)];
  };
}
