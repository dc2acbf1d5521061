// Bytes of index the first query loads, per query, on a built site: node search_payload.js SITE QUERY...
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const search = require(path.join(__dirname, '..', '..', 'themes', 'default', 'assets', 'search.js'));
const [site, ...queries] = process.argv.slice(2);
const out = [];
(function next(i) {
  if (i >= queries.length) { process.stdout.write(JSON.stringify(out) + '\n'); return; }
  let bytes = 0, files = 0;
  const engine = new search.Engine((name, callback) => {
    const text = fs.readFileSync(path.join(site, 'search', name + '.js'), 'utf8');
    bytes += Buffer.byteLength(text); files += 1;
    const sandbox = { self: {} };
    vm.runInNewContext(text, sandbox);
    callback(null, sandbox.self.GPUKB_SEARCH_DATA[name]);
  });
  engine.search(queries[i], { limit: 10 }, (outcome) => {
    out.push({ query: queries[i], bytes, files, results: outcome.results.length });
    next(i + 1);
  });
})(0);
