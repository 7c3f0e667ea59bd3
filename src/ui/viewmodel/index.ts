/**
 * Pure functions from the game's state to what the panels and the table scene draw. No DOM, no
 * Phaser: everything here runs in Node tests.
 */
export {
  answerBeats,
  type Batch,
  type Beat,
  type BeatKind,
  beatText,
  type Shift,
  shiftsOf,
} from './answer.ts';
export { type BriefingView, briefingView } from './briefing.ts';
export { type ChartGeometry, chartGeometry, niceRange } from './chart.ts';
export {
  type BaselineRow,
  baselineRows,
  baselineSentence,
  CLASS_SORT_KEYS,
  type ClassGroup,
  type ClassRow,
  type ClassSort,
  type ClassSortKey,
  type ClassStatus,
  type ClassView,
  classCsv,
  classView,
} from './class-page.ts';
export {
  type Choice,
  type ClassSeatView,
  classSeatView,
  classTablesCsv,
  type ItemChoice,
  itemChoices,
  type LineChoice,
  type NewsLine,
  type PackageBuilder,
  packageAction,
  type SeatMoves,
  type SeatStatus,
} from './class-room.ts';
export {
  type Chart,
  charts,
  type DebriefAnalysis,
  debriefAnalysis,
  type HiddenNumbers,
  hiddenNumbers,
  type LessonView,
  lessonsView,
  MEASURE_KEYS,
  type MeasureKey,
  mainCounterpart,
  measureAt,
  type TurnStates,
  turnStatesOf,
} from './debrief.ts';
export { actionText, adviceText, errorText, eventText } from './engine-words.ts';
export { checkSummary, countText, type ProblemRow, problemRow, problemText } from './file-check.ts';
export {
  actorName,
  asSentence,
  direction,
  forumName,
  itemName,
  lineText,
  packageText,
  percent,
  tierLabel,
  vp,
} from './format.ts';
export {
  DMZ,
  fitProjection,
  LAND,
  type LonLat,
  MAP_BOUNDS,
  naturalMapHeight,
  type Projection,
  seatOf,
  spareSeat,
} from './geography.ts';
export {
  AUTO_LINKS,
  type GlossaryEntry,
  glossaryEntries,
  glossaryEntry,
  isTermId,
  linkedParts,
  markedParts,
  TERM_IDS,
  type TermId,
  type TextPart,
} from './glossary.ts';
export {
  type LessonLink,
  type LessonLinks,
  lessonLinks,
  MAX_STUDENTS,
  planSeats,
  type RosterLine,
  type SeatPlan,
  seatOfStudent,
} from './lesson-plan.ts';
export {
  LESSON_KEYS,
  type LessonKey,
  type LessonRef,
  lessonFor,
  lessonIndex,
  lessonPassages,
} from './lessons.ts';
export { blendView } from './map-blend.ts';
export { cssColour, MAP_COLOURS } from './map-colours.ts';
export {
  type IssueCell,
  MAP_PAD,
  type MapReport,
  type Timeline,
  type TimelineInput,
  type TopBand,
  type TopBandInput,
  timeline,
  topBand,
} from './map-layout.ts';
export { type LabelSide, type PlacedSeat, placeSeats, type SeatToPlace } from './map-seats.ts';
export {
  ellipsize,
  inside,
  type MapFonts,
  mapFonts,
  overlaps,
  type Rect,
  type TextMeasure,
  wrapText,
} from './map-text.ts';
export { decidingMoments, MAX_MOMENTS, MOMENT_KINDS, type Moment, type MomentKind } from './moments.ts';
export {
  type DistributionRow,
  type DistributionView,
  distributionView,
  type HistogramBar,
  type OutcomeShare,
  progressText,
  sharePercent,
  wholeNumber,
} from './monte-carlo.ts';
export {
  type Candidate,
  type DraftInput,
  draftTarget,
  type ItemRow,
  type MovePanel,
  movePanel,
  type OfferCheck,
  panelMode,
} from './moves.ts';
export { optionLines, turnOptions } from './options.ts';
export { type HistoryStepView, type PathTurn, pathBesideHistory } from './path.ts';
export { type PrintRow, type PrintTable, printTable } from './print-sheet.ts';
export { type RespondPanel, respondPanel } from './respond.ts';
export { type ScoreLine, scoreLines } from './score-lines.ts';
export { type ShareView, shareView } from './share.ts';
export { articleCredit, articleLine, sourceTitle } from './sources.ts';
export {
  type Certainty,
  certaintyOf,
  type DelegationCard,
  electionText,
  type SeatCard,
  seatCards,
  type TableView,
  type TensionBand,
  type TimelineTurn,
  tableView,
  tableViewFrom,
  tensionBand,
} from './table.ts';
export {
  type ContinueItem,
  type ScenarioCard,
  type SourceQuotes,
  sourceQuotes,
  type TitleView,
  titleView,
} from './title.ts';
export { TOUR_STEPS, type TourStep, type TourStepId, tourSteps } from './walkthrough.ts';
export { acceptWarning, offerWarning, type Warning, walkOutWarning } from './warnings.ts';
export { type PathsRow, type PathsView, pathsView } from './what-if.ts';
export {
  type NewsItem,
  narration,
  newsItems,
  WHY_GROUPS,
  type WhyGroup,
  type WhyLine,
  whyByTurn,
  whyGroup,
  whyGrouped,
  whyLines,
} from './why.ts';
