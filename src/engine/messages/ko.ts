import type { EngineMessages } from './en.ts';

/**
 * The engine's words in Korean: the same ids and placeholders as `en.ts` (the type checks
 * the ids, the message tests the placeholders). Delegations, items and issues come from the
 * scenario as it is written. Terms follow the interface's glossary (docs/translation.md).
 */
export const ENGINE_MESSAGES_KO: EngineMessages = {
  terms: {
    offer: '제안',
    'counter-offer': '역제안',
    expectation: '기대',
    reservation: '결렬 시 가치',
    trust: '신뢰',
    risen: '높아졌다',
    fallen: '낮아졌다',
    nothing: '없음',
    promised: '약속됨',
    conditional: '조건부',
    tier: '{item}({tier}단계)',
    flagged: '{line} ({flags})',
    comma: ', ',
    and: ' 및 ',
    or: ' 또는 ',
    summit: '정상회담',
    pressure: '압박',
    coordinate: '공조',
    gift: '선물',
  },
  events: {
    'turn.start': '{turn}턴: {label}',
    'game.end': '{title}: {text}',
    'turn.move-limit':
      '{actor:capital}은(는) 이번 턴에 한 대표단이 둘 수 있는 최대치인 {limit}수를 두었다: 협상 테이블에서의 차례가 끝났다',
    'event.fired': '{headline}: {text}',
    'event.tension': '긴장 {change:signed}: {headline}',
    'event.approval': '{actor:capital}의 지지율 {change:signed}: {headline}',
    'event.expectation': '{actor:capital}의 {target:capital}에 대한 기대 {change:signed}: {headline}',
    'event.reservation': '{actor:capital}의 {target:capital}에 대한 결렬 시 가치 {change:signed}: {headline}',
    'event.trust': '{actor:capital}의 {target:capital}에 대한 신뢰 {change:signed100}점: {headline}',
    'event.progress': '진전 {change:signed}: {headline}',
    'event.unlocked': '{actor:capital}은(는) 다시 양보할 수 있게 되었다: {headline}',
    'offer.make': '{actor:capital}이(가) {ask:package}의 대가로 {give:package}을(를) 제안했다',
    'offer.counter': '{actor:capital}이(가) {ask:package}의 대가로 {give:package}을(를) 역제안했다',
    'offer.accepted':
      '{actor:capital}이(가) {target:capital}의 {what:term}을 수락했다: {ask:package}의 대가로 {give:package} ({actor:capital}에게 {surplus:fmt} VP의 가치이며, 고수하던 기준은 {bar:fmt})',
    'offer.accepted.seen': '{actor:capital}이(가) {target:capital}의 {what:term}을 수락했다',
    'offer.rejected.locked':
      '{actor:capital}이(가) {target:capital}의 {what:term}을 거부했다: 아직 양보할 수 없다',
    'offer.rejected.capped':
      '{actor:capital}이(가) {target:capital}의 {what:term}을 거부했다: 아직은 작은 양보만 할 수 있다(한 수에 드는 비용은 최대 {cap:fmt} VP)',
    'offer.rejected.red-line':
      '{actor:capital}이(가) {target:capital}의 {what:term}을 거부했다: 레드라인({redLine})을 넘는다',
    'offer.rejected.public':
      '{actor:capital}이(가) {target:capital}의 {what:term}을 거부했다: 국민이 받아들이지 않을 것이다(평가 {verdict:fmt} VP)',
    'offer.rejected.short':
      '{actor:capital}이(가) {target:capital}의 {what:term}을 거부했다: 얻는 것은 {surplus:fmt} VP로, 고수하는 기준 {bar:fmt}에 못 미친다',
    'offer.rejected.wants-more':
      '{actor:capital}이(가) {target:capital}의 {what:term}을 거부했다: 얻는 것은 {surplus:fmt} VP로 고수하던 기준 {bar:fmt}보다 많지만, 더 많이 원한다',
    'offer.rejected.seen':
      '{actor:capital}이(가) {target:capital}의 {what:term}을 거부했다: 더 많은 것을 고수하고 있다',
    'curve.hold':
      '{actor:capital}은(는) 이번 라운드에 더 양보하지 않는다: {target:capital}이(가) 자신이 고수하던 기준을 충족하는 제안을 거부했다',
    'deal.collapse.red-line': '{actor:capital} 국내에서 합의가 비준되지 않았다: 레드라인을 넘는다: {redLine}',
    'deal.collapse.public':
      '{actor:capital} 국내에서 합의가 비준되지 않았다: 국민의 평가({verdict:fmt} VP)가 수용 기준({bar:fmt})에 못 미친다',
    'deal.trust-defection':
      '{actor:capital}의 {target:capital}에 대한 신뢰가 기존의 5분의 1만큼 떨어졌다: 이행할 수 없는 합의에 동의했다',
    'deal.approval-defection': '{actor:capital}의 지지율 -5: 정부가 국민이 거부한 합의에 동의했다',
    'deal.trust-reciprocated':
      '{actor:capital}의 {target:capital}에 대한 신뢰 {change:signed100}점: 양보를 주고받았다',
    'deal.tension': '긴장 {change:signed}: {actor:capital}과(와) {target:capital}이(가) 합의했다',
    'talks.tension':
      '긴장 {change:signed}: 합의는 없어도 {actor:capital}과(와) {target:capital}이(가) 대화하고 있다',
    'demand.tension': '긴장 {change:signed}: {actor:capital}이(가) 아무것도 내놓지 않고 요구만 했다',
    'deliver.deal':
      '{actor:capital}이(가) 합의에 따라 {item:item}({tier:fmt}단계)을(를) 넘겨주었다: {target:capital}에게 {value:fmt} VP의 가치',
    'deliver.gift':
      '{actor:capital}이(가) 선물로 {item:item}({tier:fmt}단계)을(를) 넘겨주었다: {target:capital}에게 {value:fmt} VP의 가치',
    'deliver.promised':
      '{actor:capital}이(가) 약속대로 {item:item}({tier:fmt}단계)을(를) 넘겨주었다: {target:capital}에게 {value:fmt} VP의 가치',
    'deliver.deal.seen':
      '{actor:capital}이(가) 합의에 따라 {target:capital}에게 {item:item}({tier:fmt}단계)을(를) 넘겨주었다',
    'deliver.gift.seen':
      '{actor:capital}이(가) 선물로 {target:capital}에게 {item:item}({tier:fmt}단계)을(를) 넘겨주었다',
    'deliver.promised.seen':
      '{actor:capital}이(가) 약속대로 {target:capital}에게 {item:item}({tier:fmt}단계)을(를) 넘겨주었다',
    'progress.item': '{issue:issue}의 진전 {change:signed}: {item:item} 이행됨',
    'promise.make':
      '{actor:capital}이(가) {target:capital}에게 {deadline}턴까지 {item:item}을(를) 넘겨주기로 약속했다',
    'promise.kept': '{actor:capital}이(가) {item:item}에 대한 약속을 지켰다',
    'promise.trust-kept':
      '{actor:capital}의 {target:capital}에 대한 신뢰 {change:signed100}점: 약속을 지켰다',
    'promise.broken': '{actor:capital}이(가) {deadline}턴까지 {item:item}을(를) 넘겨주지 않았다',
    'promise.trust-broken':
      '{actor:capital}의 {target:capital}에 대한 신뢰가 {share:fmt}%로 줄었다: 약속을 어겼다',
    'ratchet.up':
      '{actor:capital}의 {target:capital}에 대한 기대 {change:signed}: 기대했던 {before:fmt} VP에 비해 {realised:fmt} VP의 가치를 얻었다',
    'ratchet.down':
      '{actor:capital}의 {target:capital}에 대한 기대 {change:signed}: 기대했던 {before:fmt} VP에 비해 {realised:fmt} VP를 얻었고, 기대는 천천히 내려간다',
    'ratchet.anchor':
      '{actor:capital}의 {target:capital}에 대한 기대 {change:signed}: 협상 테이블 위의 제안({surplus:fmt} VP)이 기대의 기준점이 된다',
    'ratchet.gift':
      '{actor:capital}의 {target:capital}에 대한 기대 {change:signed}: 대가 없는 선물({value:fmt} VP)로 더 많은 것을 기대하게 된다',
    'ratchet.gift-conditional':
      '{actor:capital}의 {target:capital}에 대한 기대 {change:signed}: 상호주의를 조건으로 한 선물({value:fmt} VP)은 기대를 조금만 높인다',
    'firmness.wait':
      '{actor:capital}의 {target:capital}에 대한 기대 {change:signed}: {target:capital}이(가) 더 제안하는 대신 인내심을 보였다',
    'firmness.declined':
      '{actor:capital}의 {target:capital}에 대한 기대 {change:signed}: {target:capital}이(가) 역제안을 거부했다. 단호하다는 신호다',
    'firmness.walk-out':
      '{actor:capital}의 {target:capital}에 대한 기대 {change:signed}: {target:capital}이(가) 더 내주기보다 협상장을 떠났다',
    'table.wait': '{actor:capital}은(는) 이번 턴에 제안하지 않았다',
    'table.walk-out': '{actor:capital}이(가) {target:capital}과(와)의 협상장을 떠났다',
    'walk-out.trust':
      '{actor:capital}의 {target:capital}에 대한 신뢰가 기존의 {share:fmt}%만큼 떨어졌다: 협상장을 떠났다',
    'walk-out.tension': '긴장 {change:signed}: {actor:capital}이(가) 협상장을 떠났다',
    'pressure.apply': '{actor:capital}이(가) {target:capital}에 {level}단계 압박을 가했다',
    'pressure.apply-lined-up':
      '{actor:capital}이(가) 후원국의 {share:fmt}%가 보조를 맞춘 가운데 {target:capital}에 {level}단계 압박을 가했다',
    'pressure.backfire':
      '{actor:capital}의 {target:capital}에 대한 결렬 시 가치 {change:signed}: 후원국 쪽으로 비켜서서 얻은 것({sidestep:fmt})이 체감한 압박({felt:fmt})보다 컸다',
    'pressure.leverage':
      '{actor:capital}의 {target:capital}에 대한 결렬 시 가치 {change:signed}: 체감한 압박({felt:fmt})이 후원국이 완충해 줄 수 있는 정도({sidestep:fmt})보다 컸다',
    'pressure.sidestep':
      '{actor:capital}이(가) {patrons:capitals}에 의지해 {sidestep:fmt} VP의 지원을 얻었다',
    'pressure.court-others':
      '{actor:capital}의 {target:capital}에 대한 결렬 시 가치 {change:signed}: {presser:capital}의 압박을 받자 다른 나라들에 다가간다',
    'pressure.tension': '긴장 {change:signed}: {actor:capital}이(가) 압박을 가했다',
    'pressure.trust':
      '{actor:capital}의 {target:capital}에 대한 신뢰가 기존의 {share:fmt}%만큼 떨어졌다: 압박을 받았다',
    'summit.hold':
      '{actor:capital}과(와) {target:capital}이(가) 정상회담을 열었다. 이제 지도자는 성과를 안고 돌아가야 한다',
    'summit.hold-again':
      '{actor:capital}과(와) {target:capital}이(가) 정상회담을 열었다({count}번째 정상회담: 새로움은 매번 줄어든다). 이제 지도자는 성과를 안고 돌아가야 한다',
    'summit.trust': '{actor:capital}의 {target:capital}에 대한 신뢰 {change:signed100}점: 정상들이 만났다',
    'summit.tension': '긴장 {change:signed}: {actor:capital}과(와) {target:capital}의 정상회담',
    'gift.tension':
      '긴장 {change:signed}: {actor:capital}이(가) 대가 없이 {target:capital}에 무언가를 주었다',
    'coordinate.refused':
      '{actor:capital}이(가) {against:capital}에 대해 {target:capital}과(와) 보조를 맞추기를 거절했다: {target:capital}을(를) 충분히 신뢰하지 않는다',
    'coordinate.agree':
      '{ally:capital}이(가) {until}턴까지 {against:capital}에 대해 {actor:capital}과(와) 보조를 맞추기로 했다',
    'coordinate.goodwill':
      '{actor:capital}의 {target:capital}에 대한 신뢰 {change:signed100}점: {against:capital}에 대한 자국의 노선이 다르다',
    'gift.unconditional':
      '{actor:capital}이(가) 아무것도 요구하지 않고 {target:capital}에 {item:item}을(를) 주었다',
    'gift.conditional': '{actor:capital}이(가) 보답을 기대하며 {target:capital}에 {item:item}을(를) 주었다',
    'gift.trust': '{actor:capital}의 {target:capital}에 대한 신뢰 {change:signed100}점: 선의의 표시',
    'back-down': '{actor:capital}이(가) 벼랑 끝에서 물러섰다',
    'back-down.tension': '긴장 {change:signed}: {actor:capital}이(가) 물러섰다',
    'back-down.approval': '{actor:capital}의 지지율 -3: 물러서는 모습이 국내에서 약해 보인다',
    'approval.summit-empty':
      '{actor:capital}의 지지율 {change:signed}: 지도자가 정상회담에서 빈손으로 돌아왔다',
    'approval.gain':
      '{actor:capital}의 지지율 {change:signed}: 국민은 이번 턴의 합의를 이득으로 평가했다({verdict:signed} VP)',
    'approval.gain-summit':
      '{actor:capital}의 지지율 {change:signed}: 국민은 정상회담에서 가져온 이번 턴의 합의를 이득으로 평가했다({verdict:signed} VP)',
    'approval.loss':
      '{actor:capital}의 지지율 {change:signed}: 국민은 얻은 것보다 준 것이 많다고 본다({verdict:signed} VP). 손실은 두 배로 무겁게 느껴진다',
    'approval.drift': '{actor:capital}의 지지율 {change:signed}: 여론이 평소 수준({base:fmt})으로 되돌아간다',
    'reservation.recover':
      '{actor:capital}의 {target:capital}에 대한 결렬 시 가치 {change:signed}: 앞선 압박이나 사건의 효과가 사라진다',
    'tension.drift': '긴장 {change:signed}: 평소 수준({base:fmt})으로 되돌아간다',
    'crisis.close': '위기가 완화되었다: 누군가 벼랑 끝에서 물러섰다',
    'crisis.escalate': '긴장 {change:signed}: 아무도 물러서지 않아 위기가 고조되었다',
    'crisis.open':
      '위기: 긴장이 {tension:fmt}에 이르렀다. 다음 턴에 누군가 물러서지 않으면 위기가 고조된다. 평소 긴장 수준은 {base:fmt}까지 영구히 오른다',
    'election.survive':
      '{election}: 지지율 {approval:fmt}, 기준선 {threshold:fmt}. {leader}은(는) 자리를 지켰다',
    'election.defeat': '{election}: 지지율 {approval:fmt}, 기준선 {threshold:fmt}. {leader}은(는) 물러났다',
    'leader.replaced': '{next}이(가) {before}의 뒤를 이어 {actor:name}의 지도자가 되었다({why})',
    'leader.out': '{before}이(가) 물러나고 {actor:name} 대표단이 협상을 떠난다({why})',
    'advisors.estimate':
      '우리 참모진은 {actor:capital}의 {target:capital}에 대한 {field:term}가 {way:term}고 본다',
  },
  errors: {
    'game/none': '열려 있는 게임이 없습니다.',
    'game/over': '게임이 끝났습니다.',
    'action/not-an-object': '행동은 유형(type)과 대표단을 가진 객체여야 합니다.',
    'action/unknown-type': '{type} 유형의 행동은 없습니다. 가능한 유형은 {types:list}입니다.',
    'action/unknown-type.missing': '행동에는 유형을 지정해야 합니다. 유형은 {types:list} 중 하나입니다.',
    'action/unknown-type.not-text': '행동의 유형은 텍스트여야 하며, {types:list} 중 하나여야 합니다.',
    'action/missing-field': '{type} 행동에는 {field} 필드가 필요합니다.',
    'action/extra-field': '{type} 행동에는 {field} 필드가 없습니다.',
    'action/bad-field': '{type} 행동의 {field} 필드 값의 종류가 잘못되었습니다.',
    'action/bad-field.id': '{type} 행동의 {field} 필드는 id(텍스트)여야 합니다.',
    'action/bad-field.number': '{type} 행동의 {field} 필드는 유한한 숫자여야 합니다.',
    'action/bad-field.flag': '{type} 행동의 {field} 필드는 true 또는 false여야 합니다.',
    'action/bad-field.lines': '{type} 행동의 {field} 필드는 패키지 줄의 목록이어야 합니다.',
    'action/bad-field.too-long':
      '{type} 행동의 {field} 필드에 {count}개의 줄이 있습니다. 패키지에는 최대 {max}개까지 넣을 수 있습니다.',
    'action/bad-field.line':
      '{type} 행동의 {field}은(는) 패키지 줄이어야 합니다. 즉 항목과 단계, 그리고 지정한다면 약속됨인지 조건부인지를 담아야 합니다.',
    'action/unknown-actor': '"{actor}" 대표단이 없습니다.',
    'action/not-your-turn': '{name}의 차례입니다.',
    'action/not-your-turn.respond': '{name}이(가) 먼저 협상 테이블 위의 제안에 답해야 합니다.',
    'action/self': '다른 대표단을 선택하세요.',
    'action/background': '{name}은(는) 협상 테이블에 없습니다.',
    'action/ousted': '{name}은(는) 협상을 떠났습니다.',
    'respond/required':
      '먼저 협상 테이블 위의 제안에 답하세요. 수락, 거부 또는 역제안 중에서 고를 수 있습니다.',
    'respond/nothing-pending': '답할 제안이 없습니다.',
    'respond/counter-of-counter': '역제안은 수락하거나 거부할 수만 있습니다.',
    'side/used':
      '이번 턴에 이미 {move:term} 수를 사용했습니다. 이런 수는 종류마다 한 턴에 한 번씩만 둘 수 있습니다.',
    'actor/locked': '{name}은(는) 아직 양보할 수 없습니다: {reason}.',
    'actor/locked.unexplained': '{name}은(는) 아직 양보할 수 없습니다: 묶여 있습니다.',
    'actor/locked.capped':
      '{name}은(는) 아직 작은 양보만 할 수 있습니다(한 수에 지도부가 치르는 비용은 최대 {cap}): {reason}.',
    'crisis/none': '물러설 위기가 없습니다.',
    'crisis/already': '이미 물러섰습니다.',
    'pressure/level': '압박 단계는 {lower:list} 또는 {highest}입니다.',
    'coordinate/ally': '자신이나 대상이 아닌 제3자와 공조하세요.',
    'coordinate/ally.ousted': '그 동맹국은 협상을 떠났습니다.',
    'deliver/unknown': '넘겨주어야 할 "{item}"의 미이행 약속이 없습니다.',
    'forum/unknown': '"{forum}" 협의체가 없습니다.',
    'forum/not-member': '양측 모두 {forum}의 참가국이어야 합니다.',
    'forum/not-in-session': '{forum}은(는) 이번 턴에 열리지 않습니다.',
    'forum/outside': '{item}은(는) {forums:orList}에서만 논의할 수 있습니다.',
    'offer/empty': '제안은 무언가를 주거나 요구해야 합니다.',
    'offer/duplicate': '각 항목은 패키지에 한 번만 넣을 수 있습니다.',
    'offer/ask-flags': '약속됨이나 조건부로 지정할 수 있는 것은 주는 항목뿐입니다.',
    'offer/unknown-item': '"{item}" 항목이 없습니다.',
    'offer/not-yours': '{item}은(는) 우리가 줄 수 있는 항목이 아닙니다.',
    'offer/not-theirs': '{item}은(는) 상대가 줄 수 있는 항목이 아닙니다.',
    'offer/already-given': '{item}은(는) 이미 주었거나 약속했습니다. 두 번 줄 수는 없습니다.',
    'offer/bad-tier': '{item}의 단계는 {tiers:list} 중 하나이며, {tier}단계는 없습니다.',
    'offer/bad-tier.one': '{item}은(는) {tiers:list}단계만 가능하며, {tier}단계는 없습니다.',
  },
  actions: {
    'action.offer':
      '{actor:capital}이(가) {to:capital}에 {ask:package}의 대가로 {give:package}을(를) 제안한다',
    'action.offer.forum':
      '{actor:capital}이(가) {to:capital}에 {ask:package}의 대가로 {give:package}을(를) 제안한다 [{forum}]',
    'action.counter': '{actor:capital}의 역제안: {ask:package}의 대가로 {give:package}',
    'action.accept': '{actor:capital}이(가) 수락한다',
    'action.reject': '{actor:capital}이(가) 거부한다',
    'action.wait': '{actor:capital}이(가) 기다린다',
    'action.walkOut': '{actor:capital}이(가) {from:capital}과(와)의 협상장을 떠난다',
    'action.backDown': '{actor:capital}이(가) 물러선다',
    'action.pressure': '{actor:capital}이(가) {target:capital}을(를) 압박한다({level}단계)',
    'action.summit': '{actor:capital}이(가) {with:capital}과(와) 정상회담을 연다',
    'action.coordinate': '{actor:capital}이(가) {ally:capital}에 {target:capital}에 대한 공조를 요청한다',
    'action.gift': '{actor:capital}이(가) {to:capital}에 {give:package}을(를) 준다',
    'action.gift.conditional':
      '{actor:capital}이(가) 보답을 기대하며 {to:capital}에 {give:package}을(를) 준다',
    'action.deliver': '{actor:capital}이(가) 약속대로 {item:item}을(를) 넘겨준다',
    'verdict.accepted': '{move} (수락됨)',
    'verdict.not-ratified': '{move} (수락됨, 비준되지 않음)',
    'verdict.refused': '{move} (거부됨)',
  },
  previews: {
    'preview.locked': '우리가 무엇을 제안하든 {them:capital}은(는) 아직 양보할 수 없습니다.',
    'preview.accept':
      '{them:capital}은(는) 아마 수락할 것입니다. 상대가 고수하는 기준 {bar:fmt}에 비해 약 {value:fmt} VP를 얻는다고 추정합니다.',
    'preview.reject':
      '{them:capital}은(는) 아마 거부할 것입니다. 상대가 고수하는 기준 {bar:fmt}에 비해 상대가 얻는 것은 약 {value:fmt} VP입니다.',
    'preview.either':
      '어느 쪽으로든 갈 수 있습니다. {them:capital}이(가) 얻는 것은 약 {value:fmt} VP, 기준은 약 {bar:fmt}로, 참모진이 판별하기에는 차이가 너무 작습니다(±{spread:fmt}).',
    'preview.refused':
      '{them:capital}은(는) {turn}턴에 자신에게 약 {worth:fmt} VP의 가치가 있는 제안을 거부했습니다. 이번 제안은 그보다 더 주는 것이 없습니다.',
    'preview.refused-since':
      '{them:capital}은(는) {turn}턴에 자신에게 약 {worth:fmt} VP의 가치가 있는 제안을 거부했습니다. 이번 제안은 그보다 더 주는 것이 없으며, 참모진은 그 뒤로 상대의 기준이 그만큼 내려왔을지 의심합니다.',
    'preview.refused-earlier':
      '{them:capital}은(는) {turn}턴에 자신에게 약 {worth:fmt} VP의 가치가 있는 제안을 거부했으므로, 참모진은 상대가 고수하는 기준을 적어도 약 {bar:fmt} VP로 봅니다.',
    'preview.asked': '이것은 {them:capital}이(가) {turn}턴에 요구한 내용입니다.',
    'preview.asked-earlier':
      '{them:capital}은(는) {turn}턴에 자신에게 약 {worth:fmt} VP의 가치가 있는 패키지를 요구했으므로, 참모진은 상대가 고수하는 기준을 많아야 약 {bar:fmt} VP로 봅니다.',
    'preview.asked-more':
      '{them:capital}은(는) {turn}턴에 자신에게 약 {worth:fmt} VP의 가치가 있는 패키지를 요구했습니다. 이번 제안은 적어도 그만큼을 줍니다.',
    'preview.home.red-line':
      '우리 국민은 이것을 비준하지 않을 것입니다. 우리의 레드라인({redLine})을 넘습니다.',
    'preview.home.ok': '우리 국민은 이것을 받아들일 것입니다(평가 {verdict:fmt} VP, 최소 {bar:fmt} 필요).',
    'preview.home.no': '우리 국민은 이것을 거부할 것입니다(평가 {verdict:fmt} VP, 최소 {bar:fmt} 필요).',
    'preview.home.none-red-line': '우리는 이것에 동의할 수 없습니다. 우리의 레드라인({redLine})을 넘습니다.',
    'preview.home.none':
      '우리는 유권자에게 책임지지 않습니다. 우리를 구속하는 것은 지도자의 레드라인뿐입니다.',
    'preview.their-red-line': '{them:capital}은(는) 이것을 받아들일 수 없습니다: {redLine}.',
    'preview.their-public': '{them:capital}의 국민이 이를 용납하지 않을 것입니다.',
    'preview.risk':
      '위험: 이 제안은 다음 라운드에 대한 {them:capital}의 기대를 약 {risk:fmt} VP만큼 높일 것입니다.',
  },
};
