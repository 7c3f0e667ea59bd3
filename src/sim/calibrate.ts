import { type ActorId, createGame, type Preview, previewOffer, type Scenario } from '../engine/index.ts';
import { type Move, playOn, type Seats } from './driver.ts';
import type { Steps } from './report.ts';
import { strategyRandom } from './run.ts';
import { STRATEGIES } from './strategies.ts';

/**
 * How far the advisors' preview of an offer can be trusted: many games, and for every offer or
 * counter-offer the AI or a built-in strategy makes to a delegation the AI plays, the label the
 * offerer's preview gave it just before it was made, beside what the AI answered. A label means
 * what it says when "likely to accept" offers are mostly accepted and "likely to refuse" ones
 * mostly are not.
 *
 * Offers to a delegation a strategy plays are left out: the preview predicts the AI's answer, the
 * one a person faces, and a strategy answers by its own lights (`generous` takes anything its
 * public ratifies).
 */

/** The labels, from the most to the least hopeful. */
export const PREVIEW_LIKELY = [
  'accept',
  'uncertain',
  'reject',
] as const satisfies readonly Preview['likely'][];

/** Offers given one label, and how many of them were accepted. */
export interface CalibrationCell {
  readonly offers: number;
  readonly accepted: number;
}

export interface CalibrationReport {
  readonly scenario: Scenario;
  readonly firstSeed: number;
  /** Seeds played. */
  readonly seeds: number;
  /** Seeds asked for: more than `seeds` when the work was stopped early. */
  readonly plannedSeeds: number;
  readonly cells: Readonly<Record<Preview['likely'], CalibrationCell>>;
}

/**
 * Who sits where in game `i`: the AI everywhere, or one playable delegation played by one of the
 * memoryless strategies, in turn, so that every seat and style of play is previewed.
 */
function seating(scenario: Scenario, i: number): Seats {
  const playable = scenario.actors.filter((a) => a.playable).map((a) => a.id);
  const styles = [null, ...Object.values(STRATEGIES)];
  const style = styles[i % styles.length] ?? null;
  const seat = playable[Math.floor(i / styles.length) % Math.max(1, playable.length)];
  return style && seat !== undefined ? { [seat]: style } : {};
}

/** Plays `seeds` games from `firstSeed` and tallies each label against the answers. */
export function calibratePreview(
  scenario: Scenario,
  options: { readonly seeds: number; readonly firstSeed?: number },
): CalibrationReport {
  const steps = calibrationSteps(scenario, options);
  while (steps.step()) {}
  return steps.result();
}

/** `calibratePreview` one game a step; a report read early covers the seeds played. */
export function calibrationSteps(
  scenario: Scenario,
  options: { readonly seeds: number; readonly firstSeed?: number },
): Steps<CalibrationReport> {
  const firstSeed = options.firstSeed ?? 1;
  const tally: Record<Preview['likely'], { offers: number; accepted: number }> = {
    accept: { offers: 0, accepted: 0 },
    uncertain: { offers: 0, accepted: 0 },
    reject: { offers: 0, accepted: 0 },
  };
  let done = 0;
  const play = (i: number) => {
    const seed = firstSeed + i;
    const seats = seating(scenario, i);
    const byAi = (id: ActorId) => seats[id] === undefined;
    /** The label of each offer on the table, by offer id, until it is answered. */
    const open = new Map<number, Preview['likely']>();
    const onMove = ({ action, before, after }: Move) => {
      const answered = before.pending;
      if (answered && action.actor === answered.to) {
        const likely = open.get(answered.id);
        open.delete(answered.id);
        if (likely) {
          tally[likely].offers += 1;
          if (action.type === 'accept') tally[likely].accepted += 1;
        }
      }
      if ((action.type === 'offer' || action.type === 'counter') && after.pending) {
        const offer = after.pending;
        if (!byAi(offer.to)) return;
        const p = previewOffer(scenario, before, offer.from, offer.to, offer.give, offer.ask);
        open.set(offer.id, p.likely);
      }
    };
    playOn(scenario, createGame(scenario, seed, {}), seats, { random: strategyRandom(seed), onMove });
  };
  return {
    get done() {
      return done;
    },
    total: options.seeds,
    step() {
      if (done >= options.seeds) return false;
      play(done);
      done++;
      return true;
    },
    result: () => ({
      scenario,
      firstSeed,
      seeds: done,
      plannedSeeds: options.seeds,
      cells: {
        accept: { ...tally.accept },
        uncertain: { ...tally.uncertain },
        reject: { ...tally.reject },
      },
    }),
  };
}

const LABEL_WORDS: Readonly<Record<Preview['likely'], string>> = {
  accept: 'likely to accept',
  uncertain: 'either way',
  reject: 'likely to refuse',
};

/** The share accepted, as a whole percentage; a dash when no offer had the label. */
export function acceptedShare(cell: CalibrationCell): string {
  return cell.offers === 0 ? '–' : `${Math.round((100 * cell.accepted) / cell.offers)}%`;
}

/** The targets the labels are tuned to: met, or not, for one scenario's cells. */
export function calibrationHolds(cells: CalibrationReport['cells']): boolean {
  const share = (c: CalibrationCell) => (c.offers === 0 ? null : c.accepted / c.offers);
  const accept = share(cells.accept);
  const reject = share(cells.reject);
  const either = share(cells.uncertain);
  return (
    (accept === null || accept >= 0.75) &&
    (reject === null || reject <= 0.2) &&
    (either === null || ((accept === null || either <= accept) && (reject === null || either >= reject)))
  );
}

/** One table: a row per scenario, and for each label the offers and the share accepted. */
export function calibrationMarkdown(reports: readonly CalibrationReport[]): string {
  const head = ['Scenario', ...PREVIEW_LIKELY.flatMap((l) => [`"${LABEL_WORDS[l]}"`, 'accepted']), 'targets'];
  const rows = [head, head.map(() => '---')];
  const total: Record<Preview['likely'], { offers: number; accepted: number }> = {
    accept: { offers: 0, accepted: 0 },
    uncertain: { offers: 0, accepted: 0 },
    reject: { offers: 0, accepted: 0 },
  };
  for (const r of reports) {
    for (const l of PREVIEW_LIKELY) {
      total[l].offers += r.cells[l].offers;
      total[l].accepted += r.cells[l].accepted;
    }
    rows.push([
      `\`${r.scenario.id}\` (${r.seeds}${r.seeds < r.plannedSeeds ? ` of ${r.plannedSeeds}` : ''} seeds)`,
      ...PREVIEW_LIKELY.flatMap((l) => [String(r.cells[l].offers), acceptedShare(r.cells[l])]),
      calibrationHolds(r.cells) ? 'met' : 'missed',
    ]);
  }
  rows.push([
    '**All**',
    ...PREVIEW_LIKELY.flatMap((l) => [`**${total[l].offers}**`, `**${acceptedShare(total[l])}**`]),
    calibrationHolds(total) ? 'met' : 'missed',
  ]);
  return rows.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
