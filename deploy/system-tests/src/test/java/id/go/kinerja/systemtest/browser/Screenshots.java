package id.go.kinerja.systemtest.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages as people see them, for the documentation: {@code docs/web/<name>-desktop.png} (1366 px wide) and
 * {@code docs/web/<name>-phone.png} (390 px, a phone's viewport), each the whole page from top to bottom.
 *
 * <p>Only when asked, so that an ordinary build leaves the tracked files alone:
 * <pre>
 * ./mvnw -B -pl deploy/system-tests -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=SopInTheBrowserIT -Dfailsafe.failIfNoSpecifiedTests=false -Dweb.screenshots=true
 * </pre>
 */
final class Screenshots {

    /** A width and the least height of the page's picture; a phone lays the page out as a mobile browser does. */
    record Viewport(String suffix, int width, int height, boolean mobile) {
    }

    static final Viewport DESKTOP = new Viewport("desktop", 1366, 900, false);
    static final Viewport PHONE = new Viewport("phone", 390, 844, true);

    /** A page longer than this is cut off: a picture for a README, not an archive of the page. */
    private static final int MAX_HEIGHT = 4000;

    private final ChromeDriver driver;
    private final Path directory;
    private final boolean enabled;

    private Screenshots(ChromeDriver driver, Path directory, boolean enabled) {
        this.driver = driver;
        this.directory = directory;
        this.enabled = enabled;
    }

    /** Into {@code directory} ({@code docs/web/}) when {@code -Dweb.screenshots=true}; otherwise taking one does nothing. */
    static Screenshots into(ChromeDriver driver, Path directory) {
        return new Screenshots(driver, directory, Boolean.getBoolean("web.screenshots"));
    }

    /** The current page at both widths; the browser is back at the desktop width afterwards. */
    void take(String name) {
        if (!enabled) {
            return;
        }
        try {
            Files.createDirectories(directory);
            for (Viewport viewport : List.of(DESKTOP, PHONE)) {
                Files.write(directory.resolve(name + "-" + viewport.suffix() + ".png"), picture(viewport));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private byte[] picture(Viewport viewport) {
        emulate(viewport.width(), viewport.height(), viewport.mobile());
        long pageHeight = (Long) driver.executeScript("return document.documentElement.scrollHeight");
        int height = (int) Math.min(MAX_HEIGHT, Math.max(viewport.height(), pageHeight));
        emulate(viewport.width(), height, viewport.mobile());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private void emulate(int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }
}
