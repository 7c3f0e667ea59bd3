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
  return { code, messageId, params, message: describeError({ messageId, params }) };
}
