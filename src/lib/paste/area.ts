/**
 * Pastes from an area the reference leaves out (scope.ts NOT_COVERED: ads). An ads call fails with
 * the same Graph codes as everything else (100, 190, 17…), so the code alone would name a page of
 * ours with confidence; what tells the area apart is what the paste talks about: an ad account id,
 * an ads endpoint, campaign or ad set words, the Marketing API by name.
 */
import type { ExtractedFields, Outside } from './types.ts';

const SIGNS: readonly { re: RegExp; reason: string }[] = [
	{ re: /\bact_\d{5,}\b/, reason: 'an ad account id (act_…)' },
	{
		re: /\/(?:ads|adsets|adcreatives|adimages|advideos|campaigns|customaudiences|adspixels|ads_archive|adrules_library|promotable_posts)\b/i,
		reason: 'an ads endpoint',
	},
	{ re: /\b(?:marketing|ads) api\b/i, reason: 'the Marketing API by name' },
	{
		re: /\b(?:ad ?sets?|ad[_ ]?creatives?|ad[_ ]?accounts?|ad[_ ]?account[_ ]?id|campaign_id|adset_id|instagram_actor_id|ads manager|boost(?:ed|ing)? (?:a |the |this )?posts?|ads? creative)\b/i,
		reason: 'ads words (ad sets, creatives, ad accounts, boosted posts)',
	},
];

/** The left-out area a paste seems to come from, with what gave it away; undefined when nothing does. */
export function outsideOf(fields: ExtractedFields): Outside | undefined {
	const text = [fields.text, fields.message, fields.error_user_title, fields.error_user_msg].filter(Boolean).join('\n');
	for (const { re, reason } of SIGNS) if (re.test(text)) return { topic: 'ads', reason };
	return undefined;
}
