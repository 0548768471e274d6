const NO_LEVEL_COLOR = '#9e9e9e';
// Sequential, colour-blind-safe (viridis-like), lowest level first.
const PALETTE = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

/**
 * The colour of a level in charts: `index` is the level's position (lowest
 * first), -1 for "no level". Spreads the palette over however many levels
 * the scorecard has.
 */
export function levelColor(index: number, levelCount: number): string {
  if (index < 0) {
    return NO_LEVEL_COLOR;
  }
  if (levelCount <= 1) {
    return PALETTE[2];
  }
  const position = Math.round(
    (index / (levelCount - 1)) * (PALETTE.length - 1),
  );
  return PALETTE[Math.min(PALETTE.length - 1, position)];
}
