/**
 * The site's taxonomy: categories, failure stages, actions, retry classes and sources.
 *
 * Invariant: every label, summary, colour token and source URL lives here and nowhere else.
 * The content schema derives its enums from these lists, pages look labels up here, and
 * every count shown on the site is computed from the entries, never typed in.
 *
 * Ids are kebab-case and permanent: they appear in URLs (`/categories/<id>/`), in the index's
 * query string (`?action=fix-input`) and in `/errors.json`. Rename a label freely; never an id.
 *
 * This module is pure TypeScript (no astro:* imports) so unit tests run it under plain Node.
 */

export interface TaxonomyItem<Id extends string = string> {
	readonly id: Id;
	readonly label: string;
	readonly summary: string;
}

/** Categories, in display order. The first eight come from the seed reference; the rest were added where no seed category fits. */
export const CATEGORIES = [
	{
		id: 'authentication',
		label: 'Authentication',
		summary:
			'The access token or the Meta login behind it no longer works: it expired, was revoked, or the person must clear a check on Facebook first. These errors stop every call, not one post, and only the account owner can fix them by signing in again.',
	},
	{
		id: 'permissions',
		label: 'Permissions',
		summary:
			'The token is valid but was not granted what the call needs, such as instagram_content_publish. Reconnecting only helps if the person approves the missing permission on the consent screen, and for live users the app must have that permission approved in App Review.',
	},
	{
		id: 'account-status',
		label: 'Account Status',
		summary:
			'Instagram has restricted, checkpointed or temporarily blocked the account itself. The token and the post may both be fine; nothing changes until the owner opens Instagram and deals with what it asks.',
	},
	{
		id: 'media-upload',
		label: 'Media Upload',
		summary:
			"Meta could not download the media from the URL you gave, or the container built from it expired or vanished. Check that the URL serves the final file to Meta's crawler, then start again with a fresh container.",
	},
	{
		id: 'media-format',
		label: 'Media Format',
		summary:
			"Meta downloaded the file but rejected what it found: the wrong format or codec, too large, or an aspect ratio outside Instagram's range. The same file will fail again; export or convert it to the published specifications first.",
	},
	{
		id: 'container-lifecycle',
		label: 'Container Lifecycle',
		summary:
			'Publishing is two calls: create a media container, then publish it once Meta has processed it. These errors come from that hand-off: publishing too early, a container that was never built or has expired, or processing that failed with a code only the container status shows.',
	},
	{
		id: 'content',
		label: 'Content',
		summary:
			'The post itself breaks a rule: a caption over the limit, too many tags, a duplicate, or an action Instagram treats as spam. Edit the content; sending the same payload again gives the same answer.',
	},
	{
		id: 'product-tagging',
		label: 'Product Tagging',
		summary:
			'Product tags were sent in a shape Instagram does not accept: coordinates on a video, none on a photo, or products the account may not tag. Fix the tag list, not the media.',
	},
	{
		id: 'rate-limiting',
		label: 'Rate Limiting',
		summary:
			'A limit on calls or posts was reached for the app, the user, the Page or the Instagram account. Nothing is wrong with the request; wait for the window to reset, and spread the work out so it does not happen again.',
	},
	{
		id: 'server',
		label: 'Server',
		summary:
			"Something failed on Meta's side. These are the errors where retrying the same request, with a growing delay, is the right move, and where keeping the raw response helps if it keeps happening.",
	},
	{
		id: 'insights',
		label: 'Insights',
		summary:
			'Reading metrics for a post or an account failed: the metric was retired or does not exist for that kind of post, the post predates the business account, or too few people saw it. Publishing is not affected; change the metrics you ask for, or accept that the number does not exist.',
	},
	{
		id: 'request-setup',
		label: 'Request & App Setup',
		summary:
			'The request never reached the publishing logic: it named the wrong object, field or host, sent a parameter Meta cannot read, or came from an app whose login settings (app id, redirect URI, scopes, roles) do not match. The token and the media are usually fine; change the request or the app configuration.',
	},
	{
		id: 'messaging',
		label: 'Messaging',
		summary:
			'Sending or reading Instagram Direct messages failed: the conversation window closed, another app owns the thread, the recipient cannot be reached, or the app lacks the messaging permission or feature. Most of these depend on what the person on the other side did last, not on your request.',
	},
	{
		id: 'comments-mentions',
		label: 'Comments & Mentions',
		summary:
			'Reading, replying to, hiding or deleting comments, or reading media and comments the account was mentioned in, failed: a missing moderation permission, a comment the account may not act on, or an id from the wrong place.',
	},
	{
		id: 'hashtag-search',
		label: 'Hashtag Search',
		summary:
			'Looking up a hashtag or its top and recent media failed: the app lacks the feature that opens public content, the account spent its weekly allowance of unique hashtags, or the hashtag cannot be found.',
	},
	{
		id: 'business-discovery',
		label: 'Business Discovery',
		summary:
			"Reading another professional account's profile and media failed: the username is unknown, private or not a business or creator account, or the request asked the wrong node, host or login path for it.",
	},
	{
		id: 'oembed',
		label: 'oEmbed',
		summary:
			'Getting the embed HTML of a post failed: the app lacks the oEmbed feature or a valid token, called an endpoint Meta has retired, or asked for a post that is private, removed or not embeddable.',
	},
	{
		id: 'webhooks',
		label: 'Webhooks',
		summary:
			'Setting up or receiving webhooks failed: Meta could not verify the callback URL, the app is not subscribed for the account, or events never arrive because a permission, a subscription or the app mode is missing.',
	},
] as const satisfies readonly TaxonomyItem[];

/**
 * Failure stages. `group` says where a stage sits:
 *   - `flow`: the steps of content publishing, in order;
 *   - `beside`: checks that can interrupt any step of any call (limits, the account's standing);
 *   - `area`: the other parts of the Instagram Platform, each with a stage of its own, off the
 *     publishing flow (insights, messaging, comments, discovery, embeds, webhooks).
 */
export const STAGES = [
	{
		id: 'authorization',
		label: 'Authorization',
		group: 'flow',
		summary: 'Meta checks the access token, the login behind it and the permissions it carries.',
	},
	{
		id: 'media-fetch',
		label: 'Media fetch',
		group: 'flow',
		summary: 'Meta downloads the image or video from the URL in your request.',
	},
	{
		id: 'container-creation',
		label: 'Container creation',
		group: 'flow',
		summary: 'Meta validates the request and builds a media container: caption, tags, type and file.',
	},
	{
		id: 'media-processing',
		label: 'Media processing',
		group: 'flow',
		summary:
			'Meta processes the media asynchronously; the container status moves from IN_PROGRESS to FINISHED or ERROR.',
	},
	{
		id: 'publish',
		label: 'Publish',
		group: 'flow',
		summary: 'The media_publish call turns a finished container into a post.',
	},
	{
		id: 'rate-limit',
		label: 'Rate limit',
		group: 'beside',
		summary: 'Call and publishing limits, checked at any step.',
	},
	{
		id: 'account',
		label: 'Account',
		group: 'beside',
		summary: "The Instagram account's own standing: restrictions, checkpoints and policy blocks.",
	},
	{
		id: 'any-call',
		label: 'Any call',
		group: 'beside',
		summary:
			"Failures on Meta's side that can answer any request, from reading a profile to publishing, with no step of their own.",
	},
	{
		id: 'insights',
		label: 'Reading insights',
		group: 'area',
		summary: 'Asking for the metrics of a post, a story, a reel or the account; nothing is published or changed.',
	},
	{
		id: 'messaging',
		label: 'Messaging',
		group: 'area',
		summary: 'Sending a message or a private reply, or reading conversations and the people in them.',
	},
	{
		id: 'moderation',
		label: 'Comments and mentions',
		group: 'area',
		summary:
			'Reading, replying to, hiding or deleting comments, and reading the media and comments an account is mentioned in.',
	},
	{
		id: 'discovery',
		label: 'Hashtags and discovery',
		group: 'area',
		summary: "Searching hashtags and reading other accounts' public profiles and media.",
	},
	{
		id: 'embed',
		label: 'Embedding',
		group: 'area',
		summary: 'Asking oEmbed for the HTML that embeds a public post on another site.',
	},
	{
		id: 'webhooks',
		label: 'Webhooks',
		group: 'area',
		summary: 'Verifying the callback URL, subscribing the app to an account, and receiving the events.',
	},
] as const satisfies readonly (TaxonomyItem & { group: 'flow' | 'beside' | 'area' })[];

/** The one action that helps. `tone` names the colour token in global.css (`--color-action-<tone>`). */
export const ACTIONS = [
	{
		id: 'reconnect',
		label: 'Reconnect',
		tone: 'reconnect',
		summary: 'The account owner signs in again and re-approves the app, which issues a new token.',
	},
	{
		id: 'owner-action',
		label: 'Owner acts in the app',
		tone: 'owner',
		summary:
			'The person behind the account must open Instagram or Facebook and do what it asks (confirm their identity, clear a checkpoint, resolve a restriction). Reconnecting changes nothing until they have.',
	},
	{
		id: 'fix-input',
		label: 'Fix input',
		tone: 'fix',
		summary: 'Change the media, caption, tags or request; the same payload will fail the same way.',
	},
	{
		id: 'retry-later',
		label: 'Retry later',
		tone: 'retry',
		summary: "The failure is on Meta's side or still in progress; try again after a delay.",
	},
	{
		id: 'wait-for-reset',
		label: 'Wait for reset',
		tone: 'wait',
		summary: 'A limit was reached; wait for its window to reset before sending more.',
	},
	{
		id: 'record-no-data',
		label: 'No data: record it',
		tone: 'record',
		summary:
			'The request was understood, but there is nothing to return for it yet or ever (too few viewers, a post from before the account became professional). Record the gap and move on; no change to the request or the account fixes it.',
	},
] as const satisfies readonly (TaxonomyItem & { tone: string })[];

/** Whether sending the same request again is safe, and when. */
export const RETRY_CLASSES = [
	{
		id: 'retry-with-backoff',
		label: 'Safe to retry',
		summary:
			'The same request may succeed. Retry a few times with a growing delay; after a failed media_publish, first check that the post did not go out.',
	},
	{
		id: 'new-container',
		label: 'Retry with a new container',
		summary: 'Do not resend the same container id; create a new container and publish that.',
	},
	{
		id: 'after-reset',
		label: 'Retry after the reset',
		summary: 'Retrying before the limit window resets fails again and can extend the block.',
	},
	{
		id: 'not-until-fixed',
		label: 'Do not retry as is',
		summary: 'The same request will fail the same way until the account, media or content is fixed.',
	},
	{
		id: 'check-first',
		label: 'Check before retrying',
		summary:
			"The publish call may have gone through even though it answered with an error. Look for the post first (the container reads PUBLISHED, or the post is in the account's media); publish again only if it is not there, or the account gets the same post twice.",
	},
] as const satisfies readonly TaxonomyItem[];

/** Where facts come from. Entries cite these by id; the URL is written here once. */
export const SOURCES = [
	{
		id: 'meta-error-codes',
		label: 'Meta: Instagram Platform error codes',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/error-codes',
	},
	{
		id: 'meta-graph-errors',
		label: 'Meta: Graph API, handling errors',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/guides/error-handling',
	},
	{
		id: 'meta-rate-limiting',
		label: 'Meta: Graph API rate limiting',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/overview/rate-limiting/',
	},
	{
		id: 'meta-content-publishing',
		label: 'Meta: Instagram content publishing guide',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/content-publishing/',
	},
	{
		id: 'meta-ig-user-media',
		label: 'Meta: IG User Media reference (media specifications)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/media',
	},
	{
		id: 'meta-media-publish',
		label: 'Meta: IG User Media Publish reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-user/media_publish',
	},
	{
		id: 'meta-publishing-limit',
		label: 'Meta: IG User Content Publishing Limit reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-user/content_publishing_limit',
	},
	{
		id: 'meta-product-tags',
		label: 'Meta: IG Media Product Tags reference (tags added to published media)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-media/product_tags',
	},
	{
		id: 'meta-product-tagging',
		label: 'Meta: Instagram product tagging guide (Facebook Login)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-facebook-login/product-tagging',
	},
	{
		id: 'meta-changelog-reels',
		label: 'Meta: Graph API changelog, June 28, 2022 (Reels; media_type VIDEO retired)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/changelog/out-of-cycle-changes/june-28-2022',
	},
	{
		id: 'meta-platform-overview',
		label: 'Meta: Instagram Platform overview (rate limits)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/overview',
	},
	{
		id: 'meta-marketing-errors',
		label: 'Meta: Marketing API error codes (Instagram throttling, 80002)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/marketing-api/reference/business/owned_pages',
	},
	{
		id: 'meta-marketing-error-reference',
		label: 'Meta: Marketing API error reference (message texts of the common Graph codes)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/marketing-api/error-reference',
	},
	{
		id: 'meta-marketing-rate-limiting',
		label: 'Meta: Marketing API rate limiting',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/marketing-api/overview/rate-limiting',
	},
	{
		id: 'meta-ig-access-token',
		label: 'Meta: Instagram Platform access_token reference (short- and long-lived tokens)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/reference/access_token',
	},
	{
		id: 'meta-ig-refresh-token',
		label: 'Meta: Instagram Platform refresh_access_token reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/reference/refresh_access_token',
	},
	{
		id: 'seed',
		label: "bundle.social's Instagram error list, May 2026 (third party)",
		publisher: 'seed',
		url: null,
	},
	{
		id: 'public-reports',
		label: 'Public developer reports (error bodies seen in the wild)',
		publisher: 'observed',
		url: null,
	},
	{
		id: 'linkedin-errors',
		label: 'LinkedIn API error handling (where REVOKED_ACCESS_TOKEN comes from)',
		publisher: 'other',
		url: 'https://learn.microsoft.com/en-us/linkedin/shared/api-guide/concepts/error-handling',
	},
	{
		id: 'meta-ig-container',
		label: 'Meta: IG Container reference (status and status_code)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-container',
	},
	{
		id: 'meta-ig-media-insights',
		label: 'Meta: Instagram Media Insights reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/reference/instagram-media/insights',
	},
	{
		id: 'meta-changelog-v22',
		label: 'Meta: Graph API changelog, version 22.0 (Instagram metric deprecations)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/changelog/version22.0',
	},
	{
		id: 'meta-changelog-v18',
		label: 'Meta: Graph API changelog, version 18.0 (Instagram insights deprecations)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/changelog/version18.0',
	},
	{
		id: 'meta-ig-business-login',
		label: 'Meta: Business Login for Instagram (Instagram Login)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/business-login',
	},
	{
		id: 'meta-ig-oauth-authorize',
		label: 'Meta: Instagram OAuth Authorize reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/reference/oauth-authorize',
	},
	{
		id: 'meta-app-modes',
		label: 'Meta: App modes (development and live)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/development/build-and-test/app-modes/',
	},
	{
		id: 'meta-ig-user',
		label: 'Meta: IG User reference (fields and edges)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user',
	},
	{
		id: 'meta-fb-login-manual-flow',
		label: 'Meta: Facebook Login, manually build a login flow (code exchange)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/facebook-login/guides/advanced/manual-flow',
	},
	{
		id: 'meta-page-features',
		label: 'Meta: App Review features (Page Public Content and Metadata Access)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/apps/review/feature',
	},
	// Sources of the audit and of the recurring errors:
	{
		id: 'meta-changelog-v17',
		label: 'Meta: Graph API changelog, version 17.0 (/me/accounts and business-linked Pages need business_management)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/changelog/version17.0',
	},
	{
		id: 'meta-changelog-v21',
		label: 'Meta: Graph API changelog, version 21.0 (Instagram metrics retired on January 8, 2025)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/changelog/version21.0/',
	},
	{
		id: 'meta-ig-user-insights',
		label: 'Meta: Instagram Account Insights reference (views as a total_value metric)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/api-reference/instagram-user/insights',
	},
	{
		id: 'meta-graph-photo',
		label: 'Meta: Graph API Photo reference (its error table lists 2500, Error parsing graph query)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/reference/photo/',
	},
	{
		id: 'meta-ig-media-collaborators',
		label: 'Meta: IG Media Collaborators reference (invite status; media types that support collaborators)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/collaborators',
	},
	{
		id: 'meta-access-tokens',
		label: 'Meta: Access tokens for Meta technologies (user, app and Page tokens)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/facebook-login/guides/access-tokens',
	},
	{
		id: 'meta-app-advanced-settings',
		label: 'Meta: App Dashboard advanced settings (server IP allowlist, app restrictions)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/development/create-an-app/app-dashboard/advanced-settings',
	},
	{
		id: 'meta-legacy-api-end',
		label: 'Meta: Launch of the Instagram Basic Display API (blog; Legacy API disabled June 29, 2020)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/blog/post/2019/10/15/launch-instagram-basic-display-api/',
	},
	{
		id: 'meta-basic-display-end',
		label: 'Meta: Instagram Basic Display API, getting started (notice: every request fails from December 4, 2024)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-basic-display-api/getting-started',
	},
	// Sources of messaging:
	{
		id: 'meta-messenger-error-codes',
		label: 'Meta: Messenger Platform common error codes (Instagram messaging codes and subcodes)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/business-messaging/messenger-platform/error-codes',
	},
	{
		id: 'meta-messenger-send-messages',
		label:
			'Meta: Send a Message, Messenger Platform (the user actions that open the 24-hour window; common Send API errors)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/business-messaging/messenger-platform/send-messages',
	},
	{
		id: 'meta-ig-messaging-api',
		label: 'Meta: Send Messages, Instagram API with Instagram Login (24-hour window, media types, permissions)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/messaging-api/',
	},
	{
		id: 'meta-ig-messaging-send',
		label: 'Meta: Send a Message, Messenger API support for Instagram (Facebook Login)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/send-message',
	},
	{
		id: 'meta-ig-messaging-get-started',
		label: 'Meta: Getting started with Messenger API support for Instagram (permissions, Allow Access to Messages)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/business-messaging/instagram-messaging/get-started',
	},
	{
		id: 'meta-ig-user-profile',
		label: 'Meta: Instagram User Profile API, Instagram API with Instagram Login (user consent)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/instagram-api-with-instagram-login/messaging-api/user-profile',
	},
	{
		id: 'meta-ig-messaging-user-profile',
		label: 'Meta: User Profile API, Messenger API support for Instagram (user consent, permissions)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/user-profile',
	},
	{
		id: 'meta-private-replies',
		label: 'Meta: Send a Private Reply to a Commenter (one message, within 7 days; permissions per login path)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/private-replies',
	},
	{
		id: 'meta-ig-messaging-private-replies',
		label: 'Meta: Private Replies, Messenger API support for Instagram (Facebook Login permissions)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/messenger-platform/instagram/features/private-replies',
	},
	{
		id: 'meta-message-tags',
		label: 'Meta: Message Tags (HUMAN_AGENT, 7 days; the tags Instagram does not support)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/messenger-platform/send-messages/message-tags',
	},
	{
		id: 'meta-messenger-rate-limits',
		label: 'Meta: Messenger Platform rate limits (Send, Conversations and Private Replies APIs for Instagram)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/business-messaging/messenger-platform/overview/rate-limiting',
	},
	{
		id: 'meta-ig-conversation-routing',
		label: 'Meta: Conversation Control APIs for Instagram (thread owner, pass, take, extend)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/business-messaging/instagram-messaging/features/conversation-routing/apis',
	},
	// Sources of comments and mentions, and of hashtag search:
	{
		id: 'meta-comment-moderation',
		label: 'Meta: Instagram comment moderation guide (permissions and access level per login path)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/comment-moderation',
	},
	{
		id: 'meta-ig-comment',
		label: 'Meta: IG Comment reference (reading, hiding and deleting a comment)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment',
	},
	{
		id: 'meta-ig-comment-replies',
		label: 'Meta: IG Comment Replies reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-comment/replies',
	},
	{
		id: 'meta-ig-media-comments',
		label: 'Meta: IG Media Comments reference (organic and ad comments)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-media/comments',
	},
	{
		id: 'meta-mentioned-media',
		label: 'Meta: IG User Mentioned Media reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_media',
	},
	{
		id: 'meta-mentioned-comment',
		label: 'Meta: IG User Mentioned Comment reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/instagram-graph-api/reference/ig-user/mentioned_comment',
	},
	{
		id: 'meta-mentions-instagram-login',
		label: 'Meta: Mentions guide for Instagram API with Instagram Login',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-api-with-instagram-login/mentions',
	},
	{
		id: 'meta-hashtag-search',
		label: 'Meta: Hashtag Search guide (limitations and App Review requirements)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/hashtag-search',
	},
	{
		id: 'meta-ig-hashtag-search',
		label: 'Meta: IG Hashtag Search reference (ig_hashtag_search)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-hashtag-search',
	},
	{
		id: 'meta-ig-hashtag-recent-media',
		label: 'Meta: IG Hashtag Recent Media reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-hashtag/recent-media',
	},
	{
		id: 'meta-ig-hashtag-top-media',
		label: 'Meta: IG Hashtag Top Media reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-hashtag/top-media',
	},
	{
		id: 'meta-recently-searched-hashtags',
		label: 'Meta: IG User Recently Searched Hashtags reference',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-api/reference/ig-user/recently_searched_hashtags',
	},
	// Sources of business discovery, oEmbed and webhooks:
	{
		id: 'meta-business-discovery',
		label: 'Meta: IG User Business Discovery reference (Facebook Login only; permissions; age-gated accounts)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/business_discovery',
	},
	{
		id: 'meta-business-discovery-guide',
		label: 'Meta: Business Discovery guide (Instagram API with Facebook Login)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/instagram-api-with-facebook-login/business-discovery',
	},
	{
		id: 'meta-ig-oembed',
		label: 'Meta: Embed an Instagram post (instagram_oembed, limitations, rate limits)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/instagram-platform/oembed',
	},
	{
		id: 'meta-oembed-read',
		label: 'Meta: oEmbed Read feature reference (replaced by Meta oEmbed Read; fields removed November 3, 2025)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/features-reference/oembed-read',
	},
	{
		id: 'meta-changelog-oembed-legacy',
		label: 'Meta: Graph API changelog, October 24, 2020 (legacy oEmbed endpoints deprecated)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/changelog/non-versioned-changes/oct-24-2020',
	},
	{
		id: 'meta-webhooks-getting-started',
		label: 'Meta: Webhooks, getting started (verification requests, TLS, event notifications)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/webhooks/getting-started',
	},
	{
		id: 'meta-ig-webhooks-setup',
		label: 'Meta: Set up Instagram Webhooks (requirements and limitations per login path)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/webhooks/setup',
	},
	{
		id: 'meta-ig-webhook-fields',
		label: 'Meta: Instagram webhook fields and permissions',
		publisher: 'meta',
		url: 'https://developers.facebook.com/documentation/instagram-platform/webhooks/fields',
	},
	{
		id: 'meta-webhooks-for-instagram',
		label: 'Meta: Set Up Webhooks for Instagram (conditions for live notifications, Facebook Login)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/webhooks/getting-started/webhooks-for-instagram/',
	},
	{
		id: 'meta-page-subscribed-apps',
		label: 'Meta: Page Subscribed Apps reference (Page-level webhook subscriptions)',
		publisher: 'meta',
		url: 'https://developers.facebook.com/docs/graph-api/reference/page/subscribed_apps',
	},
] as const satisfies readonly {
	id: string;
	label: string;
	publisher: 'meta' | 'seed' | 'observed' | 'other';
	url: string | null;
}[];

/**
 * The two ways an app reaches the Instagram API. They differ in hosts, token types, scopes
 * and even in the shape of some error bodies, so each entry says which of them it applies to.
 */
export const LOGIN_PATHS = [
	{
		id: 'facebook-login',
		label: 'Facebook Login',
		name: 'Instagram API with Facebook Login',
		hosts: ['graph.facebook.com'],
		summary:
			'A Facebook user or Page access token; the Instagram professional account is reached through the Facebook Page it is linked to.',
	},
	{
		id: 'instagram-login',
		label: 'Instagram Login',
		name: 'Instagram API with Instagram Login',
		hosts: ['graph.instagram.com', 'api.instagram.com'],
		summary:
			'An Instagram user access token issued by Instagram itself; no Facebook Page is involved. OAuth runs on api.instagram.com, API calls on graph.instagram.com.',
	},
] as const satisfies readonly (TaxonomyItem & { name: string; hosts: readonly string[] })[];

/** Kinds of caveat an entry can flag on its page. */
export const CAVEAT_KINDS = [
	{
		id: 'conflict',
		label: 'Sources disagree',
		summary: 'The seed and Meta say different things; the page says which is which.',
	},
	{
		id: 'uncertain',
		label: 'Unverified',
		summary: 'No Meta page documents this; treat it as reported, not confirmed.',
	},
	{
		id: 'undocumented',
		label: 'Undocumented by Meta',
		summary: 'Seen in real responses but absent from Meta’s tables.',
	},
] as const satisfies readonly TaxonomyItem[];

/**
 * How an entry is keyed: what in Meta's answer identifies it. Listed in ranking order, the one
 * order the decoder and search use to choose between entries that all match a paste:
 *   1. a subcode is unique by Meta's rule, so a code/subcode pair decides alone;
 *   2. a message text together with the code it arrives with beats the code alone, because a
 *      code such as 100 or 190 is shared by many errors while the text belongs to one;
 *   3. a message that Meta sends without a code (an OAuth dialog, a container status) matches
 *      on its text;
 *   4. a code alone is the answer only when no message of that code matched: it is the
 *      generic page for everything else that code says.
 */
export const KEY_KINDS = [
	{
		id: 'subcode',
		label: 'Code and subcode',
		summary: 'Meta sends an error_subcode; the pair (or the subcode alone) identifies the error.',
	},
	{
		id: 'code-message',
		label: 'Code and message',
		summary: 'A Graph code shared by many errors; the message text that comes with it says which one.',
	},
	{
		id: 'message',
		label: 'Message',
		summary: 'A text that arrives without a Graph code: an OAuth answer, a container status or a tool’s wording.',
	},
	{
		id: 'code',
		label: 'Code',
		summary: 'A Graph code with no subcode, for every message of that code that has no page of its own.',
	},
] as const satisfies readonly TaxonomyItem[];

/** Which field of Meta's answer a known message text appears in. */
export const MESSAGE_FIELDS = [
	{ id: 'message', label: 'message' },
	{ id: 'error_user_title', label: 'error_user_title' },
	{ id: 'error_user_msg', label: 'error_user_msg' },
	{ id: 'status', label: 'container status' },
	{ id: 'other', label: 'not sent by Meta' },
	{ id: 'error_message', label: 'error_message (Instagram OAuth)' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export type StageId = (typeof STAGES)[number]['id'];
export type ActionId = (typeof ACTIONS)[number]['id'];
export type RetryClassId = (typeof RETRY_CLASSES)[number]['id'];
export type SourceId = (typeof SOURCES)[number]['id'];
export type LoginPathId = (typeof LOGIN_PATHS)[number]['id'];
export type CaveatKindId = (typeof CAVEAT_KINDS)[number]['id'];
export type MessageFieldId = (typeof MESSAGE_FIELDS)[number]['id'];
export type KeyKindId = (typeof KEY_KINDS)[number]['id'];

type Ids<T extends readonly { id: string }[]> = { [K in keyof T]: T[K]['id'] };
const ids = <T extends readonly { id: string }[]>(list: T) => list.map((item) => item.id) as Ids<T>;

/** Id tuples for `z.enum`, derived so that no id is typed twice. */
export const CATEGORY_IDS = ids(CATEGORIES);
export const STAGE_IDS = ids(STAGES);
export const ACTION_IDS = ids(ACTIONS);
export const RETRY_CLASS_IDS = ids(RETRY_CLASSES);
export const SOURCE_IDS = ids(SOURCES);
export const LOGIN_PATH_IDS = ids(LOGIN_PATHS);
export const CAVEAT_KIND_IDS = ids(CAVEAT_KINDS);
export const MESSAGE_FIELD_IDS = ids(MESSAGE_FIELDS);
export const KEY_KIND_IDS = ids(KEY_KINDS);

function lookup<T extends { id: string }>(list: readonly T[], kind: string) {
	const byId = new Map(list.map((item) => [item.id, item]));
	return (id: string): T => {
		const item = byId.get(id);
		if (!item) throw new Error(`Unknown ${kind} "${id}"`);
		return item;
	};
}

export const getCategory = lookup<(typeof CATEGORIES)[number]>(CATEGORIES, 'category');
export const getStage = lookup<(typeof STAGES)[number]>(STAGES, 'stage');
export const getAction = lookup<(typeof ACTIONS)[number]>(ACTIONS, 'action');
export const getRetryClass = lookup<(typeof RETRY_CLASSES)[number]>(RETRY_CLASSES, 'retry class');
export const getSource = lookup<(typeof SOURCES)[number]>(SOURCES, 'source');
export const getLoginPath = lookup<(typeof LOGIN_PATHS)[number]>(LOGIN_PATHS, 'login path');
export const getCaveatKind = lookup<(typeof CAVEAT_KINDS)[number]>(CAVEAT_KINDS, 'caveat kind');
export const getKeyKind = lookup<(typeof KEY_KINDS)[number]>(KEY_KINDS, 'key kind');
