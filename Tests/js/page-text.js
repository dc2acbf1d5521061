// What every page gives the theme's scripts before they run: the texts of the site's language
// (site/assets/text.zh-CN.js, written by the build from the theme's string table) and site.js as GPUKB,
// whose `say` the other scripts use. Test files require this first. Not a test file itself.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const ROOT = path.join(__dirname, '..', '..');
const textFile = path.join(ROOT, process.env.GPUKB_SITE || 'site', 'assets', 'text.zh-CN.js');
const sandbox = { window: {} };
vm.runInNewContext(fs.readFileSync(textFile, 'utf8'), sandbox);
globalThis.GPUKB_TEXT = sandbox.window.GPUKB_TEXT;
globalThis.GPUKB = require(path.join(ROOT, 'themes', 'default', 'assets', 'site.js'));

module.exports = { text: globalThis.GPUKB_TEXT };
