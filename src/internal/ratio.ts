/**
 * Reads an aspect ratio as an author writes it on `ratio` ("16/9", "16 / 9", "1.5") and gives
 * the CSS `aspect-ratio` value, or `undefined` when it is not a positive ratio ("banana", "0/9").
 */
export function parseRatio(value: string | null | undefined): string | undefined {
  const match = /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(?:\/\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(value ?? '');
  if (!match) return undefined;
  const width = Number(match[1]);
  const height = match[2] === undefined ? 1 : Number(match[2]);
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) return undefined;
  return match[2] === undefined ? `${width}` : `${width} / ${height}`;
}
