import { describeError, type MessageParams } from './describe.ts';
import type { ActionErrorCode } from './error-codes.ts';
import type { ErrorMessageId } from './messages/en.ts';

export { ACTION_ERROR_CODES, type ActionErrorCode } from './error-codes.ts';

/**
 * Why an action was refused: a stable code, the message (from `ERROR_MESSAGES_EN`, the table the
 * interface translates) with its parameters, and that message in English.
 */
export interface ActionError {
  readonly code: ActionErrorCode;
  /** The code itself, or `code.variant` where one code has more than one wording. */
  readonly messageId: ErrorMessageId;
  readonly params: MessageParams;
  /** The message in English, for logs, the command line and tests. */
  readonly message: string;
}

/**
 * A refusal with its code and the parameters of its message; `messageId` picks another wording
 * of the same code (`action/not-your-turn.respond`).
 */
export function refuse(
  code: ActionErrorCode,
  params: MessageParams = {},
  messageId: ErrorMessageId = code,
): ActionError {
  // Worded when first read: a listing of legal moves refuses hundreds of candidates a decision
  // and reads none of their messages, and wording them was a third of a random game's cost. An
  // enumerable getter, so JSON, spreading and structured cloning see the message as before.
  let message: string | undefined;
  return {
    code,
    messageId,
    params,
    get message() {
      message ??= describeError({ messageId, params });
      return message;
    },
  };
}

/** Longest piece of an id, key or type from outside that a message repeats. */
const SHOWN_LIMIT = 40;

/**
 * Text from an action (an unknown id, key or type) as a message repeats it: cut short, with
 * anything outside printable ASCII escaped (`\u202e`), so neither a direction override nor a
 * megabyte of text reaches a screen or a log. Known ids are ASCII slugs and show unchanged.
 */
export function shown(text: string): string {
  const short = text.length > SHOWN_LIMIT ? `${text.slice(0, SHOWN_LIMIT)}...` : text;
  return short.replace(/[^\x20-\x7e]|["\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
