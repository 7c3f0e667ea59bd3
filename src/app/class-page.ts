/**
 * The networked class's page (`class.html`): a student's seat, or with `#teach` the teacher's
 * page, talking to the class server that serves it (`npm run class`). A page of its own, so a
 * player of the game alone downloads none of it.
 */
import type { Scenario } from '../engine/index.ts';
import { mountClassPage } from '../ui/class-room/index.ts';
import { compiledScenarios } from './scenario-files.ts';
import '../ui/dom/styles.css';

const scenarios = new Map<string, Scenario>();
for (const compiled of Object.values(compiledScenarios))
  if (compiled.ok) scenarios.set(compiled.scenario.id, compiled.scenario);

/** The tokens stay in this browser; a browser that keeps nothing still plays, until the page closes. */
const memory = new Map<string, string>();
const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return memory.get(key) ?? null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      memory.set(key, value);
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      memory.delete(key);
    }
  },
};

const root = document.getElementById('class-room');
if (root) mountClassPage(root, { url: location.origin, scenarios, storage }, location.hash);
