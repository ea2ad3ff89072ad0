import { LedeMediaPlayer } from './media-player.js';

if (!customElements.get('lede-media-player')) customElements.define('lede-media-player', LedeMediaPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'lede-media-player': LedeMediaPlayer;
  }
}

export { LedeMediaPlayer };
