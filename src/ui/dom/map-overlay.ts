import { type AppStore, shallowEqual, watch } from '../../store/index.ts';
import { t } from '../strings/index.ts';
import { type MapReport, type SeatCard, seatCards, tableView } from '../viewmodel/index.ts';
import { h } from './el.ts';
import { legendBody } from './map-legend.ts';
import { seatCardBody } from './seat-card.ts';

/** What the host tells the map's DOM side: where the scene drew the seats. */
export interface MapOverlay {
  /** The scene's report after a redraw: the seat buttons move over the seals. */
  setLayout(report: MapReport): void;
  destroy(): void;
}

/** Whether the map is folded away on a phone, for the rest of the visit (this tab's session). */
const FOLDED_KEY = 'gat:map-folded';

/** The fold chosen earlier in the visit, or null when the player has not chosen yet. */
function readFolded(): boolean | null {
  try {
    const kept = globalThis.sessionStorage?.getItem(FOLDED_KEY) ?? null;
    return kept === null ? null : kept === '1';
  } catch {
    return null;
  }
}

/** Until the player chooses: folded on a phone with no room for both map and panel (short, or larger text). */
function foldedByDefault(textSize: number): boolean {
  const phone = globalThis.matchMedia?.('(max-width: 760px)').matches ?? false;
  return phone && (textSize > 100 || globalThis.innerHeight < 640);
}

function keepFolded(folded: boolean): void {
  try {
    globalThis.sessionStorage?.setItem(FOLDED_KEY, folded ? '1' : '0');
  } catch {
    // Storage refused (private mode): the choice lasts until the page closes.
  }
}

/** What re-renders the overlay: the game, the screen, the language. */
function slice(state: ReturnType<AppStore['getState']>) {
  return {
    session: state.session,
    screen: state.screen,
    language: state.settings.language,
    textSize: state.settings.textSize,
  };
}

/**
 * The map's DOM side, over the canvas: a bar with the legend (and on a phone the button that
 * folds the map away), a button over each seal (a canvas has no focusable parts, so these are
 * what a keyboard, a screen reader, a pointer and a finger use), and the card a seat opens:
 * shown on hover and focus, kept open by a click or tap, closed by Escape or a click elsewhere.
 */
export function mountMapOverlay(store: AppStore, hud: HTMLElement): MapOverlay {
  let report: MapReport | null = null;
  let open: { id: string; pinned: boolean } | null = null;
  let chosen = readFolded();
  const isFolded = () => chosen ?? foldedByDefault(store.getState().settings.textSize);
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const buttons = new Map<string, HTMLButtonElement>();
  const root = document.documentElement;

  const toggle = h('button', {
    class: 'btn map-toggle',
    key: 'map-toggle',
    attrs: { type: 'button' },
    on: {
      click: () => {
        chosen = !isFolded();
        keepFolded(chosen);
        close();
        render();
      },
    },
  });
  const legendButton = h('button', {
    class: 'btn map-legend-button',
    key: 'map-legend',
    attrs: { type: 'button', 'aria-haspopup': 'dialog' },
    on: { click: () => openLegend() },
  });
  const seatList = h('div', {
    class: 'map-seats',
    attrs: { role: 'toolbar', 'aria-label': t('legend.seats') },
    on: { keydown: (e) => onSeatKey(e as KeyboardEvent) },
  });
  const card = h('div', {
    id: 'seat-card',
    class: 'seat-card',
    attrs: { hidden: true },
    on: {
      pointerenter: () => clearTimeout(hideTimer),
      pointerleave: () => hideSoon(),
    },
  });
  const layer = h('div', { class: 'map-layer' }, seatList, card);
  const hint = h('p', { class: 'map-hint' });
  const section = h(
    'section',
    { class: 'map-overlay', attrs: { 'aria-label': t('legend.map'), hidden: true } },
    h('div', { class: 'map-bar' }, toggle, hint, legendButton),
    layer,
  );
  const legend = h('dialog', { class: 'dialog legend-dialog', attrs: { 'aria-labelledby': 'legend-h' } });
  legend.addEventListener('close', () => legendButton.focus());
  // Before the panels, as on screen (the map is left of them, or above on a phone); the legend
  // dialog after the app's own dialog, which stays the page's first.
  hud.insertBefore(section, hud.querySelector('#main'));
  hud.appendChild(legend);

  function openLegend(): void {
    const session = store.getState().session;
    if (!session) return;
    const view = tableView(session.scenario, session.state, session.player);
    legend.replaceChildren(
      h('h2', { id: 'legend-h', attrs: { tabindex: -1 } }, t('legend.heading')),
      ...legendBody(view),
      h(
        'form',
        { attrs: { method: 'dialog' } },
        h('button', { class: 'btn', key: 'legend-close', attrs: { type: 'submit' } }, t('legend.close')),
      ),
    );
    legend.showModal();
    legend.querySelector<HTMLElement>('h2')?.focus();
  }

  function show(id: string, pinned: boolean): void {
    clearTimeout(hideTimer);
    open = { id, pinned };
    render();
  }

  function close(): void {
    clearTimeout(hideTimer);
    if (!open) return;
    open = null;
    render();
  }

  function hideSoon(): void {
    clearTimeout(hideTimer);
    if (open?.pinned) return;
    // Long enough to move the pointer from the seal onto its card (WCAG 1.4.13: hoverable).
    hideTimer = setTimeout(close, 300);
  }

  function onSeatKey(e: KeyboardEvent): void {
    const list = [...seatList.querySelectorAll<HTMLButtonElement>('.map-seat')];
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key] ?? 0;
    let next = -1;
    if (step !== 0 && at >= 0) next = (at + step + list.length) % list.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = list.length - 1;
    const target = list[next];
    if (!target) return;
    e.preventDefault();
    for (const b of list) b.tabIndex = -1;
    target.tabIndex = 0;
    target.focus();
  }

  function seatButton(id: string): HTMLButtonElement {
    let button = buttons.get(id);
    if (button) return button;
    button = h('button', {
      class: 'map-seat',
      key: `seat:${id}`,
      attrs: { type: 'button', 'aria-controls': 'seat-card', tabindex: -1 },
      on: {
        pointerenter: (e) => {
          if ((e as PointerEvent).pointerType !== 'touch' && !open?.pinned) show(id, false);
          else clearTimeout(hideTimer);
        },
        pointerleave: () => hideSoon(),
        focus: () => {
          if (open?.id !== id) show(id, false);
          for (const b of buttons.values()) b.tabIndex = b === buttons.get(id) ? 0 : -1;
        },
        blur: () => hideSoon(),
        click: () => {
          if (open?.id === id && open.pinned) close();
          else show(id, true);
        },
      },
    });
    buttons.set(id, button);
    return button;
  }

  /** Puts the card beside its seat, inside the map; above everything else on the map. */
  function placeCard(seat: MapReport['seats'][number]): void {
    const width = layer.clientWidth;
    const height = layer.clientHeight;
    const cw = card.offsetWidth;
    const ch = card.offsetHeight;
    const right = seat.x + seat.r + 10;
    const left = seat.x - seat.r - 10 - cw;
    const x = right + cw <= width - 4 ? right : left >= 4 ? left : Math.max(4, (width - cw) / 2);
    const top = report?.area.y ?? 0;
    const y = Math.min(Math.max(seat.y - ch / 2, top + 4), Math.max(4, height - ch - 4));
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
  }

  function render(): void {
    const state = store.getState();
    const session = state.session;
    const onTable = state.screen === 'table' && session !== null;
    section.hidden = !onTable;
    const folded = isFolded();
    root.dataset.map = folded ? 'folded' : 'shown';
    toggle.textContent = t(folded ? 'legend.mapShow' : 'legend.mapHide');
    legendButton.textContent = t('legend.button');
    // Worded on every render, not once: a class link's language arrives after the overlay is built.
    hint.textContent = t('legend.hint');
    section.setAttribute('aria-label', t('legend.map'));
    seatList.setAttribute('aria-label', t('legend.seats'));
    if (report) root.style.setProperty('--map-want', `${report.wantHeight}px`);
    if (!onTable || !session) {
      open = null;
      card.hidden = true;
      return;
    }
    const cards = new Map<string, SeatCard>(
      seatCards(session.scenario, session.state, session.player).map((c) => [c.id, c]),
    );
    const seats = [...(report?.seats ?? [])].filter((s) => cards.has(s.id)).sort((a, b) => a.x - b.x);
    for (const [id, button] of buttons) {
      if (!seats.some((s) => s.id === id)) {
        button.remove();
        buttons.delete(id);
      }
    }
    const focusable = seats.find((s) => buttons.get(s.id)?.tabIndex === 0)?.id ?? seats[0]?.id;
    seats.forEach((seat, index) => {
      const info = cards.get(seat.id)!;
      const button = seatButton(seat.id);
      const x0 = Math.min(seat.x - seat.r, seat.label.x);
      const y0 = Math.min(seat.y - seat.r, seat.label.y);
      const x1 = Math.max(seat.x + seat.r, seat.label.x + seat.label.width);
      const y1 = Math.max(seat.y + seat.r, seat.label.y + seat.label.height);
      // Positions come from the canvas layout; set through the CSSOM, which the CSP allows.
      button.style.left = `${Math.round(x0)}px`;
      button.style.top = `${Math.round(y0)}px`;
      button.style.width = `${Math.round(x1 - x0)}px`;
      button.style.height = `${Math.round(y1 - y0)}px`;
      button.tabIndex = seat.id === focusable ? 0 : -1;
      const name = t(info.player ? 'legend.seatYou' : 'legend.seat', {
        name: info.name,
        capital: info.capital,
      });
      // The words are for screen readers and axe; the canvas under the button shows the seat.
      if (button.textContent !== name) button.replaceChildren(h('span', { class: 'sr-only' }, name));
      button.setAttribute('aria-expanded', open?.id === seat.id ? 'true' : 'false');
      // Moved only when out of place: a button taken out and put back loses the pointer's hover.
      if (seatList.children[index] !== button)
        seatList.insertBefore(button, seatList.children[index] ?? null);
    });
    const openSeat = open ? seats.find((s) => s.id === open?.id) : undefined;
    const openCard = open ? cards.get(open.id) : undefined;
    if (!openSeat || !openCard) {
      card.hidden = true;
      return;
    }
    card.replaceChildren(...seatCardBody(openCard));
    card.classList.toggle('is-pinned', open?.pinned === true);
    card.hidden = false;
    placeCard(openSeat);
  }

  const onOutside = (e: PointerEvent) => {
    if (!open?.pinned) return;
    const target = e.target as Node | null;
    if (target && (card.contains(target) || seatList.contains(target))) return;
    close();
  };
  document.addEventListener('pointerdown', onOutside);
  const onEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open || legend.open) return;
    const id = open.id;
    close();
    if (seatList.contains(document.activeElement)) buttons.get(id)?.focus();
  };
  document.addEventListener('keydown', onEscape);
  // A phone turned on its side may now have room for the map (or no longer).
  const onResize = () => render();
  globalThis.addEventListener('resize', onResize);
  const unwatch = watch(store, slice, () => render(), shallowEqual);
  render();

  return {
    setLayout(next) {
      report = next;
      render();
    },
    destroy() {
      unwatch();
      clearTimeout(hideTimer);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('keydown', onEscape);
      globalThis.removeEventListener('resize', onResize);
      section.remove();
      legend.remove();
      delete root.dataset.map;
    },
  };
}
