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
		{ value: 100, source: 'meta-content-publishing', note: 'Content Publishing guide' },
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
	notScopes: ['instagram_business_account', 'instagram_business_content_publishing'],
	source: 'meta-ig-business-login',
} as const satisfies { source: SourceId } & Record<string, unknown>;

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
		| 'mb';
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
];
