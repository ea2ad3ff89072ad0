import { part } from './wait.js';

/** Chooses a captions track in a loaded player's menu, as a reader's pick does ('-1' is off). */
export function pickCaptions(player: Element, value: string): void {
  const menu = part(player, 'captions')!.querySelector('select')!;
  menu.value = value;
  menu.dispatchEvent(new Event('change'));
}
