package io.pmoflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ScreenshotComparisonTest {

  @Test
  void theSamePictureHasNotChanged() {
    assertThat(ScreenshotComparison.changedShare(picture(Color.WHITE), picture(Color.WHITE))).isZero();
  }

  @Test
  void renderingNoiseBelowTheToleranceIsNotAChange() {
    assertThat(ScreenshotComparison.changedShare(picture(new Color(200, 200, 200)), picture(new Color(210, 190, 200))))
        .isZero();
  }

  @Test
  void aChangedAreaCountsByItsShareOfPixels() {
    BufferedImage after = picture(Color.WHITE);
    Graphics2D g = after.createGraphics();
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 10, 10);
    g.dispose();

    assertThat(ScreenshotComparison.changedShare(picture(Color.WHITE), after)).isEqualTo(0.01);
  }

  @Test
  void aDifferentSizeIsEntirelyChanged() {
    assertThat(ScreenshotComparison.changedShare(picture(Color.WHITE), new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB)))
        .isEqualTo(1.0);
  }

  private static BufferedImage picture(Color color) {
    BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 100, 100);
    g.dispose();
    return image;
  }
}
