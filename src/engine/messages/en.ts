import type { ActionErrorCode } from '../error-codes.ts';

/*
 * The English of the engine, as plain data: what the interface translates (a later table adds
 * `ja` and `ko` with the same keys). A placeholder is `{name}` or `{name:format}`; the formats are
 * those of `describe.ts`: `fmt` and `signed` for figures, `signed100` for a share as points,
 * `capital` and `name` for a delegation by id, `item` and `issue` by id, `package` for package
 * lines, `capitals` for a list of delegations, `term` for a word of `TERMS_EN`, `list` (a, b)
 * and `orList` (a or b) for lists.
 */

/** Words that other messages take as parameters. */
export const TERMS_EN = {
  offer: 'offer',
  'counter-offer': 'counter-offer',
  expectation: 'expectation',
  reservation: 'walk-away value',
  trust: 'trust',
  risen: 'risen',
  fallen: 'fallen',
  nothing: 'nothing',
  promised: 'promised',
  conditional: 'conditional',
  /** A package line at a tier other than the whole: "aid at 0.5". */
  tier: '{item} at {tier}',
  /** A package line with its flags: "aid (promised, conditional)". */
  flagged: '{line} ({flags})',
  /** Between the parts of a list, and the joins of "a and b", "a or b" (spaces included: a language may have none). */
  comma: ', ',
  and: ' and ',
  or: ' or ',
  summit: 'summit',
  pressure: 'pressure',
  coordinate: 'coordination',
  gift: 'gift',
} as const;
export type TermId = keyof typeof TERMS_EN;

/** The reason of every event, by message id. */
export const EVENT_MESSAGES_EN = {
  'turn.start': 'Turn {turn}: {label}',
  'game.end': '{title}: {text}',
  'turn.move-limit':
    '{actor:capital} has made {limit} moves this turn, the most one delegation may make: its turn at the table is over',
  'event.fired': '{headline}: {text}',
  'event.tension': 'Tension {change:signed}: {headline}',
  'event.approval': "{actor:capital}'s approval {change:signed}: {headline}",
  'event.expectation': "{actor:capital}'s expectation of {target:capital} {change:signed}: {headline}",
  'event.reservation':
    "{actor:capital}'s walk-away value toward {target:capital} {change:signed}: {headline}",
  'event.trust': "{actor:capital}'s trust in {target:capital} {change:signed100} points: {headline}",
  'event.progress': 'Progress {change:signed}: {headline}',
  'event.unlocked': '{actor:capital} is free to make concessions again: {headline}',
  'offer.make': '{actor:capital} offered {give:package} for {ask:package}',
  'offer.counter': '{actor:capital} countered with {give:package} for {ask:package}',
  'offer.accepted':
    "{actor:capital} accepted {target:capital}'s {what:term}: {give:package} for {ask:package} (worth {surplus:fmt} VP to {actor:capital}, which held out for {bar:fmt})",
  'offer.accepted.seen': "{actor:capital} accepted {target:capital}'s {what:term}",
  'offer.rejected.locked':
    "{actor:capital} turned down {target:capital}'s {what:term}: it cannot make concessions yet",
  'offer.rejected.capped':
    "{actor:capital} turned down {target:capital}'s {what:term}: it can make only small concessions yet (costing it {cap:fmt} VP at most in one move)",
  'offer.rejected.red-line':
    "{actor:capital} turned down {target:capital}'s {what:term}: it crosses a red line ({redLine})",
  'offer.rejected.public':
    "{actor:capital} turned down {target:capital}'s {what:term}: its public would not accept it (verdict {verdict:fmt} VP)",
  'offer.rejected.short':
    "{actor:capital} turned down {target:capital}'s {what:term}: it would gain {surplus:fmt} VP and holds out for {bar:fmt}",
  'offer.rejected.wants-more':
    "{actor:capital} turned down {target:capital}'s {what:term}: it would gain {surplus:fmt} VP, more than the {bar:fmt} it held out for, but it wants more",
  'offer.rejected.seen': "{actor:capital} turned down {target:capital}'s {what:term}: it holds out for more",
  'curve.hold':
    '{actor:capital} will not concede more this round: {target:capital} refused an offer that met what it had held out for',
  'deal.collapse.red-line':
    "{actor:capital}'s home would not ratify the deal: it crosses a red line: {redLine}",
  'deal.collapse.public':
    "{actor:capital}'s home would not ratify the deal: the public's verdict ({verdict:fmt} VP) falls short of what it will accept ({bar:fmt})",
  'deal.trust-defection':
    "{actor:capital}'s trust in {target:capital} falls by a fifth of what it was: it agreed to a deal it could not deliver",
  'deal.approval-defection':
    "{actor:capital}'s approval -5: the government agreed to a deal its public rejected",
  'deal.trust-reciprocated':
    "{actor:capital}'s trust in {target:capital} {change:signed100} points: concessions were exchanged",
  'deal.tension': 'Tension {change:signed}: {actor:capital} and {target:capital} struck a deal',
  'talks.tension':
    'Tension {change:signed}: {actor:capital} and {target:capital} are talking, even without a deal',
  'demand.tension': 'Tension {change:signed}: {actor:capital} made a bare demand, offering nothing',
  'deliver.deal':
    '{actor:capital} handed over {item:item} (tier {tier:fmt}) in the deal: worth {value:fmt} VP to {target:capital}',
  'deliver.gift':
    '{actor:capital} handed over {item:item} (tier {tier:fmt}) as a gift: worth {value:fmt} VP to {target:capital}',
  'deliver.promised':
    '{actor:capital} handed over {item:item} (tier {tier:fmt}) as promised: worth {value:fmt} VP to {target:capital}',
  // What the others see of a handover: what changed hands, not what it was worth to the receiver.
  'deliver.deal.seen':
    '{actor:capital} handed over {item:item} (tier {tier:fmt}) to {target:capital} in the deal',
  'deliver.gift.seen':
    '{actor:capital} handed over {item:item} (tier {tier:fmt}) to {target:capital} as a gift',
  'deliver.promised.seen':
    '{actor:capital} handed over {item:item} (tier {tier:fmt}) to {target:capital} as promised',
  'progress.item': 'Progress on {issue:issue} {change:signed}: {item:item} delivered',
  'promise.make':
    '{actor:capital} promised {item:item} to {target:capital}, to be delivered by turn {deadline}',
  'promise.kept': '{actor:capital} kept its promise of {item:item}',
  'promise.trust-kept':
    "{actor:capital}'s trust in {target:capital} {change:signed100} points: a promise kept",
  'promise.broken': '{actor:capital} did not deliver {item:item} by turn {deadline}',
  'promise.trust-broken': "{actor:capital}'s trust in {target:capital} cut to {share:fmt}%: a broken promise",
  'ratchet.up':
    "{actor:capital}'s expectation of {target:capital} {change:signed}: it got {realised:fmt} VP of value against {before:fmt} expected",
  'ratchet.down':
    "{actor:capital}'s expectation of {target:capital} {change:signed}: it got {realised:fmt} VP against {before:fmt} expected, and expectations come down slowly",
  'ratchet.anchor':
    "{actor:capital}'s expectation of {target:capital} {change:signed}: the offer on the table ({surplus:fmt} VP) anchors what it expects",
  'ratchet.gift':
    "{actor:capital}'s expectation of {target:capital} {change:signed}: a gift for nothing ({value:fmt} VP) teaches it to expect more",
  'ratchet.gift-conditional':
    "{actor:capital}'s expectation of {target:capital} {change:signed}: a gift tied to reciprocity ({value:fmt} VP) raises expectations only a little",
  'firmness.wait':
    "{actor:capital}'s expectation of {target:capital} {change:signed}: {target:capital} showed patience instead of offering more",
  'firmness.declined':
    "{actor:capital}'s expectation of {target:capital} {change:signed}: {target:capital} declined its counter-offer, a sign of firmness",
  'firmness.walk-out':
    "{actor:capital}'s expectation of {target:capital} {change:signed}: {target:capital} walked out rather than give more",
  'table.wait': '{actor:capital} made no offer this turn',
  'table.walk-out': '{actor:capital} walked out of the talks with {target:capital}',
  'walk-out.trust':
    "{actor:capital}'s trust in {target:capital} falls by {share:fmt}% of what it was: a walk-out",
  'walk-out.tension': 'Tension {change:signed}: {actor:capital} walked out',
  'pressure.apply': '{actor:capital} put pressure on {target:capital} at level {level}',
  'pressure.apply-lined-up':
    '{actor:capital} put pressure on {target:capital} at level {level}, with {share:fmt}% of its patrons lined up',
  'pressure.backfire':
    "{actor:capital}'s walk-away value toward {target:capital} {change:signed}: it stepped aside to its patrons (worth {sidestep:fmt}) more than it felt the squeeze ({felt:fmt})",
  'pressure.leverage':
    "{actor:capital}'s walk-away value toward {target:capital} {change:signed}: it felt the squeeze ({felt:fmt}) more than its patrons could cushion it ({sidestep:fmt})",
  'pressure.sidestep': '{actor:capital} turned to {patrons:capitals} and gained {sidestep:fmt} VP of support',
  'pressure.court-others':
    "{actor:capital}'s walk-away value toward {target:capital} {change:signed}: pressed by {presser:capital}, it courts the others",
  'pressure.tension': 'Tension {change:signed}: {actor:capital} applied pressure',
  'pressure.trust':
    "{actor:capital}'s trust in {target:capital} falls by {share:fmt}% of what it was: it was pressed",
  'summit.hold':
    '{actor:capital} and {target:capital} held a summit; the leader must now come home with something',
  'summit.hold-again':
    '{actor:capital} and {target:capital} held a summit (summit number {count}: less new each time); the leader must now come home with something',
  'summit.trust': "{actor:capital}'s trust in {target:capital} {change:signed100} points: the leaders met",
  'summit.tension': 'Tension {change:signed}: a summit between {actor:capital} and {target:capital}',
  'gift.tension': 'Tension {change:signed}: {actor:capital} gave {target:capital} something for nothing',
  'coordinate.refused':
    '{actor:capital} declined to line up with {target:capital} towards {against:capital}: it does not trust {target:capital} enough',
  'coordinate.agree':
    '{ally:capital} lined up with {actor:capital} towards {against:capital} until turn {until}',
  'coordinate.goodwill':
    "{actor:capital}'s trust in {target:capital} {change:signed100} points: its own line towards {against:capital} differs",
  'gift.unconditional': '{actor:capital} gave {item:item} to {target:capital} with nothing asked',
  'gift.conditional': '{actor:capital} gave {item:item} to {target:capital}, expecting something in return',
  'gift.trust': "{actor:capital}'s trust in {target:capital} {change:signed100} points: a goodwill gesture",
  'back-down': '{actor:capital} stepped back from the brink',
  'back-down.tension': 'Tension {change:signed}: {actor:capital} backed down',
  'back-down.approval': "{actor:capital}'s approval -3: backing down looks weak at home",
  'approval.summit-empty':
    "{actor:capital}'s approval {change:signed}: the leader came home from the summit empty-handed",
  'approval.gain':
    "{actor:capital}'s approval {change:signed}: the public judged this turn's deals a gain ({verdict:signed} VP)",
  'approval.gain-summit':
    "{actor:capital}'s approval {change:signed}: the public judged this turn's deals a gain ({verdict:signed} VP), brought home from a summit",
  'approval.loss':
    "{actor:capital}'s approval {change:signed}: the public thinks it gave more than it got ({verdict:signed} VP), and losses weigh double",
  'approval.drift':
    "{actor:capital}'s approval {change:signed}: opinion drifts back toward its usual level ({base:fmt})",
  'reservation.recover':
    "{actor:capital}'s walk-away value toward {target:capital} {change:signed}: the effect of earlier pressure or events wears off",
  'tension.drift': 'Tension {change:signed}: it drifts back toward its usual level ({base:fmt})',
  'crisis.close': 'The crisis eased: someone stepped back from the brink',
  'crisis.escalate': 'Tension {change:signed}: nobody backed down and the crisis escalated',
  'crisis.open':
    'Crisis: tension reached {tension:fmt}. Someone must back down next turn or it escalates; the usual level of tension rises for good to {base:fmt}',
  'election.survive':
    '{election}: approval {approval:fmt} against a threshold of {threshold:fmt}; {leader} holds on',
  'election.defeat':
    '{election}: approval {approval:fmt} against a threshold of {threshold:fmt}; {leader} falls',
  'leader.replaced': '{next} replaces {before} at the head of {actor:name} ({why})',
  'leader.out': "{before} is out of office and {actor:name}'s delegation leaves the talks ({why})",
  'advisors.estimate':
    "Our advisors think {actor:capital}'s {field:term} toward {target:capital} has {way:term}",
} as const;
export type EventMessageId = keyof typeof EVENT_MESSAGES_EN;

/**
 * The message of every action error, by code; `code.variant` where a code has two wordings. Their
 * parameters are display text and figures: an error is shown at once, never kept or redacted.
 */
export const ERROR_MESSAGES_EN = {
  'game/none': 'No game is open.',
  'game/over': 'The game is over.',
  'action/not-an-object': 'An action must be an object with a type and a delegation.',
  'action/unknown-type': 'No action of type {type}: the types are {types:list}.',
  'action/unknown-type.missing': 'An action must say its type, one of {types:list}.',
  'action/unknown-type.not-text': "An action's type must be text, one of {types:list}.",
  'action/missing-field': 'The {type} action needs the field {field}.',
  'action/extra-field': 'The {type} action has no field {field}.',
  'action/bad-field': 'The field {field} of the {type} action has the wrong kind of value.',
  'action/bad-field.id': 'The field {field} of the {type} action must be an id (text).',
  'action/bad-field.number': 'The field {field} of the {type} action must be a finite number.',
  'action/bad-field.flag': 'The field {field} of the {type} action must be true or false.',
  'action/bad-field.lines': 'The field {field} of the {type} action must be a list of package lines.',
  'action/bad-field.too-long':
    'The field {field} of the {type} action lists {count} lines; a package has at most {max}.',
  'action/bad-field.line':
    '{field} of the {type} action must be a package line: an item and a tier, and if it is given, whether it is promised or conditional.',
  'action/unknown-actor': 'No delegation "{actor}".',
  'action/not-your-turn': "It is {name}'s move.",
  'action/not-your-turn.respond': '{name} must answer the offer on the table first.',
  'action/self': 'Choose another delegation.',
  'action/background': '{name} is not at the table.',
  'action/ousted': '{name} has left the talks.',
  'respond/required': 'Answer the offer on the table first: accept, reject or counter.',
  'respond/nothing-pending': 'There is no offer to answer.',
  'respond/counter-of-counter': 'A counter-offer can only be accepted or rejected.',
  'side/used': 'You have already used your {move:term} move this turn: each side move once a turn.',
  'actor/locked': '{name} cannot make concessions yet: {reason}.',
  'actor/locked.unexplained': '{name} cannot make concessions yet: it is locked.',
  'actor/locked.capped':
    '{name} can make only small concessions yet (costing its leadership {cap} at most in one move): {reason}.',
  'crisis/none': 'There is no crisis to back down from.',
  'crisis/already': 'You have already backed down.',
  'pressure/level': 'Pressure comes in levels {lower:list} or {highest}.',
  'coordinate/ally': 'Coordinate with a third party, not with yourself or the target.',
  'coordinate/ally.ousted': 'That ally has left the talks.',
  'deliver/unknown': 'You have no open promise of "{item}" to deliver.',
  'forum/unknown': 'No forum "{forum}".',
  'forum/not-member': 'Both sides must be members of {forum}.',
  'forum/not-in-session': '{forum} does not sit this turn.',
  'forum/outside': '{item} can only be discussed in {forums:orList}.',
  'offer/empty': 'An offer must give or ask something.',
  'offer/duplicate': 'Each item may appear once in a package.',
  'offer/ask-flags': 'Only what you give can be promised or conditional.',
  'offer/unknown-item': 'No item "{item}".',
  'offer/not-yours': '{item} is not yours to give.',
  'offer/not-theirs': '{item} is not theirs to give.',
  'offer/already-given': '{item} has already been given or promised; it cannot be given twice.',
  'offer/bad-tier': '{item} comes at tiers {tiers:list}, not {tier}.',
  'offer/bad-tier.one': '{item} comes only at tier {tiers:list}, not {tier}.',
} as const satisfies Readonly<Record<ActionErrorCode, string> & Record<string, string>>;
export type ErrorMessageId = keyof typeof ERROR_MESSAGES_EN;

/** What a move says in the story of a game ("Tokyo offers Pyongyang ..."), by message id. */
export const ACTION_MESSAGES_EN = {
  'action.offer': '{actor:capital} offers {to:capital} {give:package} in return for {ask:package}',
  'action.offer.forum':
    '{actor:capital} offers {to:capital} {give:package} in return for {ask:package} [{forum}]',
  'action.counter': '{actor:capital} counters: {give:package} in return for {ask:package}',
  'action.accept': '{actor:capital} accepts',
  'action.reject': '{actor:capital} refuses',
  'action.wait': '{actor:capital} waits',
  'action.walkOut': '{actor:capital} walks out on {from:capital}',
  'action.backDown': '{actor:capital} backs down',
  'action.pressure': '{actor:capital} presses {target:capital} (level {level})',
  'action.summit': '{actor:capital} holds a summit with {with:capital}',
  'action.coordinate': '{actor:capital} asks {ally:capital} to line up towards {target:capital}',
  'action.gift': '{actor:capital} gives {to:capital} {give:package}',
  'action.gift.conditional': '{actor:capital} gives {to:capital} {give:package}, expecting reciprocity',
  'action.deliver': '{actor:capital} delivers {item:item}, as promised',
  /** How an offer fared, after the move's own words. */
  'verdict.accepted': '{move} (accepted)',
  'verdict.not-ratified': '{move} (accepted, not ratified)',
  'verdict.refused': '{move} (refused)',
} as const;
export type ActionMessageId = keyof typeof ACTION_MESSAGES_EN;

/**
 * What the advisors say about a draft offer before it is made (`previewOffer`), by message id.
 * `{them}` is the counterpart; figures are the advisors' estimates, never its true numbers.
 */
export const PREVIEW_MESSAGES_EN = {
  'preview.locked': '{them:capital} cannot make concessions yet, whatever we offer.',
  'preview.accept':
    '{them:capital} would probably accept: we estimate it gains about {value:fmt} VP against the {bar:fmt} it holds out for.',
  'preview.reject':
    '{them:capital} would probably refuse: about {value:fmt} VP for it against the {bar:fmt} it holds out for.',
  'preview.either':
    'It could go either way: about {value:fmt} VP for {them:capital} against about {bar:fmt}, closer than our advisors can tell (±{spread:fmt}).',
  'preview.refused':
    '{them:capital} turned down an offer worth about {worth:fmt} VP to it on turn {turn}; this one gives it no more.',
  'preview.refused-since':
    '{them:capital} turned down an offer worth about {worth:fmt} VP to it on turn {turn}; this one gives it no more, and our advisors doubt it has come down that far since.',
  'preview.refused-earlier':
    '{them:capital} turned down an offer worth about {worth:fmt} VP to it on turn {turn}, so our advisors put what it holds out for at about {bar:fmt} VP at least.',
  'preview.asked': 'This is what {them:capital} asked for on turn {turn}.',
  'preview.asked-earlier':
    '{them:capital} asked for a package worth about {worth:fmt} VP to it on turn {turn}, so our advisors put what it holds out for at about {bar:fmt} VP at most.',
  'preview.asked-more':
    '{them:capital} asked for a package worth about {worth:fmt} VP to it on turn {turn}; this one gives it at least as much.',
  'preview.home.red-line': 'Our public will not ratify this: it crosses our red line ({redLine}).',
  'preview.home.ok': 'Our public would accept it (verdict {verdict:fmt} VP; we need at least {bar:fmt}).',
  'preview.home.no': 'Our public would reject it (verdict {verdict:fmt} VP; we need at least {bar:fmt}).',
  'preview.home.none-red-line': 'We cannot agree to this: it crosses our red line ({redLine}).',
  'preview.home.none': 'We answer to no electorate: only our leader’s red lines bind us.',
  'preview.their-red-line': '{them:capital} cannot accept it: {redLine}.',
  'preview.their-public': "{them:capital}'s public would not stand for it.",
  'preview.risk':
    "Risk: this would raise {them:capital}'s expectations by about {risk:fmt} VP for the next round.",
} as const;
export type PreviewMessageId = keyof typeof PREVIEW_MESSAGES_EN;

/**
 * The engine's words in one language: every message of the five tables above, by the same ids.
 * Another language's table has this type, so a missing or extra id fails the type check; the
 * message tests check that its placeholders are English's.
 */
export interface EngineMessages {
  readonly terms: Readonly<Record<TermId, string>>;
  readonly events: Readonly<Record<EventMessageId, string>>;
  readonly errors: Readonly<Record<ErrorMessageId, string>>;
  readonly actions: Readonly<Record<ActionMessageId, string>>;
  readonly previews: Readonly<Record<PreviewMessageId, string>>;
}

/** The engine in English: the words of logs, the command line and tests, and the fallback. */
export const ENGINE_MESSAGES_EN: EngineMessages = {
  terms: TERMS_EN,
  events: EVENT_MESSAGES_EN,
  errors: ERROR_MESSAGES_EN,
  actions: ACTION_MESSAGES_EN,
  previews: PREVIEW_MESSAGES_EN,
};
