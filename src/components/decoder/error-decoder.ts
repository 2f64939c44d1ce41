/**
 * `<error-decoder>`: the small part that loads with the page. It wires the form and loads the
 * decoder itself (decoder-view.ts, with src/lib/decode.ts) and `/errors.json` (through the
 * shared client, which this part imports so both downloads start together) only when they are
 * needed: on first focus, hover, typing, or a shared `#…` link. Pasted text never leaves the
 * browser: the textarea has no `name`, and nothing is fetched but the export.
 */
import { loadReference } from '../answer/answer-client.ts';

type View = typeof import('./decoder-view.ts');

const DEBOUNCE_MS = 300;

class ErrorDecoder extends HTMLElement {
	private input!: HTMLTextAreaElement;
	private status!: HTMLElement;
	private loading: Promise<ReturnType<View['createDecoder']> | undefined> | undefined;
	private timer: ReturnType<typeof setTimeout> | undefined;
	/** Length of the text before it was cut to the limit, while the box holds a cut text. */
	private cutFrom: number | undefined;

	connectedCallback() {
		const input = this.querySelector('textarea');
		const status = this.querySelector<HTMLElement>('[data-decoder-status]');
		const form = this.querySelector('form');
		if (!input || !status || !form) return;
		this.input = input;
		this.status = status;
		for (const button of this.querySelectorAll('button')) button.disabled = false;

		const warm = () => void this.load();
		input.addEventListener('focus', warm, { once: true });
		form.addEventListener('pointerenter', warm, { once: true });
		// A huge paste is cut before the browser lays it out: a megabyte in a textarea alone can freeze the tab for seconds.
		input.addEventListener('paste', (event) => this.pasteCut(event));
		input.addEventListener('input', () => {
			this.cut();
			this.dropStaleFragment();
			clearTimeout(this.timer);
			this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
		});
		input.addEventListener('keydown', (event) => {
			if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
				event.preventDefault();
				void this.run();
			}
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.run();
		});
		this.querySelector('[data-copy-link]')?.addEventListener('click', () => void this.share());
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-example]')) {
			button.addEventListener('click', () => {
				this.cutFrom = undefined;
				this.input.value = button.dataset['example'] ?? '';
				void this.run();
			});
		}
		window.addEventListener('hashchange', () => void this.fromHash());
		void this.fromHash();
	}

	private get max() {
		return Number(this.dataset['max']) || 20_000;
	}

	/** Keep the box within the limit, remembering how long the text was. */
	private cut() {
		const { value } = this.input;
		if (!value) this.cutFrom = undefined;
		else if (value.length > this.max) {
			this.cutFrom = value.length;
			this.input.value = value.slice(0, this.max);
		}
	}

	private pasteCut(event: ClipboardEvent) {
		const text = event.clipboardData?.getData('text/plain') ?? '';
		const { selectionStart: start, selectionEnd: end, value } = this.input;
		const kept = value.length - (end - start);
		if (kept + text.length <= this.max) return;
		event.preventDefault();
		this.input.setRangeText(text.slice(0, Math.max(0, this.max - kept)), start, end, 'end');
		this.cutFrom = kept + text.length;
		this.input.dispatchEvent(new Event('input', { bubbles: true }));
	}

	/** Load the decoder module and the export once; say so if either fails. */
	private load() {
		this.loading ??= (async () => {
			try {
				const [view, ref] = await Promise.all([import('./decoder-view.ts'), loadReference()]);
				return view.createDecoder(this, ref);
			} catch {
				this.loading = undefined;
				this.say(
					'The reference could not be loaded, so nothing can be decoded yet. Check your connection and press Decode again.',
				);
				return undefined;
			}
		})();
		return this.loading;
	}

	private async run() {
		clearTimeout(this.timer);
		if (!this.input.value.trim() && !this.loading) {
			this.say('Paste an error above to decode it.');
			return;
		}
		(await this.load())?.decode(this.input.value, this.cutFrom);
	}

	private async share() {
		(await this.load())?.share(this.input.value);
	}

	/** Once the text is edited, a shared fragment no longer describes it: drop it rather than keep stale text in the address. */
	private dropStaleFragment() {
		if (this.isTextFragment(location.hash)) history.replaceState(null, '', location.pathname + location.search);
	}

	private isTextFragment(hash: string) {
		return hash.length > 1 && !document.getElementById(hash.slice(1));
	}

	/** A `#<url-encoded text>` fragment opens the decoder on that text; an anchor to an element on the page does not. */
	private async fromHash() {
		const hash = location.hash;
		if (!this.isTextFragment(hash)) return;
		const decoder = await this.load();
		if (!decoder) return;
		this.cutFrom = undefined;
		this.input.value = decoder.textOf(hash);
		this.cut();
		decoder.decode(this.input.value, this.cutFrom);
	}

	private say(text: string) {
		this.status.textContent = text;
	}
}

customElements.define('error-decoder', ErrorDecoder);
