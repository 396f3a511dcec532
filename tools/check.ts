// npm run check: the editor's quick loop, without a build or a browser: the rule data validated as the build
// validates it, then every test of the `unit` project (vitest.config.ts): the rule, range, prose/data agreement
// and unit tests.
import { spawnSync } from 'node:child_process';
import { describeMissing, missingTranslations } from '../src/lib/translations.ts';

const validate = spawnSync(process.execPath, ['tools/validate.ts'], { stdio: 'inherit' });
if (validate.status !== 0) process.exit(validate.status ?? 1);
const tests = spawnSync('vitest', ['run', '--project', 'unit'], { stdio: 'inherit' });
// Pages not translated yet build with Starlight's fallback; the editor is told which file to write.
for (const missing of missingTranslations()) console.warn(`Not translated yet: ${describeMissing(missing)}`);
process.exit(tests.status ?? 1);
