import { applyAction, chooseAiAction, createGame, whoMustAct } from './src/engine/index.ts';
import { LIMITS, loadScenario } from './src/scenario/index.ts';
import { simulate } from './src/sim/index.ts';
import { shippedScenarios } from './tests/scenarios/shipped.ts';
import { limitScenario } from './tests/sim/limit-file.ts';

const text = limitScenario(LIMITS.actors, LIMITS.turns, { objectives: 1, outcomes: 1, mutual: true });
const l = loadScenario(text, 'l.yaml');
if (!l.ok) throw new Error('no');
const s = l.value;
let state = createGame(s, 1, {});
const c0 = process.cpuUsage();
let n = 0;
while (n < 600 && state.status === 'playing') {
  const turn = whoMustAct(s, state)!;
  const a = chooseAiAction(s, state, turn.actor);
  const r = applyAction(s, state, a);
  if (!r.ok) throw new Error(r.error.message);
  state = r.state;
  n++;
}
const c = process.cpuUsage(c0);
console.log('limits: cpu ms/action', ((c.user + c.system) / 1000 / n).toFixed(2), n);
for (const sc of shippedScenarios()) {
  const c1 = process.cpuUsage();
  let g = 0;
  for (; g < 60; g++)
    simulate({
      scenario: sc,
      player: sc.history.player,
      seed: g,
      play: { kind: 'strategy', name: 'balanced' },
    });
  const u = process.cpuUsage(c1);
  console.log(sc.id, 'cpu games/s', (g / ((u.user + u.system) / 1e6)).toFixed(0));
}
