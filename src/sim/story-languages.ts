import { loadEngineMessages } from '../engine/index.ts';
import { STORY_EN, type StoryFrame, type StoryWords } from './story-words.ts';

/*
 * The story in Japanese and Korean, for `sim --lang`. Apart from `story-words.ts` so that only the
 * command line carries them: the browser's Web Worker plays games and never tells a story.
 */

const FRAME_JA: StoryFrame = {
  playing: '{name}を「{strategy}」戦略でプレイ、シード{seed}。',
  turn: 'ターン{turn}：{label}',
  endOfTurn: '  = ターン終了：{parts}',
  tension: '緊張 {value}',
  ourApproval: '自国の支持率 {value}',
  relation: '{capital}の期待 {expectation}、こちらへの信頼 {trust}%',
  partsJoin: '；',
  result: '結果：{title}。',
  scores: '得点：{scores}',
  score: '{name} {score}',
  scoresJoin: '、',
  skipped: '順番が来たときに打てなかった手：',
  unused: 'ゲームがそこまで進まなかった手：',
  movedLine: '  ターン{turn}：{type}：{message}',
};

const FRAME_KO: StoryFrame = {
  playing: '{name}(으)로 플레이, 전략 "{strategy}", 시드 {seed}.',
  turn: '{turn}턴: {label}',
  endOfTurn: '  = 턴 종료: {parts}',
  tension: '긴장 {value}',
  ourApproval: '우리 지지율 {value}',
  relation: '{capital}의 기대 {expectation}, 우리에 대한 신뢰 {trust}%',
  partsJoin: '; ',
  result: '결과: {title}.',
  scores: '점수: {scores}',
  score: '{name} {score}',
  scoresJoin: ', ',
  skipped: '차례가 왔을 때 둘 수 없었던 수:',
  unused: '게임이 거기까지 가지 않은 수:',
  movedLine: '  {turn}턴: {type}: {message}',
};

const FRAMES: Readonly<Record<string, StoryFrame>> = { ja: FRAME_JA, ko: FRAME_KO };

/** The languages a story can be told in. */
export const STORY_LANGUAGES: readonly string[] = ['en', 'ja', 'ko'];

/** The words of a story in `code`: its frame here, the engine's messages from the engine's table. */
export async function storyWords(code: string): Promise<StoryWords | null> {
  if (code === 'en') return STORY_EN;
  const frame = FRAMES[code];
  const engine = frame ? await loadEngineMessages(code) : null;
  return frame && engine ? { frame, engine } : null;
}
