package io.pmoflow.browser;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Typing as a Japanese input method in full-width mode does: the text is composed character by
 * character (the field holds the composing text) and then committed, through Chromium's own input
 * method events (DevTools {@code Input.imeSetComposition}, {@code Input.insertText}).
 */
final class FullWidthTyping {

  private FullWidthTyping() {}

  /** The text with its ASCII characters full-width: {@code 12000} → {@code １２０００}. */
  static String fullWidth(String text) {
    StringBuilder full = new StringBuilder();
    text.chars().forEach(c -> full.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
    return full.toString();
  }

  /** Composes {@code text} in the field one character at a time, then commits it. */
  static void compose(Page page, Locator field, String text) {
    field.focus();
    CDPSession devTools = page.context().newCDPSession(page);
    try {
      for (int length = 1; length <= text.length(); length++) {
        JsonObject composition = new JsonObject();
        composition.addProperty("text", text.substring(0, length));
        composition.addProperty("selectionStart", length);
        composition.addProperty("selectionEnd", length);
        devTools.send("Input.imeSetComposition", composition);
      }
      JsonObject commit = new JsonObject();
      commit.addProperty("text", text);
      devTools.send("Input.insertText", commit);
    } finally {
      devTools.detach();
    }
  }
}
