/*
 * Where Tasklist sends the person after a login that began on one of PMO Flow's pages: the address
 * in the cookie pmoflow-return, if it is one of the pages (/pmo/...), never another site or app.
 * Kept apart from pages.js so that node --test can check it (src/test/js/).
 */
export const RETURN_COOKIE = 'pmoflow-return';

export function returnAddress(cookies) {
  const entry = String(cookies || '').split(/;\s*/).find((c) => c.startsWith(RETURN_COOKIE + '='));
  let address = null;
  try {
    address = entry ? decodeURIComponent(entry.substring(RETURN_COOKIE.length + 1)) : null;
  } catch (e) {
    return null; // not an address
  }
  return address && /^\/pmo(\/[A-Za-z0-9/_.~%?&=+-]*)?$/.test(address) && !address.includes('..') ? address : null;
}
