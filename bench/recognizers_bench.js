// Throughput of Microsoft Recognizers-Text (the npm package @microsoft/recognizers-text-suite,
// installed by bench/extract-speed.sh) on a text file, French culture, one paragraph at a time,
// in MB per second of CPU time.
//   node recognizers_bench.js NODE_MODULES_DIR TEXT_FILE
// Prints two lines: "all MB/s" (number, currency, percentage, age, datetime) and "figures MB/s"
// (the same without datetime).
'use strict';
const fs = require('fs');
const path = require('path');

const [modules, file] = process.argv.slice(2);
const R = require(path.resolve(modules, '@microsoft/recognizers-text-suite'));
const text = fs.readFileSync(file, 'utf8');
const paragraphs = text.split(/\n+/).filter((p) => p.trim().length > 0);
const bytes = Buffer.byteLength(text, 'utf8');
const culture = R.Culture.French;
const reference = new Date(2025, 0, 28);

const figures = [R.recognizeNumber, R.recognizeCurrency, R.recognizePercentage, R.recognizeAge];

function run(recognizers, withDates, list) {
  let found = 0;
  for (const p of list) {
    for (const r of recognizers) found += r(p, culture).length;
    if (withDates) found += R.recognizeDateTime(p, culture, undefined, reference).length;
  }
  return found;
}

// CPU time of this process (as extract_bench measures): the machine may be shared.
function time(recognizers, withDates) {
  const start = process.cpuUsage();
  const found = run(recognizers, withDates, paragraphs);
  const used = process.cpuUsage(start);
  const seconds = (used.user + used.system) / 1e6;
  return { mbps: bytes / 1e6 / seconds, found };
}

// Models and their expressions are built on first use: warm up outside the clock.
run(figures, true, paragraphs.slice(0, 3));
const all = time(figures, true);
const figuresOnly = time(figures, false);
console.log(`all ${all.mbps} ${all.found}`);
console.log(`figures ${figuresOnly.mbps} ${figuresOnly.found}`);
