/*
 * PMO Flow's Tasklist customisation (listed in ../config.js): the header links the pages around the
 * tasks (/pmo: projects, portfolio, vendors), and a login that began on one of those pages returns
 * to it. Tasklist itself knows no return address outside its own routes, so the page asked for is
 * in the cookie pmoflow-return (set by the server's PageLoginFilter); only an address of the pages
 * is followed, never another site.
 */
import {LANGUAGE} from '../../../pmoflow/language.js';

const WORDS = {en: {projects: 'Projects'}, ja: {projects: 'プロジェクト'}}[LANGUAGE] || {projects: 'Projects'};
const RETURN_COOKIE = 'pmoflow-return';

/** The application's address: Tasklist's app root (e.g. /camunda) without the webapps' own segment. */
function applicationRoot() {
  const base = document.querySelector('base');
  const appRoot = (base && base.getAttribute('app-root')) || '/camunda';
  return appRoot.replace(/\/[^/]*$/, '');
}

export function returnAddress(cookies) {
  const entry = String(cookies || '').split(/;\s*/).find((c) => c.startsWith(RETURN_COOKIE + '='));
  const address = entry ? decodeURIComponent(entry.substring(RETURN_COOKIE.length + 1)) : null;
  return address && /^\/pmo(\/[A-Za-z0-9/_.~%?&=+-]*)?$/.test(address) ? address : null;
}

function forgetReturn() {
  document.cookie = `${RETURN_COOKIE}=; path=/; max-age=0; SameSite=Lax`;
}

function withPagesLink(directives) {
  const header = directives[0];
  const engines = '<li engine-select></li>';
  if (!header.template.includes(engines)) {
    console.error('PMO Flow: the webapps\' header has changed; the link to the projects is not shown');
    return directives;
  }
  header.template = header.template.replace(engines, `<li class="pmoflow-pages" ng-if="authentication.name" ng-cloak>
      <a href="${applicationRoot()}/pmo/projects">${WORDS.projects}</a>
    </li>
    ${engines}`);
  return directives;
}

if (typeof window !== 'undefined' && window.angular) {
  window.angular
    .module('cam.tasklist.custom')
    .config(['$provide', (provide) => provide.decorator('camWidgetHeaderDirective', ['$delegate', withPagesLink])])
    .run(['$rootScope', (rootScope) => {
      rootScope.$on('authentication.login.success', () => {
        const address = returnAddress(document.cookie);
        if (address) {
          forgetReturn();
          window.location.assign(applicationRoot() + address);
        }
      });
    }]);
}
