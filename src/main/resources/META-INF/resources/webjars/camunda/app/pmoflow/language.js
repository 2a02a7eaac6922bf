/*
 * PMO Flow: the language (ja or en) and the time zone that Tasklist, Cockpit, Admin and the welcome
 * page show. Shared by every app's scripts/config.js and by language-switch.js (its custom script).
 *
 * The language is, in this order: the one the person chose in the user menu (kept in this browser),
 * the first of the browser's languages that PMO Flow speaks, the deployment's default language.
 */

export const LANGUAGES = ['ja', 'en'];
/** The language of a browser in none of them when the server cannot be asked. */
export const FALLBACK_LANGUAGE = 'en';
/** Where the person's choice is kept, and the cookie that tells the server the same language. */
export const CHOICE_KEY = 'pmoflow-language';

/**
 * Moment.js formats of the webapps' camDate filter, by language. "normal", "abbr", "long" and
 * "short" name the long date formats of the language's dateLocales (locales/<lang>.json); "day" is
 * the day of the date badges in Tasklist's history (Japanese writes 2, not 02). Cockpit shows
 * seconds, as its own default does.
 */
const DATE_FORMATS = {
  ja: { monthName: 'MMMM', day: 'D', abbr: 'lll', normal: 'LLL', long: 'LLLL', short: 'LL' },
  en: { monthName: 'MMMM', day: 'DD', abbr: 'lll', normal: 'LLL', long: 'LLLL', short: 'LL' }
};
const COCKPIT_DATE_FORMATS = { ja: { normal: 'YYYY/MM/DD HH:mm:ss' }, en: { normal: 'YYYY-MM-DD HH:mm:ss' } };

const settings = await deploymentSettings();

/** The deployment's settings, from the server; without an answer, English and the browser's zone. */
async function deploymentSettings() {
  // this file is <context>/camunda/app/pmoflow/language.js; the settings are <context>/i18n/webapps
  const url = new URL('../../../i18n/webapps', import.meta.url);
  try {
    const response = await fetch(url, { credentials: 'same-origin', signal: AbortSignal.timeout(10000) });
    if (response.ok) {
      return await response.json();
    }
    console.error(`PMO Flow: ${url} answered ${response.status}; showing English in the browser's time zone`);
  } catch (e) {
    console.error(`PMO Flow: ${url} could not be read (${e}); showing English in the browser's time zone`);
  }
  return { defaultLanguage: FALLBACK_LANGUAGE, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}

function spoken(tag) {
  const language = String(tag || '').split('-')[0].toLowerCase();
  return LANGUAGES.includes(language) ? language : null;
}

/** The language chosen in the user menu of this browser, if any. */
export function chosenLanguage() {
  try {
    return spoken(window.localStorage.getItem(CHOICE_KEY));
  } catch (e) {
    return null; // storage blocked: the browser's language decides
  }
}

function browserLanguage() {
  const tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  return tags.map(spoken).find(Boolean) || null;
}

/** The language shown now. */
export const LANGUAGE = chosenLanguage() || browserLanguage() || spoken(settings.defaultLanguage) || FALLBACK_LANGUAGE;

/** The IANA time zone dates and times are shown in (pmoflow.i18n.time-zone). */
export const TIME_ZONE = settings.timeZone;

/**
 * The `locales` entry of a webapp's config.js. The fallback is the language shown: each locale file
 * has every label (WebappTranslationsTest), and a second file loaded as fallback would, when it
 * arrives last, set its own date names and formats for the whole page (measured: English dates on
 * a Japanese Tasklist).
 */
export const LOCALES = { availableLocales: LANGUAGES, fallbackLocale: LANGUAGE };

/** The `dateFormat` entry of the app's config.js. */
export function dateFormat(app) {
  return { ...DATE_FORMATS[LANGUAGE], ...(app === 'cockpit' ? COCKPIT_DATE_FORMATS[LANGUAGE] : {}) };
}
