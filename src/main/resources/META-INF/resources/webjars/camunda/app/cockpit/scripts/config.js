/*
 * Cockpit's configuration in PMO Flow: the languages Japanese and English. It replaces the webjar's
 * app/cockpit/scripts/config.js, whose entries are all commented-out examples. What each entry does:
 * Camunda's documentation of the webapps' config.js.
 */
import { dateFormat, LOCALES } from '../../pmoflow/language.js';

export default {
  // Japanese and English, chosen by the browser or the user menu (app/pmoflow/language.js)
  locales: LOCALES,
  dateFormat: dateFormat('cockpit'),
  // paths relative to app/cockpit/
  customScripts: ['../pmoflow/language-switch', '../pmoflow/time-zone']
};
