// node scripts/nginx-conf.ts (npm run deploy:nginx): writes deploy/nginx.conf, the nginx server block for carat.im,
// from src/lib/site-headers.ts and the CSP of the pages built in dist/. Run it after a change that alters the
// policy or an inline script's hash; tests/site/headers.test.ts fails until the committed file matches.
import { writeFileSync } from 'node:fs';
import { builtHeaderPolicy } from '../src/lib/site-headers.ts';
import { DEPLOY, nginxServer } from '../src/lib/nginx-conf.ts';

writeFileSync('deploy/nginx.conf', nginxServer({ ...DEPLOY, csp: builtHeaderPolicy('dist') }));
console.log('deploy/nginx.conf written');
