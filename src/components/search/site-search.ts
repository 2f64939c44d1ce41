/**
 * <site-search>: upgrades a plain search form (a GET to /search/, which works without
 * JavaScript) to the search dialog. This is the only search code shipped with a page;
 * the dialog loads when the visitor focuses the box, types, submits, or presses `/`.
 */
type Dialog = typeof import('./search-dialog.ts');
let dialog: Promise<Dialog> | undefined;
const load = () => (dialog ??= import('./search-dialog.ts'));

const typing = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || target.matches('input,textarea,select'));

class SiteSearch extends HTMLElement {
	connectedCallback() {
		const form = this.querySelector('form');
		const input = form?.querySelector('input');
		if (!form || !input) return;
		const open = () =>
			load().then(
				(m) => m.openSearch(input),
				() => form.submit(),
			);
		input.addEventListener('focus', () => void load().then((m) => m.preload()), { once: true });
		input.addEventListener('input', open);
		input.addEventListener('click', open);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void open();
		});
		if (this.hasAttribute('shortcut')) {
			document.addEventListener('keydown', (event) => {
				if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
				event.preventDefault();
				input.focus();
				void open();
			});
		}
	}
}

customElements.define('site-search', SiteSearch);
