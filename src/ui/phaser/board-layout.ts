import type {
  DelegationCard,
  MapFonts,
  PlacedSeat,
  Rect,
  TextMeasure,
  Timeline,
  TopBand,
} from '../viewmodel/index.ts';

/** A seat's data for drawing. */
export interface SeatInfo {
  readonly id: string;
  readonly capital: string;
  readonly player: boolean;
  readonly background: boolean;
}

/** What a seat's label block holds (its name, and for a seated delegation two estimate bars), and its size. */
export interface SeatBlock {
  readonly seat: SeatInfo;
  readonly card: DelegationCard | null;
  /** The seal's radius without rings, and with them (what must stay clear). */
  readonly r: number;
  readonly outer: number;
  readonly name: string;
  readonly bars: boolean;
  readonly width: number;
  readonly height: number;
}

/** Where things go on the canvas this frame, in CSS pixels (the camera scales to the device). */
export interface BoardLayout {
  readonly width: number;
  readonly height: number;
  readonly fonts: MapFonts;
  /** The seats' labels' sizes (a phone's narrow map caps them). */
  readonly seatFonts: MapFonts;
  readonly measure: TextMeasure;
  readonly top: TopBand;
  readonly calendar: Timeline;
  /** The map between the bands. */
  readonly area: Rect;
  /** Seats as placed, by actor id, with what their labels say. */
  readonly seats: ReadonlyMap<string, PlacedSeat>;
  readonly blocks: readonly SeatBlock[];
}
