/**
 * The bench's baseline: the smallest Phaser page, built with the game's Vite settings and canvas
 * options (WebGL, no audio, no banner). When its first scene has been created it marks
 * `gat:interactive` and sets `data-table` on the body, as the game's table screen signals its
 * first map by adding the seats' buttons; the bench times both to the next painted frame.
 */
import * as Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create(): void {
    this.add.rectangle(100, 100, 80, 80, 0x8a1c1c);
    performance.mark('gat:interactive');
    document.body.dataset.table = 'drawn';
  }
}

new Phaser.Game({
  type: Phaser.WEBGL,
  parent: 'game',
  width: 800,
  height: 600,
  banner: false,
  audio: { noAudio: true },
  scene: [Bare],
});
