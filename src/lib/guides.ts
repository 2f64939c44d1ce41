/**
 * The computed parts of guide bodies (content/guides/*.mdx), written once for both forms of a
 * guide: the HTML components in components/guides/ and the guide's Markdown version. Counts and
 * lists come from the facets of the entries; link targets from the known guides, answers and
 * sources. Every component a guide may use has a Markdown form here (`GuideComponentName` ties the
 * two lists together), so every guide has a Markdown version.
 *
 * Pure module: no astro:* imports; routes pass the facets and the known ids in.
 */
import type { Facets } from './facets.ts';
import { plural } from './format.ts';
import { codeSpan, entryLine, escapeText, type MarkdownComponent, type MarkdownSite } from './markdown.ts';
import { errorPath, faqPath, guidePath } from './paths.ts';
import {
	getAction,
	getSource,
	getStage,
	RETRY_CLASSES,
	STAGES,
	type ActionId,
	type RetryClassId,
	type SourceId,
	type StageId,
} from './taxonomy.ts';
import { listJoin } from './text.ts';

/** The components a guide body can use without importing them (components/guides/index.ts). */
export type GuideComponentName =
	'ActionBadge' | 'Count' | 'ErrorLink' | 'RetryClasses' | 'RetryTable' | 'SiteLink' | 'StageList' | 'StageSection';

/** What the guides' counts and lists read from an entry. */
interface GuideEntry {
	id: string;
	data: { code: string; title: string; action: ActionId; stage: StageId; retry: RetryClassId; category: string };
}

/** What `<Count>` counts: every error (no prop), a retry class, a stage, the errors before publish, the flow's steps or the retry classes. */
export type CountProps = Partial<{
	retry: RetryClassId;
	stage: StageId;
	beforePublish: boolean;
	flowSteps: boolean;
	retryClasses: boolean;
}>;

/** The stages of the publishing flow, in order, and those beside it, which can stop any step (not the other areas' stages). */
export const FLOW_STAGES = STAGES.filter((s) => s.group === 'flow');
export const STAGES_BESIDE_FLOW = STAGES.filter((s) => s.group === 'beside');

/** A count for guide prose, and the key that names what was counted (`data-count`, for the tests). */
export function guideCount(facets: Facets<GuideEntry>, props: CountProps): { key: string; value: number } {
	if (props.retry) {
		return { key: `retry:${props.retry}`, value: facets.retry.find((r) => r.item.id === props.retry)!.count };
	}
	if (props.stage) {
		return { key: `stage:${props.stage}`, value: facets.stage.find((s) => s.item.id === props.stage)!.count };
	}
	if (props.beforePublish) {
		const before = facets.stage.filter((s) => s.item.group === 'flow' && s.item.id !== 'publish');
		return { key: 'before-publish', value: before.reduce((n, s) => n + s.count, 0) };
	}
	if (props.flowSteps) return { key: 'flow-steps', value: FLOW_STAGES.length };
	if (props.retryClasses) return { key: 'retry-classes', value: RETRY_CLASSES.length };
	return { key: 'errors', value: facets.total };
}

/** `<SiteLink>`: a guide, a FAQ answer or a cited source. */
export type SiteLinkProps = Partial<{ guide: string; faq: string; source: SourceId }>;

/** Where a `<SiteLink>` goes: a site path (without base) or a source's URL; undefined when the target does not exist. */
export function siteLinkTarget(
	props: SiteLinkProps,
	known: { guides: readonly string[]; faq: readonly string[] },
): { path: string } | { url: string } | undefined {
	if (props.guide) return known.guides.includes(props.guide) ? { path: guidePath(props.guide) } : undefined;
	if (props.faq) return known.faq.includes(props.faq) ? { path: faqPath(props.faq) } : undefined;
	const url = props.source && getSource(props.source).url;
	return url ? { url } : undefined;
}

/** The anchor of a stage's section in a guide (`<StageSection>`), which `<StageList>` links. */
export const stageAnchor = (stage: StageId) => `stage-${stage}`;

/** The sentence under a stage's section: how many errors fail there ("3 errors in this reference fail at this stage"). */
export const stageCountSentence = (n: number) =>
	`${plural(n, 'error')} in this reference ${plural(n, 'fails', 'fail')} at this stage`;

/**
 * The Markdown form of every guide component. `page` is the guide's own path (its sections are
 * linked on the HTML page); `known` lists the guides and answers links may point to.
 */
export function guideMarkdownComponents(
	site: MarkdownSite,
	facets: Facets<GuideEntry>,
	page: string,
	known: { guides: readonly string[]; faq: readonly string[] },
): Record<Exclude<GuideComponentName, 'ErrorLink'>, MarkdownComponent> {
	const section = (stage: StageId) => `${site.absolute(page)}#${stageAnchor(stage)}`;
	const label = (text: string, url: string) => `[${escapeText(text)}](${url})`;
	/** A table cell: escaped text, with pipes escaped too. */
	const cell = (text: string) => text.replace(/\|/g, '\\|');
	return {
		ActionBadge: (props) => escapeText(getAction(props['action'] as ActionId).label),
		Count: (props) => String(guideCount(facets, props as CountProps).value),
		SiteLink: (props, children) => {
			const target = siteLinkTarget(props as SiteLinkProps, known);
			if (!target) return children;
			return `[${children}](${'path' in target ? site.absolute(target.path) : target.url})`;
		},
		StageList: () =>
			[
				'The stages, in order:',
				FLOW_STAGES.map((s, i) => `${i + 1}. ${label(s.label, section(s.id))}`).join('\n'),
				`Beside the flow, able to stop any step: ${listJoin(STAGES_BESIDE_FLOW.map((s) => label(s.label.toLowerCase(), section(s.id))))}.`,
			].join('\n\n'),
		StageSection: (props, children) => {
			const { item: stage, entries } = facets.stage.find((s) => s.item.id === props['stage'])!;
			const step = props['step'] === undefined ? '' : `${String(props['step'])}. `;
			const list = entries.map((e) => entryLine(e, site.absolute(errorPath(e.id))));
			return [
				`## ${step}${escapeText(stage.label)}`,
				escapeText(stage.summary),
				children,
				`**${entries.length}** ${stageCountSentence(entries.length)}${list.length > 0 ? ':' : '.'}`,
				list.join('\n'),
			]
				.filter(Boolean)
				.join('\n\n');
		},
		RetryClasses: () =>
			facets.retry
				.map(({ item, count }) => `- **${escapeText(item.label)}** (${count}): ${escapeText(item.summary)}`)
				.join('\n'),
		RetryTable: () =>
			[
				'| Error | Retry | Action | Stage |',
				'| --- | --- | --- | --- |',
				...facets.retry.flatMap(({ item: retry, entries }) =>
					entries.map(
						(e) =>
							`| ${cell(`${entryLink(e, site)} ${escapeText(e.data.title)}`)} | ${cell(escapeText(retry.label))} | ${cell(escapeText(getAction(e.data.action).label))} | ${cell(escapeText(getStage(e.data.stage).label))} |`,
					),
				),
			].join('\n'),
	};
}

/** A link showing an entry's code, as the guides' tables show it. */
const entryLink = (e: GuideEntry, site: MarkdownSite) =>
	`[${codeSpan(e.data.code)}](${site.absolute(errorPath(e.id))})`;
