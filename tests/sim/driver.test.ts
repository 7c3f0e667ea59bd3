import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Action,
  actionsOf,
  createGame,
  type Scenario,
  stateHash,
  whoMustAct,
} from '../../src/engine/index.ts';
import { actAndPlayOn, playOn, type Strategy, simulate } from '../../src/sim/index.ts';
import { newSession, playAction, type Session } from '../../src/store/index.ts';
import { debriefAnalysis } from '../../src/ui/viewmodel/index.ts';
import { loadShipped, SCENARIO_DIR, SHIPPED_FILES } from '../scenarios/shipped.ts';
import { scenario2004 } from './scenario-2004.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A browser game played to its end by a patient person (wait, reject), through the store's session. */
function patientGame(scenario: Scenario, seed: number): Session {
  const player = scenario.order.find((id) => scenario.actors.find((a) => a.id === id)?.playable);
  if (!player) throw new Error('no playable seat');
  let { session } = newSession({ game: 'g', scenario, scenarioHash: 'h', player, seed });
  while (session.state.status === 'playing') {
    const turn = whoMustAct(scenario, session.state);
    if (!turn) break;
    const action: Action =
      turn.mode === 'respond' ? { type: 'reject', actor: turn.actor } : { type: 'wait', actor: turn.actor };
    const step = playAction(session, action);
    if (!step.ok) throw new Error(step.error.message);
    session = step.step.session;
  }
  return session;
}

const SEEDS = Array.from({ length: 50 }, (_, i) => i + 1);

// Measured alone: 300 patient games and history lines in about 5 s; six `sim` processes in about
// 8 s. The limits leave room for a busy 2-core machine.
const GAMES_TIMEOUT = 60_000;
const CLI_TIMEOUT = 90_000;

describe('one driver for a game in play', () => {
  it(
    'gives the debrief the same historical line as `sim --strategy history`, for six scenarios and 50 seeds',
    () => {
      expect(SHIPPED_FILES).toHaveLength(6);
      let compared = 0;
      for (const file of SHIPPED_FILES) {
        const scenario = loadShipped(file);
        for (const seed of SEEDS) {
          const session = patientGame(scenario, seed);
          const shown = debriefAnalysis(session).history;
          // What `npm run sim -- FILE --seed N --strategy history` plays (its default seat).
          const cli = simulate({
            scenario,
            player: scenario.history.player,
            seed,
            play: { kind: 'strategy', name: 'history' },
          });
          expect(shown, `${file} seed ${seed}`).not.toBeNull();
          expect(actionsOf(shown!.final), `${file} seed ${seed}`).toEqual(actionsOf(cli.final));
          expect(stateHash(shown!.final)).toBe(stateHash(cli.final));
          expect(shown!.starts.map(stateHash)).toEqual(cli.turnStarts.map(stateHash));
          compared++;
        }
      }
      expect(compared).toBe(300);
    },
    GAMES_TIMEOUT,
  );

  it(
    'agrees with the command line itself: the debrief of seed 7 shows what `sim --json` printed',
    () => {
      for (const file of SHIPPED_FILES) {
        const scenario = loadShipped(file);
        const run = spawnSync(
          join(ROOT, 'node_modules/.bin/tsx'),
          ['src/cli/sim.ts', join(SCENARIO_DIR, file), '--strategy', 'history', '--seed', '7', '--json'],
          { cwd: ROOT, encoding: 'utf8' },
        );
        expect(run.status, run.stderr).toBe(0);
        const printed = JSON.parse(run.stdout) as {
          turns: { actions: Action[] }[];
          result: { status: string };
        };
        const shown = debriefAnalysis(patientGame(scenario, 7)).history!;
        const strip = ({
          accepted: _a,
          ratified: _r,
          ...action
        }: Action & { accepted?: boolean; ratified?: boolean }) => action;
        expect(
          printed.turns.flatMap((t) => t.actions.map(strip)),
          file,
        ).toEqual(actionsOf(shown.final));
        expect(printed.result.status).toBe(shown.final.result?.status);
      }
    },
    CLI_TIMEOUT,
  );

  it('stops for a person and goes on with their intent; a refused intent changes nothing', () => {
    const scenario = scenario2004();
    const start = createGame(scenario, 5, { japan: 'person' });
    const opened = playOn(scenario, start, { japan: 'person' });
    expect(opened.stop).toBe('person');
    expect(whoMustAct(scenario, opened.state)?.actor).toBe('japan');
    const refused = actAndPlayOn(
      scenario,
      opened.state,
      { type: 'backDown', actor: 'japan' },
      { japan: 'person' },
    );
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'crisis/none', message: 'There is no crisis to back down from.' },
    });
    const waited = actAndPlayOn(
      scenario,
      opened.state,
      { type: 'wait', actor: 'japan' },
      { japan: 'person' },
    );
    if (!waited.ok) throw new Error(waited.error.message);
    expect(waited.played.moves[0]?.action).toEqual({ type: 'wait', actor: 'japan' });
    expect(waited.played.moves.slice(1).every((m) => m.action.actor !== 'japan')).toBe(true);
    expect(actionsOf(waited.played.state)).toEqual(waited.played.moves.map((m) => m.action));
  });

  it("reports a player's illegal choice and plays the AI's answer or a wait instead", () => {
    const scenario = scenario2004();
    const faulty: Strategy = (ctx) => ({ type: 'pressure', actor: ctx.actor, target: ctx.actor, level: 9 });
    const skipped: string[] = [];
    const played = playOn(
      scenario,
      createGame(scenario, 2, {}),
      { japan: faulty },
      {
        onSkip: (s) => skipped.push(s.code),
      },
    );
    expect(played.stop).toBe('ended');
    const japan = played.moves.filter((m) => m.action.actor === 'japan');
    expect(japan.length).toBeGreaterThan(0);
    expect(skipped).toHaveLength(japan.length);
    // Refused as a move (no such level), or as an answer to an offer (an answer was required).
    expect(new Set(skipped)).toEqual(new Set(['pressure/level', 'respond/required']));
    for (const m of japan) {
      expect(m.mode === 'respond' ? ['accept', 'reject', 'counter'] : ['wait']).toContain(m.action.type);
    }
  });

  it('gives up with a clear error when a game does not stop within the move limit', () => {
    const scenario = scenario2004();
    expect(() => playOn(scenario, createGame(scenario, 1, {}), {}, { maxMoves: 3 })).toThrow(
      'the game did not stop within 3 moves',
    );
  });
});
