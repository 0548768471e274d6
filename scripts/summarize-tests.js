#!/usr/bin/env node
/*
 * Reads Jest's and Playwright's JSON results and prints the one closing line
 * CI reads: "N passed, N failed" (with ", N skipped" when any were skipped).
 * A missing or unreadable results file counts as a failure: a run that did
 * not report cannot pass.
 */
const fs = require('fs');

let passed = 0;
let failed = 0;
let skipped = 0;
let missing = 0;

function read(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    process.stderr.write(`No test results in ${file}: ${e.message}\n`);
    missing += 1;
    return undefined;
  }
}

const [jestFile, playwrightFile] = process.argv.slice(2);

const jest = jestFile && read(jestFile);
if (jest) {
  passed += jest.numPassedTests;
  failed += jest.numFailedTests;
  skipped += jest.numPendingTests + jest.numTodoTests;
  // A suite that fails to load runs no test but must still fail the run.
  failed += jest.numRuntimeErrorTestSuites;
}

const pw = playwrightFile && read(playwrightFile);
if (pw) {
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected;
  skipped += pw.stats.skipped;
}

const tail = skipped ? `, ${skipped} skipped` : '';
process.stdout.write(`${passed} passed, ${failed + missing} failed${tail}\n`);
process.exit(failed + missing > 0 || passed === 0 ? 1 : 0);
