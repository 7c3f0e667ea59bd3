import type * as Phaser from 'phaser';
import { FONT_SANS, FONT_SERIF, INK } from './palette.ts';

/**
 * Reuses Phaser text objects between redraws. A text object owns a canvas and a texture, so
 * making sixty of them on every move is what would make the table slow; here a redraw only
 * re-renders the texts whose words or style changed.
 */
export class TextPool {
  private readonly items: Phaser.GameObjects.Text[] = [];
  private used = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Container,
  ) {}

  /** Starts a redraw: every text is free to be reused. */
  begin(): void {
    this.used = 0;
  }

  /** A text at (x, y), top-left origin, reusing the next pooled object. */
  text(
    x: number,
    y: number,
    value: string,
    size: number,
    colour: string = INK,
    serif = false,
  ): Phaser.GameObjects.Text {
    const family = serif ? FONT_SERIF : FONT_SANS;
    const px = `${Math.round(size)}px`;
    let item = this.items[this.used];
    if (!item) {
      item = this.scene.add.text(x, y, value, {
        fontFamily: family,
        fontSize: px,
        color: colour,
        resolution: Math.min(2, globalThis.devicePixelRatio || 1),
      });
      this.layer.add(item);
      this.items.push(item);
    } else {
      if (item.style.fontFamily !== family) item.setFontFamily(family);
      if (item.style.fontSize !== px) item.setFontSize(px);
      if (item.style.color !== colour) item.setColor(colour);
      if (item.text !== value) item.setText(value);
      item.setPosition(x, y).setOrigin(0, 0).setVisible(true);
    }
    this.used++;
    return item;
  }

  /** Ends a redraw: texts not used this time are hidden, kept for the next. */
  end(): void {
    for (let i = this.used; i < this.items.length; i++) this.items[i]?.setVisible(false);
  }
}
