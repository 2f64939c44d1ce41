/**
 * Pastes from an area the reference leaves out (scope.ts NOT_COVERED: ads, Facebook's own Pages,
 * groups and profiles, WhatsApp, Threads). Those calls fail with the same Graph codes as everything
 * else (100, 190, 2, 17…) and often with Instagram's exact texts, so the code alone, or even a whole
 * message, would name a page of ours; what tells the area apart is what the paste talks about: an ad
 * account id, an ads endpoint, campaign words, a Facebook-only permission or Graph edge, a WhatsApp
 * code or field, a Threads host. Meta's Business SDKs (facebook_business, FacebookAds\…) are no sign:
 * they also call Instagram's endpoints.
 */
import type { NOT_COVERED } from '../scope.ts';
import type { ExtractedFields, Outside } from './types.ts';

/** Every sign names a topic of scope.ts, so the answer can always say where the paste belongs. */
type Sign = { topic: (typeof NOT_COVERED)[number]['topic']; re: RegExp; reason: string };

const SIGNS: readonly Sign[] = [
	{
		topic: 'ads',
		// a real id, or one a report masked: act_XXXXXXXX, act_<ACCOUNT_ID>, act_{ad-account-id}, act_AD_ACCOUNT_ID
		re: /\bact_(?:\d{5,}\b|[xX*#]{4,}|<[^>\n]{1,40}>|\{[^}\n]{1,40}\}|[A-Z][A-Z_]*ID\b)/,
		reason: 'an ad account id (act_…)',
	},
	{
		topic: 'ads',
		re: /\/(?:ads|adsets|adcreatives|adimages|advideos|campaigns|customaudiences|adspixels|ads_archive|adrules_library|promotable_posts|leadgen_forms)\b/i,
		reason: 'an ads endpoint',
	},
	{ topic: 'ads', re: /\b(?:marketing|ads) api\b|\bconversions api\b/i, reason: 'the Marketing API by name' },
	{
		topic: 'ads',
		re: /\b(?:ad ?sets?|ad[_ ]?creatives?|ad[_ ]?accounts?|ad[_ ]?account[_ ]?id|adset_id|instagram_actor_id|ads manager|ads library|boost(?:ed|ing)? (?:a |the |this )?posts?|ads? creative|advertisements?|leadgen_id|cost_per_[a-z_]+|x-ad-account-usage)\b|(?<![a-z])campaign(?:s|_ids?)?(?![a-z])/i,
		reason: 'ads words (campaigns, ad sets, creatives, ad accounts, boosted posts)',
	},
	{
		topic: 'facebook',
		// Instagram with Facebook Login asks for pages_show_list, pages_read_engagement,
		// pages_manage_metadata and business_management too, so none of those is a sign
		re: /\b(?:pages_manage_posts|publish_pages|publish_video)\b/,
		reason: 'a permission for Facebook Page posts or live video (pages_manage_posts, publish_pages or publish_video)',
	},
	{
		topic: 'facebook',
		re: /\b(?:publish_actions|publish_stream|publish_to_groups|groups_access_member_info|user_managed_groups)\b/,
		reason:
			'a Facebook profile or group permission that Meta has removed (publish_actions in 2018; the Groups API permissions in April 2024)',
	},
	{
		topic: 'facebook',
		re: /\buser_(?:posts|photos|videos)\b/,
		reason: "a permission for reading a Facebook profile's posts, photos or videos",
	},
	{
		topic: 'facebook',
		// A Page's, group's or profile's edge on the Graph API: after the Graph host, a version, or a
		// quote or space (an SDK call such as post('/me/feed')), and last in the path, so a media URL
		// such as https://cdn.example/123456/photos/a.jpg inside an Instagram error is no sign.
		re: /(?:graph(?:-video)?\.facebook\.com(?:\/v\d{1,2}\.\d{1,2})?|(?:^|[\s'"`(=])\/?v\d{1,2}\.\d{1,2}|^|[\s'"`(=])\/?(?:me|\d{5,}|page_id|group_id|\{(?:page|group|user)[_-]id\}|<(?:page|group|user)[_-]id>|\$\{\w+\})\/(?:feed|photos|videos|live_videos|video_reels|albums|posts|published_posts|scheduled_posts|events)(?![\w/.-])/im,
		reason: 'a Facebook Page, group or profile endpoint (/feed, /photos, /videos…)',
	},
	{ topic: 'whatsapp', re: /\bwhats ?app\b|\bwa_id\b/i, reason: 'WhatsApp by name or a WhatsApp field' },
	{
		topic: 'threads',
		re: /\bgraph\.threads\.(?:net|com)\b|\bthreads_(?:basic|content_publish|manage_replies|read_replies|manage_insights|publish)\b|\bthreads api\b/i,
		reason: 'the Threads API host, or one of its endpoints or permissions',
	},
];

/**
 * What shows a paste is about Instagram after all, so Facebook's signs do not count: an Instagram
 * node type, Instagram's host, an instagram_* permission (apps that post to both ask for
 * pages_manage_posts beside it), an Instagram publishing subcode.
 */
const INSTAGRAM =
	/\b(?:ShadowIGUser|IGUser|IGMedia)\b|graph\.instagram\.com|\binstagram_(?:basic|content_publish|manage_\w+|business_\w+)\b|\b2207\d{3}\b/;

/** WhatsApp Cloud API errors use codes from 130000 up (130429, 131026, 132001, 133010…); no Instagram code does. */
const whatsappCode = (code: number | undefined) => code !== undefined && code >= 130000 && code < 140000;

/** The left-out area a paste seems to come from, with what gave it away; undefined when nothing does. */
export function outsideOf(fields: ExtractedFields): Outside | undefined {
	const text = [fields.text, fields.message, fields.error_user_title, fields.error_user_msg].filter(Boolean).join('\n');
	const instagram = INSTAGRAM.test(text);
	for (const { topic, re, reason } of SIGNS)
		if (re.test(text) && !(topic === 'facebook' && instagram)) return { topic, reason };
	if (whatsappCode(fields.code ?? fields.number))
		return { topic: 'whatsapp', reason: 'a code from the WhatsApp Cloud API (13xxxx)' };
	return undefined;
}
