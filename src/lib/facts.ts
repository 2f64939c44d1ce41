/**
 * Numbers and scopes the site states in more than one place, each with the source that backs it:
 * call budgets, the publishing quota, container lifetimes, token lifetimes, media limits and the
 * scopes each login path needs to publish.
 *
 * Invariant: an entry, FAQ answer or guide that states one of these figures must state the
 * value written here (tests/unit/content-consistency.test.ts reads the content and checks).
 * Where Meta's own pages disagree, every figure is kept with its own source, and pages show
 * them all rather than picking one.
 *
 * Pure module: no astro:* imports, so unit tests and components both import it.
 */
import type { LoginPathId, SourceId } from './taxonomy.ts';

/** One figure and the page that states it. */
interface SourcedFigure {
	readonly value: number;
	readonly source: SourceId;
	/** What the figure is, in a few words, as the site would say it. */
	readonly note: string;
}

/**
 * Call budgets. Meta states them as formulas; the multiplier is the part the site repeats.
 * Instagram Platform calls are counted under Business Use Case limits (code 80002 when spent);
 * other Graph API calls made with app or user tokens under Platform limits (codes 4 and 17).
 */
const RATE_LIMITS = {
	instagramBuc: {
		formula: 'Calls within 24 hours = 4800 * Number of Impressions',
		perUnit: 4800,
		windowHours: 24,
		source: 'meta-platform-overview',
	},
	appPlatform: {
		formula: 'Calls within one hour = 200 * Number of Users',
		perUnit: 200,
		windowHours: 1,
		source: 'meta-rate-limiting',
	},
	/** The usage header that says how long a throttle lasts, and the field that says it (in minutes). */
	regainAccess: {
		header: 'X-Business-Use-Case-Usage',
		field: 'estimated_time_to_regain_access',
		unit: 'minutes',
		source: 'meta-rate-limiting',
	},
} as const satisfies Record<string, { readonly source: SourceId; readonly [field: string]: unknown }>;

/**
 * Posts an account may publish through the API in a moving 24-hour window. Meta's pages give
 * different figures, so there is no single value: read `content_publishing_limit` for the real one.
 */
export const PUBLISHING_LIMIT = {
	windowHours: 24,
	figures: [
		{
			value: 100,
			source: 'meta-content-publishing',
			note: 'Content Publishing guide, Rate Limit section (the same guide says 50 in its carousel section)',
		},
		{
			value: 50,
			source: 'meta-media-publish',
			note: 'media_publish reference (and the quota_total of the content_publishing_limit example)',
		},
		{ value: 25, source: 'public-reports', note: 'older texts and a 2022 response (quota_total 25)' },
	],
	endpoint: 'GET /<IG_ID>/content_publishing_limit',
	endpointSource: 'meta-publishing-limit',
	/** A carousel counts as one post. */
	carouselCountsAs: 1,
} as const satisfies { readonly figures: readonly SourcedFigure[]; readonly [field: string]: unknown };

/** Media containers: how long they live, how often to poll them, how many an account may create. */
const CONTAINERS = {
	expiryHours: {
		value: 24,
		source: 'meta-content-publishing',
		note: 'an unpublished container expires (status EXPIRED)',
	},
	pollEveryMinutes: { value: 1, source: 'meta-content-publishing', note: 'query a container status once per minute' },
	pollForAtMostMinutes: { value: 5, source: 'meta-content-publishing', note: 'for no more than 5 minutes' },
	/** Containers an account may create in 24 hours; quoted from the IG User Media reference as recorded, to re-check on the live page. */
	createdPer24Hours: {
		value: 400,
		source: 'meta-ig-user-media',
		note: 'containers an account may create in a 24-hour period',
	},
} as const satisfies Record<string, SourcedFigure>;

/** Token lifetimes and renewal for Instagram API with Instagram Login. */
const TOKENS = {
	instagramLogin: {
		shortLivedHours: { value: 1, source: 'meta-ig-access-token', note: 'a short-lived Instagram User token' },
		longLivedDays: { value: 60, source: 'meta-ig-access-token', note: 'a long-lived Instagram User token' },
		refresh: {
			request:
				'GET https://graph.instagram.com/refresh_access_token?grant_type=ig_refresh_token&access_token=<LONG_LIVED_TOKEN>',
			/** The token must be at least this old, and not yet expired. */
			minAgeHours: {
				value: 24,
				source: 'meta-ig-refresh-token',
				note: 'a token can be refreshed once it is 24 hours old',
			},
			validForDays: {
				value: 60,
				source: 'meta-ig-refresh-token',
				note: 'a refreshed token lives 60 days from the refresh',
			},
			permission: 'instagram_business_basic',
			source: 'meta-ig-refresh-token',
		},
	},
} as const;

/** What each login path needs to publish, per Meta's permission tables (content_publishing_limit, IG Container, media_publish). */
export interface LoginScopes {
	readonly host: string;
	readonly token: string;
	/** Scopes every publishing call needs. */
	readonly publish: readonly string[];
	/** Extra scopes in some setups, with the condition in Meta's words, in short. */
	readonly conditional: readonly {
		readonly when: string;
		readonly oneOf?: readonly string[];
		readonly allOf?: readonly string[];
	}[];
	/** A condition on the person rather than on the token, if any. */
	readonly pageTasks?: string;
	readonly source: SourceId;
}

export const PUBLISH_SCOPES: Readonly<Record<LoginPathId, LoginScopes>> = {
	'instagram-login': {
		host: 'graph.instagram.com',
		token: 'Instagram User access token',
		publish: ['instagram_business_basic', 'instagram_business_content_publish'],
		conditional: [],
		source: 'meta-publishing-limit',
	},
	'facebook-login': {
		host: 'graph.facebook.com',
		token: 'Facebook User access token',
		publish: ['instagram_basic', 'instagram_content_publish', 'pages_read_engagement'],
		conditional: [
			{
				when: 'the person was given their role on the Page through Business Manager',
				oneOf: ['ads_management', 'ads_read'],
			},
			{ when: 'the post carries product tags', allOf: ['catalog_management', 'instagram_shopping_tag_products'] },
		],
		pageTasks:
			'The person whose token is used must be able to perform the MANAGE or CREATE_CONTENT task on the Page linked to the Instagram account.',
		source: 'meta-publishing-limit',
	},
};

/** What each login path needs to read insights, per Meta's Insights guide (its permissions table). */
export const INSIGHTS_SCOPES: Readonly<
	Record<LoginPathId, { readonly read: readonly string[]; readonly source: SourceId }>
> = {
	'instagram-login': {
		read: ['instagram_business_basic', 'instagram_business_manage_insights'],
		source: 'meta-ig-media-insights',
	},
	'facebook-login': {
		read: ['instagram_basic', 'instagram_manage_insights', 'pages_read_engagement'],
		source: 'meta-ig-media-insights',
	},
};

/**
 * Other names pages may mention beside the publishing and insights scopes: real scopes named for
 * context, the Instagram Login scope values Meta retired on January 27, 2025, and names that look
 * like scopes but are not (a field, and a misspelling pages quote as the cause of an error).
 */
export const OTHER_SCOPE_NAMES = {
	context: [
		'pages_show_list',
		'business_management',
		'instagram_business_manage_messages',
		'instagram_business_manage_comments',
	],
	retired: ['business_basic', 'business_content_publish', 'business_manage_comments', 'business_manage_messages'],
	notScopes: [
		'instagram_business_account',
		'instagram_business_content_publishing',
		// a field and an endpoint of business discovery and oEmbed (not scopes)
		'business_discovery',
		'instagram_oembed',
	],
	source: 'meta-ig-business-login',
} as const satisfies { source: SourceId } & Record<string, unknown>;

/**
 * The permissions each of the other areas of the platform needs, per login path, from Meta's
 * permission tables for that area (messaging, comments and mentions, hashtag search, business
 * discovery, oEmbed, webhooks). A page that names a scope of these areas names one listed here.
 */
export interface AreaScopes {
	/** The category id of the area (taxonomy.ts CATEGORIES). */
	readonly area: string;
	readonly login: LoginPathId;
	/** What the scopes are for, in a few words ("send and read messages"). */
	readonly use: string;
	readonly scopes: readonly string[];
	/** App Review features the area needs besides the scopes (names as Meta writes them). */
	readonly features?: readonly string[];
	readonly source: SourceId;
}

export const AREA_SCOPES: readonly AreaScopes[] = [
	// messaging
	{
		area: 'messaging',
		login: 'instagram-login',
		use: 'send and read messages and look up the people who wrote (Instagram User token, graph.instagram.com, /<IG_ID>/messages); the Human Agent feature for the HUMAN_AGENT tag',
		scopes: ['instagram_business_basic', 'instagram_business_manage_messages'],
		features: ['Human Agent'],
		source: 'meta-ig-messaging-api',
	},
	{
		area: 'messaging',
		login: 'facebook-login',
		use: 'send and read messages through the linked Page (Page token of someone with the MESSAGE task, graph.facebook.com, /me/messages); the Human Agent feature for the HUMAN_AGENT tag',
		scopes: ['instagram_basic', 'instagram_manage_messages', 'pages_manage_metadata'],
		features: ['Human Agent'],
		source: 'meta-ig-messaging-get-started',
	},
	{
		area: 'messaging',
		login: 'facebook-login',
		use: 'read the profile of someone who messaged the account (User Profile API; Page token of someone with the MODERATE task)',
		scopes: [
			'instagram_basic',
			'instagram_manage_messages',
			'pages_manage_metadata',
			'pages_read_engagement',
			'pages_show_list',
		],
		source: 'meta-ig-messaging-user-profile',
	},
	{
		area: 'messaging',
		login: 'instagram-login',
		use: 'send a private reply to a commenter (Instagram User token, graph.instagram.com)',
		scopes: ['instagram_business_basic', 'instagram_business_manage_comments'],
		source: 'meta-private-replies',
	},
	{
		area: 'messaging',
		login: 'facebook-login',
		use: 'send a private reply to a commenter (Page token, graph.facebook.com); ads_management or ads_read only when the Page role came through Business Manager',
		scopes: ['instagram_basic', 'instagram_manage_comments', 'pages_read_engagement', 'ads_management', 'ads_read'],
		source: 'meta-private-replies',
	},
	{
		area: 'messaging',
		login: 'facebook-login',
		use: "private replies as the Messenger Platform's Instagram pages list them, and the Messenger permission Meta's error texts name",
		scopes: ['instagram_manage_comments', 'pages_messaging'],
		source: 'meta-ig-messaging-private-replies',
	},
	// comments-mentions
	{
		area: 'comments-mentions',
		login: 'instagram-login',
		use: 'read, reply to, hide and delete comments; reply to mentions; read tagged media (Instagram User token, graph.instagram.com)',
		scopes: ['instagram_business_basic', 'instagram_business_manage_comments'],
		source: 'meta-comment-moderation',
	},
	{
		area: 'comments-mentions',
		login: 'facebook-login',
		use: 'read, reply to, hide and delete comments; read mentioned media and comments; ads_management or ads_read only when the Page role came through Business Manager',
		scopes: [
			'instagram_basic',
			'instagram_manage_comments',
			'pages_read_engagement',
			'pages_show_list',
			'ads_management',
			'ads_read',
		],
		source: 'meta-comment-moderation',
	},
	// hashtag-search
	{
		area: 'hashtag-search',
		login: 'facebook-login',
		use: 'search hashtags and read their top and recent media (Facebook User token; not offered under Instagram Login); one of the last three only when the Page role came through Business Manager',
		scopes: ['instagram_basic', 'ads_management', 'business_management', 'pages_read_engagement'],
		features: ['Instagram Public Content Access'],
		source: 'meta-ig-hashtag-search',
	},
	// business-discovery
	{
		area: 'business-discovery',
		login: 'facebook-login',
		use: "read another professional account's profile and media (Facebook User token; business_discovery is not offered under Instagram Login)",
		scopes: ['instagram_basic', 'instagram_manage_insights', 'pages_read_engagement'],
		source: 'meta-business-discovery',
	},
	// oembed
	{
		// oEmbed takes an app or client token of an app approved for Meta oEmbed Read, on
		// graph.facebook.com; no user permission and no login path is involved. Listed under
		// facebook-login only because graph.facebook.com is its host.
		area: 'oembed',
		login: 'facebook-login',
		use: 'embed a public post (app or client token; no user permission)',
		scopes: [],
		features: ['Meta oEmbed Read'],
		source: 'meta-ig-oembed',
	},
	// webhooks
	{
		area: 'webhooks',
		login: 'instagram-login',
		use: 'receive comment, mention and message notifications (subscribed_apps on graph.instagram.com)',
		scopes: ['instagram_business_basic', 'instagram_business_manage_comments', 'instagram_business_manage_messages'],
		source: 'meta-ig-webhook-fields',
	},
	{
		area: 'webhooks',
		login: 'facebook-login',
		use: 'receive comment, mention, message and story notifications (Page subscribed_apps on graph.facebook.com)',
		scopes: [
			'instagram_basic',
			'instagram_manage_comments',
			'instagram_manage_messages',
			'instagram_manage_insights',
			'pages_manage_metadata',
			'pages_read_engagement',
			'pages_show_list',
		],
		source: 'meta-ig-webhook-fields',
	},
];

/**
 * Hashtag search (Instagram API with Facebook Login only): how many unique hashtags an account may
 * query, over how many days, and how far back recent_media reaches. Meta documents no error code
 * for the spent allowance; recently_searched_hashtags shows what the week has used.
 */
export const HASHTAG_SEARCH = {
	uniqueHashtags: {
		value: 30,
		source: 'meta-hashtag-search',
		note: 'unique hashtags an account may query in a rolling 7-day period',
	},
	windowDays: {
		value: 7,
		source: 'meta-hashtag-search',
		note: 'days a queried hashtag counts against the allowance, from its first query',
	},
	recentMediaHours: {
		value: 24,
		source: 'meta-ig-hashtag-recent-media',
		note: 'recent_media returns only media published within 24 hours of the query',
	},
	resultsPerPage: {
		value: 50,
		source: 'meta-ig-hashtag-recent-media',
		note: 'largest limit per page on top_media and recent_media',
	},
} as const satisfies Record<string, SourcedFigure>;

/**
 * Instagram messaging, both login paths: the reply windows, private replies, thread control, the
 * media a message may carry and the call limits of the messaging APIs. Meta's two rate-limit pages
 * disagree on the Send API figure for text (100 calls a second on the Instagram Platform overview,
 * 300 on the Messenger Platform page), so both are kept and pages give both.
 */
export const MESSAGING = {
	standardWindowHours: {
		value: 24,
		source: 'meta-ig-messaging-api',
		note: "hours an app has to reply after the person's last message",
	},
	humanAgentDays: {
		value: 7,
		source: 'meta-message-tags',
		note: "days after the person's last message a HUMAN_AGENT-tagged reply may still be sent",
	},
	privateReplyDays: {
		value: 7,
		source: 'meta-private-replies',
		note: 'days after a comment was made that its private reply may be sent (Live: only during the broadcast)',
	},
	privateRepliesPerComment: { value: 1, source: 'meta-private-replies', note: 'private reply per comment' },
	extendThreadControlDays: {
		value: 7,
		source: 'meta-ig-conversation-routing',
		note: 'days the thread owner may extend its control to',
	},
	sendTextPerSecondInstagramOverview: {
		value: 100,
		source: 'meta-platform-overview',
		note: 'Send API calls a second per account for text, links, reactions and stickers (Instagram Platform overview)',
	},
	sendTextPerSecondMessengerPage: {
		value: 300,
		source: 'meta-messenger-rate-limits',
		note: 'Send API calls a second per account for text, links, reactions and stickers (Messenger Platform rate limits)',
	},
	sendMediaPerSecond: {
		value: 10,
		source: 'meta-messenger-rate-limits',
		note: 'Send API calls a second per account for audio or video',
	},
	privateRepliesPerHour: {
		value: 750,
		source: 'meta-messenger-rate-limits',
		note: 'Private Replies API calls an hour per account for comments on posts and reels',
	},
	privateRepliesLivePerSecond: {
		value: 100,
		source: 'meta-messenger-rate-limits',
		note: 'Private Replies API calls a second per account for Instagram Live comments',
	},
	conversationsPerSecond: {
		value: 2,
		source: 'meta-messenger-rate-limits',
		note: 'Conversations API calls a second per account',
	},
	imageMaxMb: { value: 8, source: 'meta-ig-messaging-api', note: 'MB for an image (PNG or JPEG) in a message' },
	mediaMaxMb: {
		value: 25,
		source: 'meta-ig-messaging-api',
		note: 'MB for audio, video or a PDF file in a message',
	},
	videoFetchSeconds: {
		value: 75,
		source: 'meta-messenger-error-codes',
		note: 'seconds Meta waits to fetch a video before the upload times out (2018294)',
	},
} as const satisfies Record<string, SourcedFigure>;

/**
 * Media and request limits from the IG User Media reference (and Meta's error table where it
 * states the same figure). Only figures Meta publishes; the published-media product tag limits
 * (20 on feed posts, 30 on Reels, through the product_tags edge) belong here once that page is a source.
 */
const MEDIA = {
	captionCharacters: { value: 2200, source: 'meta-ig-user-media', note: 'characters in a caption' },
	captionHashtags: { value: 30, source: 'meta-ig-user-media', note: 'hashtags in a caption' },
	captionMentions: { value: 20, source: 'meta-ig-user-media', note: '@ tags in a caption' },
	carouselMinItems: { value: 2, source: 'meta-error-codes', note: 'items a carousel needs at least (2207028)' },
	carouselMaxItems: { value: 10, source: 'meta-ig-user-media', note: 'items a carousel may hold' },
	imageMaxMb: { value: 8, source: 'meta-ig-user-media', note: 'MB for a JPEG image' },
	productTagsAtCreation: { value: 5, source: 'meta-ig-user-media', note: 'product_tags when the container is created' },
	reelMinSeconds: { value: 3, source: 'meta-ig-user-media', note: 'seconds a Reel lasts at least' },
	reelMaxMinutes: { value: 15, source: 'meta-ig-user-media', note: 'minutes a Reel lasts at most' },
	reelMaxMb: { value: 300, source: 'meta-ig-user-media', note: 'MB for a Reel' },
	storyVideoMaxSeconds: { value: 60, source: 'meta-ig-user-media', note: 'seconds a Story video lasts at most' },
	storyVideoMaxMb: { value: 100, source: 'meta-ig-user-media', note: 'MB for a Story video' },
} as const satisfies Record<string, SourcedFigure>;

/** Every scope name a page may use: the tables above, plus the names listed for context. */
export const KNOWN_SCOPES: ReadonlySet<string> = new Set([
	...Object.values(PUBLISH_SCOPES).flatMap((s) => [
		...s.publish,
		...s.conditional.flatMap((c) => [...(c.oneOf ?? []), ...(c.allOf ?? [])]),
	]),
	...Object.values(INSIGHTS_SCOPES).flatMap((s) => s.read),
	...AREA_SCOPES.flatMap((a) => a.scopes),
	...OTHER_SCOPE_NAMES.context,
	...OTHER_SCOPE_NAMES.retired,
	...OTHER_SCOPE_NAMES.notScopes,
]);

/** A number with its unit, as the content checks compare them ("100 posts", "24 hours"). */
interface FactNumber {
	readonly value: number;
	readonly unit:
		| 'post'
		| 'call'
		| 'container'
		| 'day'
		| 'hour'
		| 'minute'
		| 'second'
		| 'character'
		| 'hashtag'
		| 'tag'
		| 'item'
		| 'mb'
		| 'message'
		| 'reply'
		| 'request';
	readonly source: SourceId;
}

/** Every figure above with its unit: the list content checks accept. */
export const FACT_NUMBERS: readonly FactNumber[] = [
	...PUBLISHING_LIMIT.figures.map((f) => ({ value: f.value, unit: 'post' as const, source: f.source })),
	{ value: PUBLISHING_LIMIT.windowHours, unit: 'hour', source: 'meta-content-publishing' },
	{ value: RATE_LIMITS.instagramBuc.perUnit, unit: 'call', source: RATE_LIMITS.instagramBuc.source },
	{ value: RATE_LIMITS.instagramBuc.windowHours, unit: 'hour', source: RATE_LIMITS.instagramBuc.source },
	{ value: RATE_LIMITS.appPlatform.perUnit, unit: 'call', source: RATE_LIMITS.appPlatform.source },
	{ value: CONTAINERS.expiryHours.value, unit: 'hour', source: CONTAINERS.expiryHours.source },
	{ value: CONTAINERS.pollEveryMinutes.value, unit: 'minute', source: CONTAINERS.pollEveryMinutes.source },
	{ value: CONTAINERS.pollForAtMostMinutes.value, unit: 'minute', source: CONTAINERS.pollForAtMostMinutes.source },
	{ value: CONTAINERS.createdPer24Hours.value, unit: 'container', source: CONTAINERS.createdPer24Hours.source },
	{
		value: TOKENS.instagramLogin.shortLivedHours.value,
		unit: 'hour',
		source: TOKENS.instagramLogin.shortLivedHours.source,
	},
	{ value: TOKENS.instagramLogin.longLivedDays.value, unit: 'day', source: TOKENS.instagramLogin.longLivedDays.source },
	{
		value: TOKENS.instagramLogin.refresh.minAgeHours.value,
		unit: 'hour',
		source: TOKENS.instagramLogin.refresh.source,
	},
	{
		value: TOKENS.instagramLogin.refresh.validForDays.value,
		unit: 'day',
		source: TOKENS.instagramLogin.refresh.source,
	},
	{ value: MEDIA.captionCharacters.value, unit: 'character', source: MEDIA.captionCharacters.source },
	{ value: MEDIA.captionHashtags.value, unit: 'hashtag', source: MEDIA.captionHashtags.source },
	{ value: MEDIA.captionMentions.value, unit: 'tag', source: MEDIA.captionMentions.source },
	{ value: MEDIA.carouselMinItems.value, unit: 'item', source: MEDIA.carouselMinItems.source },
	{ value: MEDIA.carouselMaxItems.value, unit: 'item', source: MEDIA.carouselMaxItems.source },
	{ value: MEDIA.imageMaxMb.value, unit: 'mb', source: MEDIA.imageMaxMb.source },
	{ value: MEDIA.productTagsAtCreation.value, unit: 'tag', source: MEDIA.productTagsAtCreation.source },
	{ value: MEDIA.reelMinSeconds.value, unit: 'second', source: MEDIA.reelMinSeconds.source },
	{ value: MEDIA.reelMaxMinutes.value, unit: 'minute', source: MEDIA.reelMaxMinutes.source },
	{ value: MEDIA.reelMaxMb.value, unit: 'mb', source: MEDIA.reelMaxMb.source },
	{ value: MEDIA.storyVideoMaxSeconds.value, unit: 'second', source: MEDIA.storyVideoMaxSeconds.source },
	{ value: MEDIA.storyVideoMaxMb.value, unit: 'mb', source: MEDIA.storyVideoMaxMb.source },
	// figures of the other areas of the platform, each from its own block above
	{ value: HASHTAG_SEARCH.uniqueHashtags.value, unit: 'hashtag', source: HASHTAG_SEARCH.uniqueHashtags.source },
	{ value: HASHTAG_SEARCH.windowDays.value, unit: 'day', source: HASHTAG_SEARCH.windowDays.source },
	{ value: HASHTAG_SEARCH.recentMediaHours.value, unit: 'hour', source: HASHTAG_SEARCH.recentMediaHours.source },
	{ value: MESSAGING.standardWindowHours.value, unit: 'hour', source: MESSAGING.standardWindowHours.source },
	{ value: MESSAGING.humanAgentDays.value, unit: 'day', source: MESSAGING.humanAgentDays.source },
	{ value: MESSAGING.privateReplyDays.value, unit: 'day', source: MESSAGING.privateReplyDays.source },
	{ value: MESSAGING.privateRepliesPerComment.value, unit: 'reply', source: MESSAGING.privateRepliesPerComment.source },
	{ value: MESSAGING.extendThreadControlDays.value, unit: 'day', source: MESSAGING.extendThreadControlDays.source },
	{
		value: MESSAGING.sendTextPerSecondInstagramOverview.value,
		unit: 'call',
		source: MESSAGING.sendTextPerSecondInstagramOverview.source,
	},
	{
		value: MESSAGING.sendTextPerSecondMessengerPage.value,
		unit: 'call',
		source: MESSAGING.sendTextPerSecondMessengerPage.source,
	},
	{ value: MESSAGING.sendMediaPerSecond.value, unit: 'call', source: MESSAGING.sendMediaPerSecond.source },
	{ value: MESSAGING.privateRepliesPerHour.value, unit: 'call', source: MESSAGING.privateRepliesPerHour.source },
	{
		value: MESSAGING.privateRepliesLivePerSecond.value,
		unit: 'call',
		source: MESSAGING.privateRepliesLivePerSecond.source,
	},
	{ value: MESSAGING.conversationsPerSecond.value, unit: 'call', source: MESSAGING.conversationsPerSecond.source },
	{ value: MESSAGING.imageMaxMb.value, unit: 'mb', source: MESSAGING.imageMaxMb.source },
	{ value: MESSAGING.mediaMaxMb.value, unit: 'mb', source: MESSAGING.mediaMaxMb.source },
	{ value: MESSAGING.videoFetchSeconds.value, unit: 'second', source: MESSAGING.videoFetchSeconds.source },
];
