/**
 * The guides: one place for each guide's path, title and description, used by the guide itself,
 * the /guides/ index, navigation and tests. Pure module.
 */

export const GUIDES = [
	{
		id: 'publishing-flow',
		title: 'The Instagram publishing flow, stage by stage',
		short: 'Publishing flow',
		description:
			'The stages of Instagram content publishing through the Graph API, what fails at each one, what to check first, and the errors filed under each stage.',
	},
	{
		id: 'retry-safety',
		title: 'Retry safety: when to retry an Instagram API call, and when never to',
		short: 'Retry safety',
		description:
			'Which Instagram Graph API failures are worth retrying and which fail again until something changes, with the retry class of every error in this reference.',
	},
] as const;

export type GuideId = (typeof GUIDES)[number]['id'];

export const guidePath = (id?: GuideId) => (id ? `/guides/${id}/` : '/guides/');

export function getGuide(id: GuideId) {
	const guide = GUIDES.find((g) => g.id === id);
	if (!guide) throw new Error(`Unknown guide "${id}"`);
	return guide;
}
