/*
 * PMO Flow: which form fields a refusal names. The server words a refusal with the label the form
 * shows, then the rule: "Vendor number: there is no vendor with number 99", "Members, line 2:
 * system ...", "Evaluation criteria weights must sum to 100 but sum to 90". A message may carry
 * several problems separated by "; " and may start with a lead-in ("The RFP cannot go to review
 * yet: ..."). A part that starts with a small letter continues the part before it ("...; enter the
 * number of a registered project"). In Japanese the label ends in a full-width colon ("プロジェクト番号：
 * ..."). No DOM here, so that it can be tested on its own.
 */

const CONTINUATION = /^\p{Ll}/u;

/** The names a field answers to: its label without a required-marker, and without a closing "(...)" or "（…）" remark. */
export function namesOf(label) {
  const full = String(label || '').replace(/\s*\*\s*$/, '').replace(/\s+/g, ' ').trim();
  const names = full ? [full] : [];
  // the remark in ASCII parentheses (English) or full-width ones (Japanese: 評価基準（配点の合計は 100）)
  const bare = full.replace(/\s*(\([^)]*\)|（[^）]*）)\s*$/, '').trim();
  if (bare && bare !== full) {
    names.push(bare);
  }
  return names;
}

function startsWithName(text, name) {
  return text.startsWith(name) && (text.length === name.length || /[\s:,.：、]/.test(text[name.length]));
}

/**
 * The field (one of fields, each {names: [...]}) that text names at its start, the one with the
 * longest name; a later field wins a tie (a field inside a group comes after the group).
 */
export function namedField(text, fields) {
  let best = null;
  let bestLength = 0;
  fields.forEach(field => field.names.forEach(name => {
    if (name.length >= bestLength && startsWithName(text, name)) {
      best = field;
      bestLength = name.length;
    }
  }));
  return best;
}

/**
 * The problems of a refusal placed at the fields they name: [{field, text}], in the message's order;
 * a problem that names no field is left out (it stays in Tasklist's own message box).
 */
export function placeRefusal(message, fields) {
  const parts = [];
  String(message || '').trim().split('; ').forEach(part => {
    if (parts.length && CONTINUATION.test(part)) {
      parts[parts.length - 1] += '; ' + part;
    } else {
      parts.push(part);
    }
  });
  const placed = [];
  parts.forEach((part, index) => {
    let text = part;
    let field = namedField(text, fields);
    // a lead-in ends in ": " (English) or "：" (Japanese)
    const leadIn = text.search(/: |：/);
    if (!field && index === 0 && leadIn > 0) {
      text = text.substring(leadIn + (text[leadIn] === '：' ? 1 : 2)).trim();
      field = namedField(text, fields);
    }
    if (field) {
      placed.push({field, text});
    }
  });
  return placed;
}
