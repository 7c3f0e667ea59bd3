/**
 * The bench's baseline: the smallest Phaser page, built with the game's Vite settings. It marks
 * `gat:interactive` when its first scene has been created, as the game marks its first screen.
 */
import * as Phaser from 'phaser';

class Bare extends Phaser.Scene {
  create(): void {
    this.add.rectangle(100, 100, 80, 80, 0x8a1c1c);
    performance.mark('gat:interactive');
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
