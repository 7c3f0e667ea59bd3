/** What the player must be told about saves and storage; the UI words each code. */
export const NOTICE_CODES = [
  'storage/unavailable',
  'storage/quota',
  'storage/recovered',
  'save/fell-back',
  'save/set-aside-failed',
  'save/newer',
  'save/scenario-missing',
  'save/scenario-changed',
  'save/damaged',
  'import/failed',
  'import/done',
  'scenario/updated',
  'scenario/update-failed',
  'save/file-missing',
  'file/not-kept',
  'file/too-large-to-keep',
  'save/other-version',
  'save/seats-to-ai',
  'save/seat-to-person',
  'save/ai-caught-up',
  'save/other-tab',
  'save/open-elsewhere',
  'save/forked',
  'save/checkpoint-moved',
  'import/other-version',
  'address/game-missing',
] as const;
/** One of {@link NOTICE_CODES}. */
export type NoticeCode = (typeof NOTICE_CODES)[number];

/** What is said of one open game (its repairs, its other tab): stale once another game opens. */
export const GAME_NOTICES: ReadonlySet<NoticeCode> = new Set<NoticeCode>([
  'save/scenario-changed',
  'save/checkpoint-moved',
  'save/seats-to-ai',
  'save/seat-to-person',
  'save/ai-caught-up',
  'save/other-tab',
  'save/open-elsewhere',
  'save/forked',
]);

/** A message for the player, with a file to download when the notice offers one. */
export interface Notice {
  readonly id: number;
  readonly code: NoticeCode;
  readonly tone: 'info' | 'warning' | 'error';
  /** A detail in plain words (a reason from the save checks), shown after the notice's text. */
  readonly detail: string;
  readonly download: { readonly fileName: string; readonly text: string } | null;
}
