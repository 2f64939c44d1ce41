/**
 * Dynamic imports without Vite's preload helper.
 *
 * Vite wraps every `import()` of a client build in `__vitePreload`, a helper chunk of about
 * 0.9 KB gzip that adds `<link rel="modulepreload">` for the imported chunk's dependencies and
 * links its CSS; there is no setting that leaves it out (vitejs/vite#13952, #18551). This site
 * imports its code lazily so that an error page ships only a small loader: the helper would be
 * the largest script on every page, to preload code that is fetched on the first focus of the
 * search box, before anyone waits for it.
 *
 * So module preloading is turned off (the dependency lists then hold CSS only) and the helper
 * becomes a call of the import. A lazily loaded chunk that imports CSS would lose that CSS, so
 * the build fails if any chunk still carries a dependency list; such a chunk links its
 * stylesheet itself (search-dialog.ts does).
 */
import type { Plugin } from 'vite';

/** Vite's id for the helper module (packages/vite/src/node/plugins/importAnalysisBuild.ts). */
const HELPER_ID = '\0vite/preload-helper.js';
/** What Vite writes into a chunk whose dynamic imports need files loaded first. */
const DEPENDENCY_LIST = '__vite__mapDeps';

export default function plainDynamicImports(): Plugin {
	return {
		name: 'site:plain-dynamic-imports',
		enforce: 'pre',
		apply: 'build',
		config: () => ({ build: { modulePreload: false } }),
		load: (id) => (id === HELPER_ID ? 'export const __vitePreload = (load) => load();' : null),
		generateBundle(_options, bundle) {
			for (const chunk of Object.values(bundle)) {
				if (chunk.type === 'chunk' && chunk.code.includes(DEPENDENCY_LIST)) {
					this.error(
						`${chunk.fileName}: a dynamic import needs files loaded before it (a CSS import in a lazily loaded module); link the stylesheet from the module instead`,
					);
				}
			}
		},
	};
}
