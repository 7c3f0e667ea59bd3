import type { Screen } from './draft.ts';

/**
 * The page's address names the screen, and on every screen but the title the saved game it shows:
 * `#/briefing/GAME`, `#/table/GAME`, `#/debrief/GAME`, `#/class` for the teacher's class page,
 * `#/studio` for the scenario studio, and
 * no fragment at all for the title. So
 * Back and Forward move between screens, and a reload opens the same game on the same screen.
 * Class links (`#play=…`, class-link.ts) never look like this: a game id has no `=`.
 */

/** A screen of the game, and the game it shows. */
export type Route =
  | { readonly screen: 'title' }
  | { readonly screen: 'class' }
  | { readonly screen: 'studio' }
  | { readonly screen: GameScreen; readonly game: string };

/** The screens that show a saved game. */
export type GameScreen = Exclude<Screen, 'title' | 'class' | 'studio'>;

/** The title screen's route. */
export const TITLE_ROUTE: Route = { screen: 'title' };

/** The class page's route. */
export const CLASS_ROUTE: Route = { screen: 'class' };

/** The scenario studio's route. */
export const STUDIO_ROUTE: Route = { screen: 'studio' };

/** A stored game's id, as the save format allows it (save-format.ts). */
const GAME_ID = /^[a-z0-9-]{1,64}$/;

const SCREEN_PATHS = /^#\/(briefing|table|debrief)\/([^/]*)\/?$/;

/**
 * Reads a location fragment: the route it names, or null when it is not an address of a screen
 * (a class link, an in-page anchor such as `#main`). A fragment that starts like one (`#/`) but
 * names no screen or no valid game (mistyped, or cut short by a chat app) leads to the title.
 */
export function parseRoute(fragment: string): Route | null {
  if (fragment === '' || fragment === '#') return TITLE_ROUTE;
  if (!fragment.startsWith('#/')) return null;
  if (/^#\/class\/?$/.test(fragment)) return CLASS_ROUTE;
  if (/^#\/studio\/?$/.test(fragment)) return STUDIO_ROUTE;
  const match = SCREEN_PATHS.exec(fragment);
  const screen = match?.[1] as GameScreen | undefined;
  const game = match?.[2] ?? '';
  if (screen === undefined || !GAME_ID.test(game)) return TITLE_ROUTE;
  return { screen, game };
}

/** The fragment of a route: empty for the title, so its address is the page's own. */
export function makeRoute(route: Route): string {
  if (route.screen === 'title') return '';
  if (route.screen === 'class') return '#/class';
  if (route.screen === 'studio') return '#/studio';
  return `#/${route.screen}/${route.game}`;
}

/** Where the interface is: its screen, and the game open on it. */
export function routeOf(state: {
  readonly screen: Screen;
  readonly session: { readonly game: string } | null;
}): Route {
  const { screen, session } = state;
  if (screen === 'class') return CLASS_ROUTE;
  if (screen === 'studio') return STUDIO_ROUTE;
  return screen === 'title' || session === null ? TITLE_ROUTE : { screen, game: session.game };
}

/** Whether two routes name the same screen of the same game. */
export function sameRoute(a: Route, b: Route): boolean {
  return makeRoute(a) === makeRoute(b);
}
