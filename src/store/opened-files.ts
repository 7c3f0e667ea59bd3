import type { ActorId, GameOptions, Scenario } from '../engine/index.ts';
import { scenarioHash } from '../scenario/index.ts';
import type { CatalogueEntry } from './catalogue.ts';
import { gameFromLink, type LinkPrompt, type LinkResult, resolveClassLink } from './class-link.ts';
import { forgetFile, type KeepResult, keepFile, type OpenedScenario, openedEntries } from './kept-files.ts';
import type { Notice, NoticeCode } from './notices.ts';
import { listGames } from './save-slots.ts';
import type { StorageLike } from './storage.ts';

/**
 * The store's actions for scenarios opened from files and for class links, kept apart from the
 * core of the store (app-store.ts) and given only what they use.
 */
export interface OpenedFileKit {
  readonly storage: StorageLike | null;
  readonly now: () => Date;
  readonly notify: (code: NoticeCode, tone: Notice['tone'], detail?: string) => void;
  readonly opened: () => readonly OpenedScenario[];
  readonly setOpened: (opened: readonly OpenedScenario[]) => void;
  /** The shipped scenarios. */
  readonly catalogue: () => readonly CatalogueEntry[];
  /** Shows the title screen with a class link's problem or its game to continue. */
  readonly prompt: (link: LinkPrompt) => void;
  readonly startGame: (
    id: string,
    seat: ActorId,
    options: { seed: number; hash: string; gameOptions: GameOptions },
  ) => void;
}

/** The store's actions for scenarios opened from files and for class links (part of `AppActions`). */
export interface OpenedFileActions {
  /**
   * Adds a checked scenario file (no errors) and keeps its text, with the words of the article
   * files opened with it; says whether it was kept.
   */
  addOpenedScenario(
    name: string,
    text: string,
    scenario: Scenario,
    articles?: Readonly<Record<string, string>>,
  ): KeepResult;
  /** Adds files kept from an earlier visit, loaded again; files opened since take precedence. */
  adoptKeptScenarios(entries: readonly OpenedScenario[]): void;
  /** Removes an opened file and its kept text; games played on it stay saved. */
  forgetOpenedScenario(scenarioId: string): void;
  /** Follows a class link: starts its game, or leaves a prompt (problem, game to continue). */
  followClassLink(result: LinkResult): void;
}

function idOf(o: OpenedScenario): string {
  return o.ok ? o.scenario.id : o.scenarioId;
}

/** Builds the actions over the kit. */
export function openedFileActions(kit: OpenedFileKit): OpenedFileActions {
  const { storage } = kit;
  return {
    addOpenedScenario(name, text, scenario, articles = {}) {
      const hash = scenarioHash(scenario);
      const kept = keepFile(storage, {
        scenarioId: scenario.id,
        name,
        hash,
        title: scenario.title,
        seats: Object.fromEntries(scenario.actors.map((a) => [a.id, a.name])),
        text,
        articles,
        openedAt: kit.now().toISOString(),
      });
      // One version per scenario id: opening a file again replaces the earlier version.
      const entry: OpenedScenario = { ok: true, name, scenario, hash, kept };
      kit.setOpened([...kit.opened().filter((o) => idOf(o) !== scenario.id), entry]);
      if (kept === 'too-large') kit.notify('file/too-large-to-keep', 'warning', name);
      else if (kept !== 'kept') kit.notify('file/not-kept', 'warning', name);
      return kept;
    },

    adoptKeptScenarios(entries) {
      const known = new Set(kit.opened().map(idOf));
      const fresh = entries.filter((e) => !known.has(idOf(e)));
      if (fresh.length > 0) kit.setOpened([...fresh, ...kit.opened()]);
    },

    forgetOpenedScenario(scenarioId) {
      forgetFile(storage, scenarioId);
      kit.setOpened(kit.opened().filter((o) => idOf(o) !== scenarioId));
    },

    followClassLink(result) {
      if (!result.ok) return kit.prompt({ kind: 'problem', problem: result.problem });
      const { link } = result;
      // Shipped scenarios first: a teacher's link names the game's own situations.
      const entries = [...kit.catalogue(), ...openedEntries(kit.opened())].flatMap((e) => (e.ok ? [e] : []));
      const resolved = resolveClassLink(
        link,
        entries.map((e) => e.scenario),
      );
      if (!resolved.ok) return kit.prompt({ kind: 'problem', problem: resolved.problem });
      const entry = entries.find((e) => e.scenario === resolved.scenario);
      if (!entry) return;
      const game = gameFromLink(link, listGames(storage));
      if (game) return kit.prompt({ kind: 'resume', link, game, hash: entry.hash });
      kit.startGame(link.scenarioId, link.seat, {
        seed: link.seed,
        hash: entry.hash,
        gameOptions: link.options,
      });
    },
  };
}
