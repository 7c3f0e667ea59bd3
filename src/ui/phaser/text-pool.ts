import type * as Phaser from 'phaser';
import { currentLanguage } from '../strings/index.ts';
import { fontSans, fontSerif, INK } from './palette.ts';

/** What a drawn text is, for the boxes the scene publishes (tests check no two labels overlap). */
export type TextKind = 'gauge' | 'issue' | 'seat' | 'seal' | 'tag' | 'calendar';

/** A text as drawn: its words and its box in CSS pixels. */
export interface DrawnText {
  readonly kind: TextKind;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Reuses Phaser text objects between redraws. A text object owns a canvas and a texture, so
 * making sixty of them on every move is what would make the table slow; here a redraw only
 * re-renders the texts whose words or style changed.
 */
export class TextPool {
  private readonly items: Phaser.GameObjects.Text[] = [];
  private readonly kinds: TextKind[] = [];
  private used = 0;
  /** Device pixels per CSS pixel: texts are rasterised at this resolution, so they stay sharp. */
  private resolution = 1;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Container,
  ) {}

  /** Starts a redraw at a pixel ratio: every text is free to be reused. */
  begin(resolution: number): void {
    this.used = 0;
    this.resolution = resolution;
  }

  /** A text at (x, y), top-left origin, reusing the next pooled object. */
  text(
    kind: TextKind,
    x: number,
    y: number,
    value: string,
    size: number,
    colour: string = INK,
    serif = false,
  ): Phaser.GameObjects.Text {
    const language = currentLanguage();
    const family = serif ? fontSerif(language) : fontSans(language);
    const px = `${Math.round(size)}px`;
    let item = this.items[this.used];
    if (!item) {
      item = this.scene.add.text(x, y, value, {
        fontFamily: family,
        fontSize: px,
        color: colour,
        resolution: this.resolution,
      });
      this.layer.add(item);
      this.items.push(item);
      // A text's own canvas is outside the document, so it does not inherit the page's `lang`:
      // without it, Han characters would take the browser's form, not the game language's.
      item.canvas.lang = language;
      item.updateText();
    } else {
      if (item.canvas.lang !== language) {
        item.canvas.lang = language;
        item.updateText();
      }
      if (item.style.resolution !== this.resolution) item.setResolution(this.resolution);
      if (item.style.fontFamily !== family) item.setFontFamily(family);
      if (item.style.fontSize !== px) item.setFontSize(px);
      if (item.style.color !== colour) item.setColor(colour);
      if (item.text !== value) item.setText(value);
      item.setPosition(x, y).setOrigin(0, 0).setVisible(true);
    }
    this.kinds[this.used] = kind;
    this.used++;
    return item;
  }

  /** Ends a redraw: texts not used this time are hidden, kept for the next. */
  end(): void {
    for (let i = this.used; i < this.items.length; i++) this.items[i]?.setVisible(false);
  }

  /** The texts of the last redraw with their boxes. */
  drawn(): DrawnText[] {
    return this.items.slice(0, this.used).map((item, i) => ({
      kind: this.kinds[i] ?? 'tag',
      text: item.text,
      x: round(item.x - item.originX * item.width),
      y: round(item.y - item.originY * item.height),
      width: round(item.width),
      height: round(item.height),
    }));
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
