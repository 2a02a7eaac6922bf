package io.pmoflow.browser;

import java.awt.image.BufferedImage;

/** How much of a screenshot changed: the share of pixels that differ visibly. */
final class ScreenshotComparison {

  /** Per colour channel; below it anti-aliasing and font hinting noise. */
  static final int TOLERANCE = 24;

  private ScreenshotComparison() {}

  /** 0.0 for the same picture, 1.0 for a different size or every pixel changed. */
  static double changedShare(BufferedImage before, BufferedImage after) {
    if (before.getWidth() != after.getWidth() || before.getHeight() != after.getHeight()) {
      return 1.0;
    }
    long changed = 0;
    for (int y = 0; y < before.getHeight(); y++) {
      for (int x = 0; x < before.getWidth(); x++) {
        if (differs(before.getRGB(x, y), after.getRGB(x, y))) {
          changed++;
        }
      }
    }
    return (double) changed / ((long) before.getWidth() * before.getHeight());
  }

  private static boolean differs(int a, int b) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > TOLERANCE) {
        return true;
      }
    }
    return false;
  }
}
