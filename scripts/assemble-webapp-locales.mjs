#!/usr/bin/env node
// Writes the webapps' Japanese translations, src/main/resources/META-INF/resources/webjars/camunda/
// app/<app>/locales/ja.json, from the translators' parts in one folder:
//
//   en-<app>.json                 Camunda's English locales/en.json of the app (the reference)
//   ja-tasklist.json, ja-admin.json, ja-welcome.json     {labels, dateLocales} (welcome: no dates)
//   ja-cockpit-labels-A.json, ja-cockpit-labels-B.json    Cockpit's labels in two halves (flat)
//   ja-cockpit-dateLocales.json   optional; else Tasklist's Japanese dateLocales (the English ones
//                                 of the two apps are the same)
//
// Each file gets the English file's keys in the English order. Refused, naming every key: a label
// missing or not in the English file, a {{ expression }}, %s or HTML tag of the English label
// not kept as it is. Nothing is written unless all four apps pass.
//
//   node scripts/assemble-webapp-locales.mjs <parts folder>     (npm run locales:assemble -- <folder>)
//   node scripts/assemble-webapp-locales.mjs <parts folder> --check     (compare, write nothing)
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const APPS = ['tasklist', 'cockpit', 'admin', 'welcome'];
const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..',
  'src/main/resources/META-INF/resources/webjars/camunda/app');

const [folder, mode] = process.argv.slice(2);
if (!folder || (mode && mode !== '--check')) {
  console.error('usage: node scripts/assemble-webapp-locales.mjs <parts folder> [--check]');
  process.exit(2);
}

function read(name) {
  const file = join(folder, name);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing`);
  }
  // Camunda's own files start with a byte order mark
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

function japaneseParts(app) {
  if (app !== 'cockpit') {
    return read(`ja-${app}.json`);
  }
  const labels = { ...read('ja-cockpit-labels-A.json'), ...read('ja-cockpit-labels-B.json') };
  const dateLocales = existsSync(join(folder, 'ja-cockpit-dateLocales.json'))
    ? read('ja-cockpit-dateLocales.json')
    : read('ja-tasklist.json').dateLocales;
  return { labels, dateLocales };
}

// {{ expressions }}, %s, and HTML shown as markup (as WebappTranslationsTest checks them)
const EXPRESSIONS = /\{\{.*?\}\}|%[sd]|<\/?(a|b|br|code|div|em|i|kbd|li|p|pre|span|strong|ul)\b[^<>]*>/g;

function expressions(text) {
  return (String(text).match(EXPRESSIONS) || []).sort();
}

/** The problems of one app's Japanese labels against the English ones. */
function problems(app, english, japanese) {
  const found = [];
  for (const key of Object.keys(english.labels)) {
    if (!(key in japanese.labels)) {
      found.push(`${app}: label ${key} is missing`);
    } else if (expressions(english.labels[key]).join('\n') !== expressions(japanese.labels[key]).join('\n')) {
      found.push(`${app}: label ${key} does not keep ${expressions(english.labels[key]).join(' ') || 'no expression'}`
        + ` as it is: ${JSON.stringify(japanese.labels[key])}`);
    }
  }
  for (const key of Object.keys(japanese.labels)) {
    if (!(key in english.labels)) {
      found.push(`${app}: label ${key} is not one of Camunda's`);
    }
  }
  if (english.dateLocales) {
    for (const key of Object.keys(english.dateLocales)) {
      if (!japanese.dateLocales || !(key in japanese.dateLocales)) {
        found.push(`${app}: dateLocales.${key} is missing`);
      }
    }
  }
  return found;
}

/** The Japanese file in the English file's shape and order. */
function assembled(english, japanese) {
  const file = {};
  for (const part of Object.keys(english)) {
    if (part === 'labels') {
      file.labels = Object.fromEntries(Object.keys(english.labels).map((key) => [key, japanese.labels[key]]));
    } else if (part === 'dateLocales') {
      file.dateLocales = Object.fromEntries(Object.keys(english.dateLocales).map((key) => [key, japanese.dateLocales[key]]));
    } else {
      throw new Error(`Camunda's en.json has a part this script does not know: ${part}`);
    }
  }
  return JSON.stringify(file, null, 2) + '\n';
}

const files = [];
const found = [];
for (const app of APPS) {
  const english = read(`en-${app}.json`);
  const japanese = japaneseParts(app);
  const wrong = problems(app, english, japanese);
  found.push(...wrong);
  if (wrong.length === 0) {
    const asEnglish = Object.keys(english.labels).filter((key) => english.labels[key] === japanese.labels[key]);
    console.log(`${app}: ${Object.keys(english.labels).length} labels (${asEnglish.length} the same as in English)`);
    files.push({ app, path: join(LOCALES, app, 'locales', 'ja.json'), text: assembled(english, japanese) });
  }
}
if (found.length) {
  console.error(found.join('\n'));
  console.error(`${found.length} problems: nothing written`);
  process.exit(1);
}
if (mode === '--check') {
  const stale = files.filter(({ path, text }) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
  stale.forEach(({ path }) => console.error(`${path} differs from the parts`));
  process.exit(stale.length ? 1 : 0);
}
for (const { app, path, text } of files) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${app}: wrote ${path}`);
}
