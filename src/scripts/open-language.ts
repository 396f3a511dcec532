// `/docs/` on a static host: open the reader's language (src/lib/language-choice.ts). nginx decides before this page.
import { chooseLocale } from '../lib/language-choice.ts';

location.replace(`/docs/${chooseLocale(document.cookie, navigator.languages)}/${location.search}`);
