/** A label's box on a drawing, in its coordinates. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlap = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Labels that would print over one another are thinned, first placed first:
 * a value left unlabelled is still in the chart's table, its tooltip and its
 * CSV, never merged into another's label. A drawing that lays its labels out
 * again (Recharts on a resize) names each by a key: placed anew each time,
 * its old box never blocks it, and what shows never overlaps.
 */
export class LabelPlacer {
  private readonly placed = new Map<string | number, LabelBox>();

  /** Whether the label fits; if so it is kept, and later labels must avoid it. */
  place(box: LabelBox, key: string | number = this.placed.size): boolean {
    this.placed.delete(key);
    for (const other of this.placed.values()) if (overlap(box, other)) return false;
    this.placed.set(key, box);
    return true;
  }
}

/** About how wide a label of `text` is at `fontSize`: Noto Sans averages 0.55 em a character, digits a little more. */
export const labelWidth = (text: string, fontSize: number) => text.length * fontSize * 0.6;
