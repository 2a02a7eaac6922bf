/*
 * PMO Flow: the texts form-js writes itself (its validation messages and a few placeholders), in
 * Japanese. Tasklist 7.24 renders Camunda Forms with form-js 1.8.7, which writes these texts as
 * English literals (its Validator and field components) and which Tasklist creates without any
 * translation module, so they are translated as they appear (form-js-language.js). The English
 * here is form-js 1.8.7's, word for word (its phone message has two spaces); a form-js upgrade that
 * rewords one leaves it English until this table follows. No DOM here, so it can be tested alone.
 */

/** Each message: form-js's English (a pattern, its values in groups) and the Japanese with those values. */
const MESSAGES = [
  [/^Field is required\.$/, () => '入力してください。'],
  [/^Field must have minimum value of (.+)\.$/, min => `${min} 以上の値を入力してください。`],
  [/^Field must have maximum value of (.+)\.$/, max => `${max} 以下の値を入力してください。`],
  [/^Field must have minimum length of (.+)\.$/, length => `${length} 文字以上で入力してください。`],
  [/^Field must have maximum length of (.+)\.$/, length => `${length} 文字以内で入力してください。`],
  [/^Field must match pattern (.+)\.$/, pattern => `形式（${pattern}）に合わせて入力してください。`],
  [/^Field must be a valid email\.$/, () => 'メールアドレスの形式で入力してください。'],
  [/^Field must be a valid {1,2}international phone number\. \(e\.g\. (.+)\)$/,
    example => `国際電話番号の形式で入力してください（例：${example}）。`],
  [/^Value is not a number\.$/, () => '数値を入力してください（半角・全角の数字が使えます）。'],
  [/^Value is expected to be an integer\.$/, () => '整数で入力してください。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, digits => `小数点以下は ${digits} 桁までで入力してください。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (lower, upper) => `有効な値を入力してください。近い有効な値は ${lower} と ${upper} です。`],
  [/^Date and time must both be entered\.$/, () => '日付と時刻の両方を入力してください。'],
  // placeholders and list notes of select, searchable select and tag list
  [/^Select$/, () => '選択してください'],
  [/^Search$/, () => '検索'],
  [/^No results$/, () => '該当なし'],
  [/^All values selected$/, () => 'すべて選択済み']
];

const TABLES = {ja: MESSAGES};

/** The text in the language, or null when it is not one of form-js's texts or the language is English. */
export function translated(text, language) {
  const table = TABLES[language];
  if (!table || typeof text !== 'string') {
    return null;
  }
  const trimmed = text.trim();
  for (const [english, words] of table) {
    const match = english.exec(trimmed);
    if (match) {
      return words(...match.slice(1));
    }
  }
  return null;
}
