package io.pmoflow.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotAnimations;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The user manual's screenshots, taken by the browser journeys at the exact step the manual
 * describes. Each is compared with the committed one in {@code docs/manual/images/}; a changed
 * screen is reported (console and {@code target/manual-screenshots/changes.md}) so that its
 * chapter is re-read and the picture re-approved. {@code -Dmanual.update=true} writes the new
 * pictures into docs/manual/images (then review and commit them). A name with a folder, e.g.
 * {@code ja/getting-started-login}, is a picture of the manual in that language
 * ({@code docs/manual/images/ja/}).
 */
public final class ManualScreenshots {

  static final Path COMMITTED = Path.of("docs/manual/images");
  static final Path TAKEN = Path.of("target/manual-screenshots");
  /** Less than this share of changed pixels is rendering noise, not a changed screen. */
  static final double NOTICEABLE = 0.002;

  private ManualScreenshots() {}

  /** Takes the screenshot {@code name}.png with what varies between runs masked. */
  public static void capture(Page page, String name, Locator... masks) {
    page.waitForLoadState();
    Path taken = TAKEN.resolve(name + ".png");
    page.screenshot(new Page.ScreenshotOptions().setPath(taken).setMask(List.of(masks))
            .setMaskColor("#d9dde3")
            .setAnimations(ScreenshotAnimations.DISABLED));
    Path committed = COMMITTED.resolve(name + ".png");
    try {
      if (Boolean.getBoolean("manual.update")) {
        Files.createDirectories(committed.getParent());
        Files.copy(taken, committed, StandardCopyOption.REPLACE_EXISTING);
        return;
      }
      if (!Files.exists(committed)) {
        report(name, "is new: no committed picture " + committed + " yet (run with -Dmanual.update=true)");
        return;
      }
      double changed = ScreenshotComparison.changedShare(read(committed), read(taken));
      if (changed >= NOTICEABLE) {
        report(name, String.format("changed: %.1f%% of its pixels differ from %s", changed * 100, committed));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedImage read(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    if (image == null) {
      throw new IOException(png + " is not a readable PNG");
    }
    return image;
  }

  private static synchronized void report(String name, String what) throws IOException {
    String line = "- manual screenshot " + name + " " + what + "\n";
    System.out.println("MANUAL SCREENSHOT " + name + " " + what);
    Files.createDirectories(TAKEN);
    Files.writeString(TAKEN.resolve("changes.md"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }
}
