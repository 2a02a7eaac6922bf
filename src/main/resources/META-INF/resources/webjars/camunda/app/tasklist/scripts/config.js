/*
 * Tasklist's configuration in PMO Flow: Camunda's default (Apache License 2.0, Copyright Camunda
 * Services GmbH: the keyboard shortcuts) with the languages Japanese and English. It replaces the
 * webjar's app/tasklist/scripts/config.js. What each entry does: Camunda's documentation of the
 * webapps' config.js.
 */
import { dateFormat, LOCALES } from '../../pmoflow/language.js';

export default {
  // Japanese and English, chosen by the browser or the user menu (app/pmoflow/language.js)
  locales: LOCALES,
  dateFormat: dateFormat('tasklist'),
  // ES modules, paths relative to app/tasklist/: the language switch and time zone
  // (app/pmoflow/), a refusal next to the field it names with typed values kept, and after a start
  // the case's key and where to follow it, and the link to the pages around the tasks (/pmo)
  // (docs/manual/README.md, "How Tasklist is customised")
  customScripts: [
    '../pmoflow/language-switch',
    '../pmoflow/time-zone',
    'scripts/pmoflow/refusals.js',
    'scripts/pmoflow/started.js',
    'scripts/pmoflow/pages.js'
  ],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
