/**
 * A hand-drawn Northeast Asia for the table scene: coastlines simplified by eye to a few dozen
 * points each (made for this game, no map data copied), and where each delegation sits.
 * Coordinates are [longitude, latitude] in degrees.
 */
export type LonLat = readonly [number, number];

/** The part of the world the map shows. */
export const MAP_BOUNDS = { west: 104, east: 150, south: 24, north: 50 } as const;

/** The mainland from south China round the Bohai, down Korea and up the Russian coast. */
const MAINLAND: readonly LonLat[] = [
  [100, 21],
  [108, 21.6],
  [111, 21.5],
  [113.5, 22.2],
  [116.5, 23],
  [118, 24.5],
  [119.5, 26],
  [120, 27.3],
  [121.5, 28.5],
  [122, 29.9],
  [121.5, 30.8],
  [121.9, 31.7],
  [120.9, 32.7],
  [120.3, 34.3],
  [119.2, 35],
  [120.3, 36.1],
  [121.5, 36.8],
  [122.5, 37.4],
  [121, 37.7],
  [119.5, 37.2],
  [118.9, 37.9],
  [118, 38.5],
  [117.7, 39],
  [118.9, 39.2],
  [120, 40],
  [121.2, 40.9],
  [122.2, 40.5],
  [121.4, 39.6],
  [121.2, 38.8],
  [122.3, 39.3],
  [123.5, 39.8],
  [124.4, 40],
  [124.7, 39.6],
  [125.3, 39.5],
  [125.1, 38.8],
  [124.8, 38.6],
  [125.2, 38],
  [126.1, 37.7],
  [126.6, 37.4],
  [126.6, 36.9],
  [126.2, 36.6],
  [126.5, 36],
  [126.4, 35.2],
  [126.3, 34.6],
  [126.6, 34.3],
  [127.4, 34.6],
  [128, 34.8],
  [128.6, 35],
  [129.1, 35.1],
  [129.4, 35.5],
  [129.5, 36],
  [129.4, 36.8],
  [129.1, 37.6],
  [128.6, 38.2],
  [128.3, 38.6],
  [127.9, 39],
  [127.5, 39.4],
  [127.7, 39.8],
  [128.6, 40.3],
  [129.4, 40.8],
  [129.8, 41.4],
  [129.9, 42],
  [130.7, 42.3],
  [131.9, 43.1],
  [133.2, 42.8],
  [135.3, 43.8],
  [137.2, 45.3],
  [138.5, 47],
  [140.3, 48.8],
  [140.5, 50.5],
  [141.4, 52.5],
  [141.4, 56],
  [98, 56],
  [98, 21],
];

const KYUSHU: readonly LonLat[] = [
  [129.8, 33.2],
  [130.5, 33.9],
  [131.2, 33.9],
  [131.7, 33.3],
  [131.9, 32.5],
  [131.4, 31.4],
  [130.7, 31],
  [130.2, 31.3],
  [130.3, 32.1],
  [129.8, 32.7],
];

const SHIKOKU: readonly LonLat[] = [
  [132.6, 33.9],
  [133.6, 34.3],
  [134.6, 34.2],
  [134.7, 33.8],
  [134.2, 33.3],
  [133.2, 32.8],
  [132.5, 33],
];

const HONSHU: readonly LonLat[] = [
  [130.9, 34],
  [131.8, 34.7],
  [132.6, 35.4],
  [133.4, 35.5],
  [134.3, 35.6],
  [135.3, 35.7],
  [136, 35.9],
  [136.1, 36.4],
  [136.7, 37.2],
  [137.3, 37.5],
  [137, 36.8],
  [137.6, 36.9],
  [138.5, 37.4],
  [139.4, 38.2],
  [139.9, 39.1],
  [139.9, 40],
  [140, 40.7],
  [140.5, 41.2],
  [141.2, 41.2],
  [141.5, 40.5],
  [141.9, 39.6],
  [141.6, 38.5],
  [141, 38],
  [141, 37],
  [140.6, 36.3],
  [140.9, 35.7],
  [140.3, 35.1],
  [139.9, 35.3],
  [139.2, 35.2],
  [138.8, 34.6],
  [138.2, 34.6],
  [137, 34.6],
  [136.8, 34.3],
  [135.8, 33.5],
  [135.1, 34.3],
  [134.2, 34.7],
  [133, 34.4],
  [132, 33.9],
];

const HOKKAIDO: readonly LonLat[] = [
  [140, 41.4],
  [141.2, 41.8],
  [141.7, 42.6],
  [143.2, 41.9],
  [144.5, 42.9],
  [145.8, 43.4],
  [145.3, 44.3],
  [143.5, 44.2],
  [141.9, 45.5],
  [141.6, 44.3],
  [141.4, 43.2],
  [140.4, 43.3],
  [139.9, 42.5],
];

const SAKHALIN: readonly LonLat[] = [
  [141.9, 46],
  [142.3, 47],
  [143.3, 46.6],
  [142.9, 49],
  [143.2, 51.5],
  [142.8, 54],
  [142.3, 54],
  [142.2, 51],
  [141.8, 48.5],
];

const TAIWAN: readonly LonLat[] = [
  [120.2, 22.6],
  [120.9, 21.9],
  [121.6, 23.5],
  [121.9, 25],
  [121.1, 25.2],
  [120.1, 23.7],
];

/** Every land polygon, mainland first. */
export const LAND: readonly (readonly LonLat[])[] = [
  MAINLAND,
  KYUSHU,
  SHIKOKU,
  HONSHU,
  HOKKAIDO,
  SAKHALIN,
  TAIWAN,
];

/** The 38th-parallel line across Korea, drawn dashed. */
export const DMZ: readonly LonLat[] = [
  [126.1, 37.75],
  [126.7, 37.95],
  [127.5, 38.3],
  [128.4, 38.6],
];

/** Where known delegations sit, by actor id or capital name. */
const SEATS: Readonly<Record<string, LonLat>> = {
  japan: [139.7, 35.7],
  tokyo: [139.7, 35.7],
  north_korea: [125.75, 39.02],
  pyongyang: [125.75, 39.02],
  south_korea: [126.98, 37.57],
  seoul: [126.98, 37.57],
  china: [116.4, 39.9],
  beijing: [116.4, 39.9],
  russia: [131.9, 43.1],
  moscow: [131.9, 43.1],
  usa: [147, 31],
  united_states: [147, 31],
  washington: [147, 31],
  mongolia: [106.9, 47.9],
  ulaanbaatar: [106.9, 47.9],
};

/**
 * A delegation's seat: its capital when the map knows it (Washington sits out in the Pacific, at
 * the edge, as the article's distant giant), otherwise a free place along the southern edge.
 */
export function seatOf(id: string, capital: string): LonLat | null {
  return SEATS[id] ?? SEATS[capital.toLowerCase().replace(/\s+/g, '_')] ?? null;
}

/** A free place along the southern edge for the n-th delegation the map does not know. */
export function spareSeat(index: number): LonLat {
  return [108 + index * 6, 26];
}

/** A projection fitted to a width and height, keeping shapes (equirectangular at 37°N). */
export interface Projection {
  readonly scale: number;
  project(point: LonLat): { x: number; y: number };
}

/** Cosine of 37°, the map's middle latitude, without trigonometry at run time. */
const COS_MID = 0.7986;

/** The largest projection of {@link MAP_BOUNDS} that fits a width and height, centred. */
export function fitProjection(width: number, height: number, margin = 8): Projection {
  const spanX = (MAP_BOUNDS.east - MAP_BOUNDS.west) * COS_MID;
  const spanY = MAP_BOUNDS.north - MAP_BOUNDS.south;
  const scale = Math.max(1, Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY));
  const cx = width / 2;
  const cy = height / 2;
  const lon0 = (MAP_BOUNDS.east + MAP_BOUNDS.west) / 2;
  const lat0 = (MAP_BOUNDS.north + MAP_BOUNDS.south) / 2;
  return {
    scale,
    project: ([lon, lat]) => ({ x: cx + (lon - lon0) * COS_MID * scale, y: cy - (lat - lat0) * scale }),
  };
}

/** The height at which {@link MAP_BOUNDS} fills `width` exactly (the map's own proportions). */
export function naturalMapHeight(width: number, margin = 8): number {
  const spanX = (MAP_BOUNDS.east - MAP_BOUNDS.west) * COS_MID;
  const spanY = MAP_BOUNDS.north - MAP_BOUNDS.south;
  return Math.max(0, width - 2 * margin) * (spanY / spanX) + 2 * margin;
}
