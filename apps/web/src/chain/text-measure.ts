/** The chain picture's kinds of text, as styles.css draws them (`.box-kind`, `.box-title`, …). */
export type TextStyle = 'kind' | 'title' | 'date' | 'edge';

const FONTS: Record<TextStyle, { size: number; weight: number; upper?: boolean }> = {
  kind: { size: 11, weight: 400, upper: true },
  title: { size: 13, weight: 700 },
  date: { size: 11, weight: 400 },
  edge: { size: 11, weight: 400 },
};

/** Head room for a font the canvas and the SVG round differently. */
const SLACK = 1.06;

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * How wide a text is drawn in the page's own font (a canvas measures it), so the chain's titles
 * wrap where they would run out of their box; where no canvas is at hand, a generous estimate.
 */
export function textMeasure(): (text: string, style: TextStyle) => number {
  if (canvas === undefined)
    canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const family =
    typeof document === 'undefined'
      ? 'sans-serif'
      : getComputedStyle(document.body).fontFamily || 'sans-serif';
  return (text, style) => {
    const font = FONTS[style];
    const shown = font.upper ? text.toLocaleUpperCase() : text;
    if (!canvas) return shown.length * font.size * (font.upper ? 0.75 : 0.65);
    canvas.font = `${font.weight} ${font.size}px ${family}`;
    return canvas.measureText(shown).width * SLACK;
  };
}
