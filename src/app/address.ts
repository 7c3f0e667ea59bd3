import {
  type AppState,
  type AppStore,
  findScenario,
  makeRoute,
  openedEntries,
  parseRoute,
  type Route,
  routeOf,
  sameRoute,
  watch,
} from '../store/index.ts';

/**
 * The page's address follows the screen (see src/store/route.ts for its form). A new screen is a
 * new history entry, so Back and Forward move between the screens the player saw; arriving at an
 * address (a reload, a bookmark, Back to an entry of an earlier visit) opens the game it names on
 * its screen. Only the fragment changes, so the page works from any folder of any web server.
 * Class links (`#play=…`) are followed by arrivals.ts; other fragments (`#main`) are left alone.
 */

/** The browser's side (the window), injected so unit tests run the logic with a fake. */
interface Place {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly history: Pick<History, 'pushState' | 'replaceState' | 'state'>;
}

/** Whether the route's game needs a scenario that has not arrived yet (a kept file loading). */
function waitsForFiles(state: AppState, route: Route): boolean {
  if (route.screen === 'title' || route.screen === 'studio') return false;
  // The class page verifies results against every scenario here, the kept files' too.
  if (route.screen === 'class') {
    return Object.keys(state.keptSeats).some(
      (id) => !state.opened.some((o) => (o.ok ? o.scenario.id : o.scenarioId) === id),
    );
  }
  if (state.session?.game === route.game) return false;
  const game = state.games.find((g) => g.game === route.game);
  if (!game) return false;
  const found = findScenario(
    [...openedEntries(state.opened), ...state.catalogue],
    game.scenarioId,
    game.scenarioHash,
  );
  return found?.hash !== game.scenarioHash;
}

/**
 * Opens what the address names, then keeps the address in step with the screen, and follows Back
 * and Forward. `filesReady` resolves once the scenario files kept in this browser are loaded
 * again: a game played on one of them waits for it. Returns the function that stops following.
 */
export function followAddress(
  store: AppStore,
  filesReady: Promise<void>,
  place: Place & Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const { location, history } = place;

  /** Writes the current screen's address: a new entry, or in place of the current one. */
  const write = (mode: 'push' | 'replace') => {
    const fragment = makeRoute(routeOf(store.getState()));
    if (location.hash === fragment) return;
    const url = `${location.pathname}${location.search}${fragment}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  };

  /** Goes where the address points; what was reached (or the title) replaces it, never adds to it. */
  const arrive = async () => {
    const fragment = location.hash;
    const route = parseRoute(fragment);
    if (route === null || sameRoute(route, routeOf(store.getState()))) return;
    if (waitsForFiles(store.getState(), route)) {
      await filesReady;
      // The player went somewhere else meanwhile: their choice stands.
      if (location.hash !== fragment) return;
    }
    store.getState().goTo(route);
    write('replace');
  };

  // After the action that moved: one entry for it, however many times it set state.
  let pending = false;
  const unwatch = watch(
    store,
    (state) => routeOf(state),
    () => {
      if (pending) return;
      pending = true;
      queueMicrotask(() => {
        pending = false;
        // A new screen is a new entry. The same screen on another game (the moves forked into a
        // new slot because a second tab played this game) is the same place: it replaces the entry.
        const here = parseRoute(location.hash);
        write(here !== null && here.screen === routeOf(store.getState()).screen ? 'replace' : 'push');
      });
    },
    sameRoute,
  );

  const onPop = () => void arrive();
  place.addEventListener('popstate', onPop);
  void arrive();
  return () => {
    unwatch();
    place.removeEventListener('popstate', onPop);
  };
}
