/**
 * Why the class server refused a message. Stable codes: the class pages word them, tests assert
 * them, and a refused message changes nothing on the server.
 */
export const CLASS_ERROR_CODES = [
  /** The message is not the shape the protocol expects (a missing field, a wrong type, too long). */
  'class/bad-message',
  /** The message is larger than a client may send ({@link MAX_MESSAGE_BYTES} in protocol.ts). */
  'class/too-large',
  /** More messages than a seat may send in a second: a stuck key or a script. */
  'class/too-fast',
  /** No class has this join code (a typo, or a class that has ended and been deleted). */
  'class/unknown-code',
  /** Every student seat of the class is taken. */
  'class/full',
  /** The class has ended: it takes no one and no move. */
  'class/ended',
  /** The class is paused by the teacher. */
  'class/paused',
  /** The teacher has not started the class yet. */
  'class/not-started',
  /** The seat token is not one this server gave (a forged or deleted seat). */
  'class/unknown-seat',
  /** A move sent before the connection sat at a seat. */
  'class/not-seated',
  /** The action names another delegation than the seat's own. */
  'class/not-your-seat',
  /** The action was chosen against an older state: the table has moved on since (`expected`). */
  'class/stale',
  /** The rules refused the action; the engine's error is attached. */
  'class/refused',
  /** The teacher's token does not match the class. */
  'class/not-teacher',
  /** No shipped scenario has this id. */
  'class/unknown-scenario',
  /** A seat plan names a delegation the scenario lacks, or has no student seat, or bad options. */
  'class/bad-plan',
  /** No table with this number in the class. */
  'class/unknown-table',
  /** Only an ended class can be deleted. */
  'class/not-ended',
  /** The server could not keep the move (its storage failed); nothing was applied. */
  'class/not-kept',
] as const;

/** One of {@link CLASS_ERROR_CODES}. */
export type ClassErrorCode = (typeof CLASS_ERROR_CODES)[number];
