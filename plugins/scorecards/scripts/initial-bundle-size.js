#!/usr/bin/env node
/*
 * Prints the gzip size of the example app's initial bundle: every script and
 * stylesheet that packages/app/dist/index.html loads before the app renders
 * (lazy chunks are not counted). Build the app with and without the plugin
 * and compare; see the README.
 *
 *   node plugins/scorecards/scripts/initial-bundle-size.js [distDir] [--json]
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const args = process.argv.slice(2);
const json = args.includes('--json');
const dist = path.resolve(
  args.find(a => !a.startsWith('--')) ??
    path.join(__dirname, '../../../packages/app/dist'),
);
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const assets = new Set();
for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) {
  assets.add(m[1]);
}
for (const m of html.matchAll(
  /<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g,
)) {
  assets.add(m[1]);
}

let raw = 0;
let gzip = 0;
const files = [];
for (const asset of assets) {
  if (/^https?:/.test(asset)) {
    continue;
  }
  const file = path.join(dist, asset.replace(/^\//, ''));
  const content = fs.readFileSync(file);
  const gz = zlib.gzipSync(content, { level: 9 }).length;
  raw += content.length;
  gzip += gz;
  files.push({ asset, raw: content.length, gzip: gz });
}

if (json) {
  process.stdout.write(`${JSON.stringify({ raw, gzip, files }, null, 2)}\n`);
} else {
  for (const f of files) {
    process.stdout.write(`${f.asset}\t${f.raw}\t${f.gzip}\n`);
  }
  process.stdout.write(
    `initial bundle: ${files.length} files, ${raw} bytes, ${gzip} bytes gzip\n`,
  );
}
