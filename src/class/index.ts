/**
 * The class: the protocol between the class server and its pages, and the table the server
 * keeps by the engine's own rules. Pure, so the server and the browser read the same messages.
 */
export { CLASS_ERROR_CODES, type ClassErrorCode } from './codes.ts';
export { planProblem, planSeats } from './plan.ts';
export * from './protocol.ts';
export {
  actAt,
  caughtUp,
  controllersOf,
  type LiveTable,
  openTable,
  type Played,
  playOwed,
  type SeatRecord,
  seatResult,
  seatSummary,
  seatsToDrive,
  seatView,
  studentToMove,
  tableOverview,
  timeOutAt,
  withSeat,
} from './table.ts';
