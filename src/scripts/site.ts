/**
 * The one script every page loads: the small custom elements that appear site-wide, bundled
 * together so a page pays one request. Heavier code (the search dialog) is imported on demand.
 */
import '../components/search/site-search.ts';
import '../components/support/copy-button.ts';
