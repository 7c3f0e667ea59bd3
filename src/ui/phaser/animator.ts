import type * as Phaser from 'phaser';
import type { DomainEvent } from '../../engine/index.ts';
import { currentLanguage } from '../strings/index.ts';
import { fontSans, PALETTE } from './palette.ts';

type Point = { readonly x: number; readonly y: number };

/** The animations a batch may play at most: a long AI turn must not hold the table up. */
const MAX_STEPS = 6;
const STEP_MS = 420;

/**
 * Plays a batch of domain events as short animations on an overlay layer: an offer travels from
 * one seat to the other, an acceptance stamps a check, a rejection a cross, pressure an arrow.
 * Marks the UI busy while it plays; a new batch or `skip` ends the current one at once.
 */
export class Animator {
  private generation = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly layer: Phaser.GameObjects.Container,
    private readonly seat: (id: string | null) => Point | null,
    private readonly setBusy: (busy: boolean) => void,
    /** Device pixels per CSS pixel, for sharp glyphs. */
    private readonly resolution: () => number = () => 1,
  ) {}

  /** Plays the events that have a picture; with reduced motion, nothing moves. */
  play(events: readonly DomainEvent[], reduced: boolean): void {
    this.skip();
    if (reduced) return;
    const steps = events
      .map((e) => this.stepFor(e))
      .filter((s): s is () => Promise<void> => s !== null)
      .slice(-MAX_STEPS);
    if (steps.length === 0) return;
    const generation = ++this.generation;
    this.setBusy(true);
    const run = async () => {
      for (const step of steps) {
        if (generation !== this.generation) return;
        await step();
      }
      if (generation === this.generation) this.skip();
    };
    void run();
  }

  /** Ends whatever is playing and clears the overlay. */
  skip(): void {
    this.generation++;
    for (const child of this.layer.list) this.scene.tweens.killTweensOf(child);
    this.layer.removeAll(true);
    this.setBusy(false);
  }

  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): Promise<void> {
    return new Promise((resolve) => {
      this.scene.tweens.add({ ...config, onComplete: () => resolve(), onStop: () => resolve() });
    });
  }

  private stepFor(e: DomainEvent): (() => Promise<void>) | null {
    switch (e.type) {
      case 'offerMade':
      case 'counterOffered':
        return () => this.travel(e.offer.from, e.offer.to, PALETTE.ink);
      case 'offerAccepted':
        return () => this.stamp(e.actor, '✔', PALETTE.warm);
      case 'offerRejected':
        return () => this.stamp(e.actor, '✖', PALETTE.hostile);
      case 'pressureApplied':
        return () => this.travel(e.actor, e.target, PALETTE.hostile);
      case 'summitHeld':
        return () => this.travel(e.actor, e.target, PALETTE.gold);
      case 'giftGiven':
        return () => this.travel(e.actor, e.target, PALETTE.warm);
      case 'walkedOut':
        return () => this.stamp(e.actor, '↩', PALETTE.hostile);
      default:
        return null;
    }
  }

  /** A sealed envelope (or an arrow head) moving from one seat to another. */
  private async travel(from: string | null, to: string | null, colour: number): Promise<void> {
    const a = this.seat(from);
    const b = this.seat(to);
    if (!a || !b) return;
    const g = this.scene.add.graphics();
    g.fillStyle(PALETTE.paper, 1);
    g.fillRect(-10, -7, 20, 14);
    g.lineStyle(2, colour, 1);
    g.strokeRect(-10, -7, 20, 14);
    g.lineBetween(-10, -7, 0, 1);
    g.lineBetween(10, -7, 0, 1);
    g.setPosition(a.x, a.y);
    const trail = this.scene.add.graphics();
    trail.lineStyle(2, colour, 0.5);
    trail.lineBetween(a.x, a.y, b.x, b.y);
    this.layer.add([trail, g]);
    await this.tween({ targets: g, x: b.x, y: b.y, duration: STEP_MS, ease: 'Sine.easeInOut' });
    await this.tween({ targets: [g, trail], alpha: 0, duration: 120 });
  }

  /** A mark that swells over a seat: a check, a cross, a return arrow. */
  private async stamp(at: string | null, glyph: string, colour: number): Promise<void> {
    const p = this.seat(at);
    if (!p) return;
    const ring = this.scene.add.graphics();
    ring.lineStyle(3, colour, 1);
    ring.strokeCircle(0, 0, 26);
    ring.setPosition(p.x, p.y);
    const mark = this.scene.add
      .text(p.x, p.y, glyph, {
        fontFamily: fontSans(currentLanguage()),
        fontSize: '30px',
        color: `#${colour.toString(16).padStart(6, '0')}`,
        resolution: this.resolution(),
      })
      .setOrigin(0.5);
    this.layer.add([ring, mark]);
    ring.setScale(0.4);
    mark.setScale(0.4);
    await this.tween({ targets: [ring, mark], scale: 1.2, duration: STEP_MS * 0.6, ease: 'Back.easeOut' });
    await this.tween({ targets: [ring, mark], alpha: 0, duration: STEP_MS * 0.4, delay: 120 });
  }
}
