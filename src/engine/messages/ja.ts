import type { EngineMessages } from './en.ts';

/**
 * The engine's words in Japanese: the same ids and placeholders as `en.ts` (the type checks
 * the ids, the message tests the placeholders). Delegations, items and issues come from the
 * scenario as it is written. Terms follow the interface's glossary (docs/translation.md).
 */
export const ENGINE_MESSAGES_JA: EngineMessages = {
  terms: {
    offer: '提案',
    'counter-offer': '対案',
    expectation: '期待',
    reservation: '決裂時の価値',
    trust: '信頼',
    risen: '上がった',
    fallen: '下がった',
    nothing: 'なし',
    promised: '約束済み',
    conditional: '条件付き',
    tier: '{item}（{tier}段階）',
    flagged: '{line}（{flags}）',
    comma: '、',
    and: 'と',
    or: 'または',
    summit: '首脳会談',
    pressure: '圧力',
    coordinate: '連携',
    gift: '贈り物',
  },
  events: {
    'turn.start': '第{turn}ターン：{label}',
    'game.end': '{title}：{text}',
    'turn.move-limit':
      '{actor:capital}はこのターン、1つの代表団に許される上限の{limit}手を打った：このターンの交渉の番は終了',
    'event.fired': '{headline}：{text}',
    'event.tension': '緊張{change:signed}：{headline}',
    'event.approval': '{actor:capital}の支持率{change:signed}：{headline}',
    'event.expectation': '{actor:capital}の{target:capital}に対する期待{change:signed}：{headline}',
    'event.reservation': '{actor:capital}の{target:capital}に対する決裂時の価値{change:signed}：{headline}',
    'event.trust': '{actor:capital}の{target:capital}への信頼{change:signed100}ポイント：{headline}',
    'event.progress': '進展{change:signed}：{headline}',
    'event.unlocked': '{actor:capital}は再び譲歩できるようになった：{headline}',
    'offer.make': '{actor:capital}は{ask:package}と引き換えに{give:package}を提案した',
    'offer.counter': '{actor:capital}は対案として、{ask:package}と引き換えに{give:package}を示した',
    'offer.accepted':
      '{actor:capital}は{target:capital}の{what:term}を受け入れた：{ask:package}と引き換えに{give:package}（{actor:capital}にとって{surplus:fmt} VPの価値。求めていた水準は{bar:fmt}）',
    'offer.accepted.seen': '{actor:capital}は{target:capital}の{what:term}を受け入れた',
    'offer.rejected.locked': '{actor:capital}は{target:capital}の{what:term}を拒否した：まだ譲歩できない',
    'offer.rejected.capped':
      '{actor:capital}は{target:capital}の{what:term}を拒否した：まだ小さな譲歩しかできない（1手で負担できるのは最大{cap:fmt} VP）',
    'offer.rejected.red-line':
      '{actor:capital}は{target:capital}の{what:term}を拒否した：レッドライン（{redLine}）を越えている',
    'offer.rejected.public':
      '{actor:capital}は{target:capital}の{what:term}を拒否した：国内世論が受け入れない（評価{verdict:fmt} VP）',
    'offer.rejected.short':
      '{actor:capital}は{target:capital}の{what:term}を拒否した：得られるのは{surplus:fmt} VPで、求める水準は{bar:fmt}',
    'offer.rejected.wants-more':
      '{actor:capital}は{target:capital}の{what:term}を拒否した：得られる{surplus:fmt} VPは求めていた{bar:fmt}を上回るが、さらに多くを望んでいる',
    'offer.rejected.seen': '{actor:capital}は{target:capital}の{what:term}を拒否した：さらに多くを求めている',
    'curve.hold':
      '{actor:capital}はこのラウンドではこれ以上譲歩しない：{target:capital}が、求めていた水準を満たす提案を拒否した',
    'deal.collapse.red-line': '{actor:capital}の国内は合意を批准しない：レッドラインを越えている：{redLine}',
    'deal.collapse.public':
      '{actor:capital}の国内は合意を批准しない：世論の評価（{verdict:fmt} VP）が受け入れ可能な水準（{bar:fmt}）に届かない',
    'deal.trust-defection':
      '{actor:capital}の{target:capital}への信頼が5分の1減少：履行できない合意に同意した',
    'deal.approval-defection': '{actor:capital}の支持率-5：政府が、世論の拒んだ合意に同意した',
    'deal.trust-reciprocated':
      '{actor:capital}の{target:capital}への信頼{change:signed100}ポイント：譲歩が交換された',
    'deal.tension': '緊張{change:signed}：{actor:capital}と{target:capital}が合意に達した',
    'talks.tension':
      '緊張{change:signed}：合意はなくとも、{actor:capital}と{target:capital}は対話を続けている',
    'demand.tension': '緊張{change:signed}：{actor:capital}は何も差し出さずに要求だけを突きつけた',
    'deliver.deal':
      '{actor:capital}は合意に基づき{item:item}（{tier:fmt}段階）を引き渡した：{target:capital}にとって{value:fmt} VPの価値',
    'deliver.gift':
      '{actor:capital}は贈り物として{item:item}（{tier:fmt}段階）を引き渡した：{target:capital}にとって{value:fmt} VPの価値',
    'deliver.promised':
      '{actor:capital}は約束どおり{item:item}（{tier:fmt}段階）を引き渡した：{target:capital}にとって{value:fmt} VPの価値',
    'deliver.deal.seen':
      '{actor:capital}は合意に基づき{item:item}（{tier:fmt}段階）を{target:capital}に引き渡した',
    'deliver.gift.seen':
      '{actor:capital}は贈り物として{item:item}（{tier:fmt}段階）を{target:capital}に引き渡した',
    'deliver.promised.seen':
      '{actor:capital}は約束どおり{item:item}（{tier:fmt}段階）を{target:capital}に引き渡した',
    'progress.item': '{issue:issue}の進展{change:signed}：{item:item}が引き渡された',
    'promise.make':
      '{actor:capital}は{target:capital}に{item:item}を約束した（第{deadline}ターンまでに引き渡し）',
    'promise.kept': '{actor:capital}は{item:item}の約束を守った',
    'promise.trust-kept':
      '{actor:capital}の{target:capital}への信頼{change:signed100}ポイント：約束が守られた',
    'promise.broken': '{actor:capital}は第{deadline}ターンまでに{item:item}を引き渡さなかった',
    'promise.trust-broken': '{actor:capital}の{target:capital}への信頼が{share:fmt}%に低下：約束が破られた',
    'ratchet.up':
      '{actor:capital}の{target:capital}に対する期待{change:signed}：期待していた{before:fmt}に対し、{realised:fmt} VPの価値を得た',
    'ratchet.down':
      '{actor:capital}の{target:capital}に対する期待{change:signed}：期待していた{before:fmt}に対し得たのは{realised:fmt} VP。期待はゆっくりとしか下がらない',
    'ratchet.anchor':
      '{actor:capital}の{target:capital}に対する期待{change:signed}：交渉の席にある提案（{surplus:fmt} VP）が期待の基準になる',
    'ratchet.gift':
      '{actor:capital}の{target:capital}に対する期待{change:signed}：見返りなしの贈り物（{value:fmt} VP）で、さらに多くを期待するようになる',
    'ratchet.gift-conditional':
      '{actor:capital}の{target:capital}に対する期待{change:signed}：お返しを条件とした贈り物（{value:fmt} VP）は、期待をわずかしか高めない',
    'firmness.wait':
      '{actor:capital}の{target:capital}に対する期待{change:signed}：{target:capital}はさらに提案せず、忍耐を示した',
    'firmness.declined':
      '{actor:capital}の{target:capital}に対する期待{change:signed}：{target:capital}が対案を断った。毅然とした姿勢の表れ',
    'firmness.walk-out':
      '{actor:capital}の{target:capital}に対する期待{change:signed}：{target:capital}はそれ以上譲るより席を立つことを選んだ',
    'table.wait': '{actor:capital}はこのターン、提案をしなかった',
    'table.walk-out': '{actor:capital}は{target:capital}との協議の席を立った',
    'walk-out.trust': '{actor:capital}の{target:capital}への信頼がそれまでの{share:fmt}%分減少：席を立たれた',
    'walk-out.tension': '緊張{change:signed}：{actor:capital}が席を立った',
    'pressure.apply': '{actor:capital}は{target:capital}にレベル{level}の圧力をかけた',
    'pressure.apply-lined-up':
      '{actor:capital}は{target:capital}にレベル{level}の圧力をかけた。後ろ盾の{share:fmt}%が足並みをそろえている',
    'pressure.backfire':
      '{actor:capital}の{target:capital}に対する決裂時の価値{change:signed}：圧力の痛み（{felt:fmt}）以上に、後ろ盾を頼って身をかわせた（{sidestep:fmt}相当）',
    'pressure.leverage':
      '{actor:capital}の{target:capital}に対する決裂時の価値{change:signed}：後ろ盾が和らげられる分（{sidestep:fmt}）以上に、圧力の痛み（{felt:fmt}）を感じた',
    'pressure.sidestep': '{actor:capital}は{patrons:capitals}を頼り、{sidestep:fmt} VPの支援を得た',
    'pressure.court-others':
      '{actor:capital}の{target:capital}に対する決裂時の価値{change:signed}：{presser:capital}から圧力を受け、他国に接近している',
    'pressure.tension': '緊張{change:signed}：{actor:capital}が圧力をかけた',
    'pressure.trust': '{actor:capital}の{target:capital}への信頼がそれまでの{share:fmt}%分減少：圧力を受けた',
    'summit.hold':
      '{actor:capital}と{target:capital}が首脳会談を行った。指導者は何らかの成果を持ち帰らねばならない',
    'summit.hold-again':
      '{actor:capital}と{target:capital}が首脳会談を行った（{count}回目。回を重ねるごとに新味は薄れる）。指導者は何らかの成果を持ち帰らねばならない',
    'summit.trust': '{actor:capital}の{target:capital}への信頼{change:signed100}ポイント：首脳同士が会った',
    'summit.tension': '緊張{change:signed}：{actor:capital}と{target:capital}の首脳会談',
    'gift.tension': '緊張{change:signed}：{actor:capital}が見返りなしに{target:capital}へ贈り物をした',
    'coordinate.refused':
      '{actor:capital}は{against:capital}に対して{target:capital}と足並みをそろえることを断った：{target:capital}を十分に信頼していない',
    'coordinate.agree':
      '{ally:capital}は第{until}ターンまで、{against:capital}に対して{actor:capital}と足並みをそろえる',
    'coordinate.goodwill':
      '{actor:capital}の{target:capital}への信頼{change:signed100}ポイント：{against:capital}に対する自らの方針は異なるのに同調した',
    'gift.unconditional': '{actor:capital}は何も求めずに{item:item}を{target:capital}に贈った',
    'gift.conditional': '{actor:capital}は見返りを期待して{item:item}を{target:capital}に贈った',
    'gift.trust': '{actor:capital}の{target:capital}への信頼{change:signed100}ポイント：善意の表れ',
    'back-down': '{actor:capital}は瀬戸際から引き下がった',
    'back-down.tension': '緊張{change:signed}：{actor:capital}が引き下がった',
    'back-down.approval': '{actor:capital}の支持率-3：引き下がったことが国内で弱腰と見られた',
    'approval.summit-empty': '{actor:capital}の支持率{change:signed}：指導者が首脳会談から手ぶらで帰国した',
    'approval.gain':
      '{actor:capital}の支持率{change:signed}：世論はこのターンの合意を利益と判断した（{verdict:signed} VP）',
    'approval.gain-summit':
      '{actor:capital}の支持率{change:signed}：世論はこのターンの合意を、首脳会談から持ち帰った利益と判断した（{verdict:signed} VP）',
    'approval.loss':
      '{actor:capital}の支持率{change:signed}：世論は得たもの以上に与えたと考えている（{verdict:signed} VP）。損失は2倍重く響く',
    'approval.drift':
      '{actor:capital}の支持率{change:signed}：世論がいつもの水準（{base:fmt}）に戻りつつある',
    'reservation.recover':
      '{actor:capital}の{target:capital}に対する決裂時の価値{change:signed}：以前の圧力や出来事の影響が薄れた',
    'tension.drift': '緊張{change:signed}：いつもの水準（{base:fmt}）に戻りつつある',
    'crisis.close': '危機が和らいだ：誰かが瀬戸際から引き下がった',
    'crisis.escalate': '緊張{change:signed}：誰も引き下がらず、危機が激化した',
    'crisis.open':
      '危機：緊張が{tension:fmt}に達した。次のターンに誰かが引き下がらなければ危機は激化する。緊張の平常水準は{base:fmt}へと恒久的に上昇',
    'election.survive': '{election}：支持率{approval:fmt}（基準{threshold:fmt}）。{leader}は続投',
    'election.defeat': '{election}：支持率{approval:fmt}（基準{threshold:fmt}）。{leader}は敗北',
    'leader.replaced': '{actor:name}の指導者が{before}から{next}に交代（{why}）',
    'leader.out': '{before}が退任し、{actor:name}の代表団は協議から離脱（{why}）',
    'advisors.estimate':
      '顧問団の見立てでは、{actor:capital}の{target:capital}に対する{field:term}は{way:term}',
  },
  errors: {
    'game/none': '開いているゲームはありません。',
    'game/over': 'ゲームは終了しました。',
    'action/not-an-object': 'アクションは、種類と代表団を持つオブジェクトでなければなりません。',
    'action/unknown-type': '種類{type}のアクションはありません。種類は{types:list}です。',
    'action/unknown-type.missing': 'アクションには種類を指定してください（{types:list}のいずれか）。',
    'action/unknown-type.not-text':
      'アクションの種類はテキストで、{types:list}のいずれかでなければなりません。',
    'action/missing-field': '{type}アクションにはフィールド{field}が必要です。',
    'action/extra-field': '{type}アクションにフィールド{field}はありません。',
    'action/bad-field': '{type}アクションのフィールド{field}の値の種類が正しくありません。',
    'action/bad-field.id': '{type}アクションのフィールド{field}はID（テキスト）でなければなりません。',
    'action/bad-field.number': '{type}アクションのフィールド{field}は有限の数値でなければなりません。',
    'action/bad-field.flag': '{type}アクションのフィールド{field}はtrueまたはfalseでなければなりません。',
    'action/bad-field.lines':
      '{type}アクションのフィールド{field}はパッケージ行のリストでなければなりません。',
    'action/bad-field.too-long':
      '{type}アクションのフィールド{field}には{count}行ありますが、パッケージは最大{max}行です。',
    'action/bad-field.line':
      '{type}アクションの{field}はパッケージ行でなければなりません。項目と段階、指定する場合は約束済みか条件付きかを含めてください。',
    'action/unknown-actor': '代表団「{actor}」はありません。',
    'action/not-your-turn': '今は{name}の番です。',
    'action/not-your-turn.respond': '{name}はまず交渉の席にある提案に答えなければなりません。',
    'action/self': '別の代表団を選んでください。',
    'action/background': '{name}は交渉の席にいません。',
    'action/ousted': '{name}は協議から離脱しました。',
    'respond/required': 'まず交渉の席にある提案に答えてください（受け入れる・拒否する・対案を出す）。',
    'respond/nothing-pending': '答えるべき提案はありません。',
    'respond/counter-of-counter': '対案は受け入れるか拒否するかしかできません。',
    'side/used': 'このターンはすでに{move:term}の手を使いました。補助の手は、それぞれ1ターンに1回までです。',
    'actor/locked': '{name}はまだ譲歩できません：{reason}。',
    'actor/locked.unexplained': '{name}はまだ譲歩できません（凍結中です）。',
    'actor/locked.capped':
      '{name}はまだ小さな譲歩しかできません（1手で指導部が負担できるのは最大{cap}）：{reason}。',
    'crisis/none': '引き下がるべき危機はありません。',
    'crisis/already': 'すでに引き下がっています。',
    'pressure/level': '圧力のレベルは{lower:list}または{highest}です。',
    'coordinate/ally': '連携は自分や相手ではなく、第三者と行ってください。',
    'coordinate/ally.ousted': 'その同盟国は協議から離脱しました。',
    'deliver/unknown': '引き渡すべき「{item}」の未履行の約束はありません。',
    'forum/unknown': '協議の場「{forum}」はありません。',
    'forum/not-member': '双方が{forum}の参加国でなければなりません。',
    'forum/not-in-session': '{forum}はこのターンには開かれません。',
    'forum/outside': '{item}は{forums:orList}でのみ協議できます。',
    'offer/empty': '提案では、何かを与えるか求めるかしなければなりません。',
    'offer/duplicate': '各項目はパッケージに1回しか入れられません。',
    'offer/ask-flags': '約束済みや条件付きにできるのは、与えるものだけです。',
    'offer/unknown-item': '項目「{item}」はありません。',
    'offer/not-yours': '{item}はあなたが与えられるものではありません。',
    'offer/not-theirs': '{item}は相手が与えられるものではありません。',
    'offer/already-given': '{item}はすでに与えたか約束済みです。2度与えることはできません。',
    'offer/bad-tier': '{item}の段階は{tiers:list}で、{tier}ではありません。',
    'offer/bad-tier.one': '{item}の段階は{tiers:list}のみで、{tier}ではありません。',
  },
  actions: {
    'action.offer': '{actor:capital}が{to:capital}に提案：{ask:package}と引き換えに{give:package}',
    'action.offer.forum':
      '{actor:capital}が{to:capital}に提案：{ask:package}と引き換えに{give:package} [{forum}]',
    'action.counter': '{actor:capital}の対案：{ask:package}と引き換えに{give:package}',
    'action.accept': '{actor:capital}が受け入れる',
    'action.reject': '{actor:capital}が拒否する',
    'action.wait': '{actor:capital}が待つ',
    'action.walkOut': '{actor:capital}が{from:capital}との席を立つ',
    'action.backDown': '{actor:capital}が引き下がる',
    'action.pressure': '{actor:capital}が{target:capital}に圧力（レベル{level}）',
    'action.summit': '{actor:capital}が{with:capital}と首脳会談',
    'action.coordinate': '{actor:capital}が{ally:capital}に、{target:capital}に対する連携を求める',
    'action.gift': '{actor:capital}が{to:capital}に{give:package}を贈る',
    'action.gift.conditional': '{actor:capital}が見返りを期待して{to:capital}に{give:package}を贈る',
    'action.deliver': '{actor:capital}が約束どおり{item:item}を引き渡す',
    'verdict.accepted': '{move}（受け入れ）',
    'verdict.not-ratified': '{move}（受け入れ、批准されず）',
    'verdict.refused': '{move}（拒否）',
  },
  previews: {
    'preview.locked': '何を提案しても、{them:capital}はまだ譲歩できません。',
    'preview.accept':
      '{them:capital}はおそらく受け入れるでしょう。相手が得るのは約{value:fmt} VPで、求める水準は{bar:fmt}と見積もっています。',
    'preview.reject':
      '{them:capital}はおそらく拒否するでしょう。相手にとって約{value:fmt} VPで、求める水準は{bar:fmt}です。',
    'preview.either':
      'どちらに転ぶかわかりません。{them:capital}にとって約{value:fmt} VP、求める水準は約{bar:fmt}で、顧問団にも見分けられないほどの差です（±{spread:fmt}）。',
    'preview.refused':
      '{them:capital}は第{turn}ターンに、自らにとって約{worth:fmt} VPの提案を拒否しました。今回の提案はそれ以上のものを与えません。',
    'preview.refused-since':
      '{them:capital}は第{turn}ターンに、自らにとって約{worth:fmt} VPの提案を拒否しました。今回の提案はそれ以上のものを与えず、顧問団は、相手がその後そこまで要求を下げたとは考えていません。',
    'preview.refused-earlier':
      '{them:capital}は第{turn}ターンに、自らにとって約{worth:fmt} VPの提案を拒否しました。そのため顧問団は、相手の求める水準を少なくとも約{bar:fmt} VPと見ています。',
    'preview.asked': 'これは{them:capital}が第{turn}ターンに求めたものです。',
    'preview.asked-earlier':
      '{them:capital}は第{turn}ターンに、自らにとって約{worth:fmt} VPのパッケージを求めました。そのため顧問団は、相手の求める水準を多くとも約{bar:fmt} VPと見ています。',
    'preview.asked-more':
      '{them:capital}は第{turn}ターンに、自らにとって約{worth:fmt} VPのパッケージを求めました。今回の提案は少なくともそれと同じだけを与えます。',
    'preview.home.red-line':
      '国内はこれを批准しないでしょう。わが国のレッドライン（{redLine}）を越えています。',
    'preview.home.ok': '国内世論は受け入れるでしょう（評価{verdict:fmt} VP、必要なのは{bar:fmt}以上）。',
    'preview.home.no': '国内世論は拒否するでしょう（評価{verdict:fmt} VP、必要なのは{bar:fmt}以上）。',
    'preview.home.none-red-line': 'これには同意できません。わが国のレッドライン（{redLine}）を越えています。',
    'preview.home.none':
      'わが国には選挙で応えるべき有権者はいません。私たちを縛るのは指導者のレッドラインだけです。',
    'preview.their-red-line': '{them:capital}はこれを受け入れられません：{redLine}。',
    'preview.their-public': '{them:capital}の世論はこれを容認しないでしょう。',
    'preview.risk':
      'リスク：これにより、次のラウンドに向けて{them:capital}の期待が約{risk:fmt} VP高まります。',
  },
};
