import {
  type ActorId,
  AI_VERSION,
  type AiVersion,
  createGame,
  type DomainEvent,
  packageKey,
  refusedPackages,
  type Scenario,
} from '../../src/engine/index.ts';
import { createStrategy, playOn } from '../../src/sim/index.ts';
import { strategyRandom } from '../../src/sim/run.ts';

/** What one game of a seat played by `balanced` against the AI shows about choices. */
export interface ChoicesGame {
  /** Whether a deal in which the seat gave something was accepted. */
  readonly concededAndAccepted: boolean;
  /** Offers and counter-offers by AI delegations. */
  readonly aiOffers: number;
  /** Of those, the ones that table a package the receiver had already refused. */
  readonly repeats: number;
  /** The AI delegations that made at least one offer. */
  readonly offerers: ReadonlySet<ActorId>;
}

/** One game of `seat` played by `balanced`, the other delegations by the AI of version `ai`. */
export function simulateGame(
  scenario: Scenario,
  seat: ActorId,
  seed: number,
  ai: AiVersion = AI_VERSION,
): ChoicesGame {
  let concededAndAccepted = false;
  let aiOffers = 0;
  let repeats = 0;
  const offerers = new Set<ActorId>();
  const start = createGame(scenario, seed, { [seat]: 'person' }, ai);
  playOn(
    scenario,
    start,
    { [seat]: createStrategy('balanced', scenario, seat) },
    {
      random: strategyRandom(seed),
      onMove: (move) => {
        const events: readonly DomainEvent[] = move.events;
        const collapsed = events.some((e) => e.type === 'dealCollapsed');
        for (const e of events) {
          const ours =
            (e.offer?.from === seat && e.offer.give.length > 0) ||
            (e.offer?.to === seat && e.offer.ask.length > 0);
          if (e.type === 'offerAccepted' && ours && !collapsed) concededAndAccepted = true;
          if ((e.type === 'offerMade' || e.type === 'counterOffered') && e.actor !== seat) {
            aiOffers++;
            offerers.add(e.actor);
            const refused = refusedPackages(move.before, e.offer.from, e.offer.to);
            if (refused.has(packageKey(e.offer.give, e.offer.ask))) repeats++;
          }
        }
      },
    },
  );
  return { concededAndAccepted, aiOffers, repeats, offerers };
}
