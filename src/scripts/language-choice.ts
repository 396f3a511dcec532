// Keeps the reader's language choice (see src/lib/language-choice.ts): a pick in Starlight's language picker, or a
// tap on the phone header's language switch, sets the cookie `/docs` reads next time.
import { langCookie } from '../lib/language-choice.ts';
import { localeOf } from '../lib/locales.ts';

const keep = (path: string) => {
	const locale = localeOf(path);
	if (locale) document.cookie = langCookie(locale);
};
document.addEventListener('change', (event) => {
	const select = event.target;
	if (select instanceof HTMLSelectElement && select.closest('starlight-lang-select')) keep(select.value);
});
document.addEventListener('click', (event) => {
	const link = event.target instanceof Element ? event.target.closest('a[data-lang-choice]') : null;
	if (link instanceof HTMLAnchorElement) keep(link.pathname);
});
