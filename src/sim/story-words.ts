import { ENGINE_MESSAGES_EN, type EngineMessages } from '../engine/index.ts';

/**
 * The words of a game's story (`sim`) around the engine's own sentences: the head, each turn's
 * line, the end-of-turn figures, the result. Placeholders as in the interface's table: `{name}`.
 */
export interface StoryFrame {
  readonly playing: string;
  readonly turn: string;
  readonly endOfTurn: string;
  readonly tension: string;
  readonly ourApproval: string;
  readonly relation: string;
  readonly partsJoin: string;
  readonly result: string;
  readonly scores: string;
  readonly score: string;
  readonly scoresJoin: string;
  readonly skipped: string;
  readonly unused: string;
  readonly movedLine: string;
}

/** A language of the story: its frame and the engine's messages. */
export interface StoryWords {
  readonly frame: StoryFrame;
  readonly engine: EngineMessages;
}

const FRAME_EN: StoryFrame = {
  playing: 'Playing {name} with "{strategy}", seed {seed}.',
  turn: 'Turn {turn}: {label}',
  endOfTurn: '  = end of turn: {parts}',
  tension: 'tension {value}',
  ourApproval: 'our approval {value}',
  relation: '{capital} expects {expectation}, trusts us {trust}%',
  partsJoin: '; ',
  result: 'Result: {title}.',
  scores: 'Scores: {scores}',
  score: '{name} {score}',
  scoresJoin: ', ',
  skipped: 'Moves that were not legal when their turn came:',
  unused: 'Moves the game never came to:',
  movedLine: '  turn {turn}: {type}: {message}',
};

/** The story in English: the default, and the words of the golden file. */
export const STORY_EN: StoryWords = { frame: FRAME_EN, engine: ENGINE_MESSAGES_EN };

/** Fills `{name}` placeholders; the values are the story's own figures and names. */
export function frameText(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
