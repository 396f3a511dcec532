/**
 * Words of a question that name nothing a page is about, dropped from queries (not from the index): question words,
 * pronouns, auxiliaries, and the complaint words customers add ("not working", "안 돼요"). Lower case; Korean ones as
 * stems (`stemKorean`), so `있나요` and `있어요` both drop as `있`.
 */
export const STOP_WORDS: Record<'en' | 'ko', ReadonlySet<string>> = {
	en: new Set(
		(
			'a an the and or but if of to in on at by for from with about into as is are was were be been being am do ' +
			'does did doing done have has had having i me my mine we our us you your it its this that these those there ' +
			'here what which who whom whose when where why how can could should would will shall may might must so than ' +
			'then too very just also still even though although anyway please help thanks hi hello get got getting ' +
			'any some much many not no dont doesnt didnt cant cannot wont isnt arent wasnt werent ive im id youre ' +
			'working work works worked happen happens happening going go goes keep keeps say says said tell know want need'
		).split(' '),
	),
	ko: new Set(
		(
			'왜 어떻게 어떡 어디 어디서 어디에서 언제 무엇 뭐 뭔 뭔가 뭐가 무슨 어느 어떤 얼마 얼마나 몇 누가 누구 ' +
			'제 저 저는 제가 나 내 내가 우리 그 이 저것 그것 이것 것 거 수 좀 꼭 좀더 더 또 혹시 그냥 계속 ' +
			'있 있어 있어요 없 없어 없어요 안 못 돼 되 해 하 했 됐 알려 궁금 질문 문의 방법 법 경우 때 중 ' +
			'인가 가요 나요 까요 쓰는 싶 싶어 싶어요 보고 해보 ㅠㅠ ㅜㅜ 요'
		).split(' '),
	),
};
