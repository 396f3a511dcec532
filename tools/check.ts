// npm run check: the editor's quick loop, without a build or a browser: the rule data validated as the build
// validates it, then every test of the `unit` project (vitest.config.ts): the rule, range, prose/data agreement
// and unit tests.
import { spawnSync } from 'node:child_process';

const validate = spawnSync(process.execPath, ['tools/validate.ts'], { stdio: 'inherit' });
if (validate.status !== 0) process.exit(validate.status ?? 1);
const tests = spawnSync('vitest', ['run', '--project', 'unit'], { stdio: 'inherit' });
process.exit(tests.status ?? 1);
