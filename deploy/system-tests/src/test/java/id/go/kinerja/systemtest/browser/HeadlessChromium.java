package id.go.kinerja.systemtest.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's {@code chromium}, headless, driven through Debian's {@code chromedriver}: one browser per test class, with
 * a fresh profile, closed after the class. Both paths are given to Selenium, so Selenium Manager never runs and
 * nothing is downloaded ({@code SE_OFFLINE} in the Failsafe configuration makes sure of it).
 *
 * <p>Where either program is missing, the test class is skipped, never passed: a banner in the build output says that
 * the browser test did not run and how to install them ({@code .ci/run} does). Other paths:
 * {@code -Dbrowser.chromium=... -Dbrowser.chromedriver=...}. A failed test leaves the page it was on in
 * {@code target/system-test-logs/<class>.<test>-failed.png} (and {@code .html}).
 */
public final class HeadlessChromium implements ExecutionCondition, ParameterResolver, TestWatcher {

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    /** The flags that run Chromium as root in a container, without a display, and keep it off the network. */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--lang=id-ID", "--window-size=" + Screenshots.DESKTOP.width() + "," + Screenshots.DESKTOP.height());

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = Stream.of(CHROMIUM, CHROMEDRIVER).filter(program -> !Files.isExecutable(program))
                .map(Path::toString).toList();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
        }
        String reason = "THE BROWSER TEST DID NOT RUN: " + String.join(" and ", missing)
                + (missing.size() == 1 ? " is" : " are") + " missing";
        banner(reason, "Install Debian's packages (as root: apt-get install chromium chromium-driver; .ci/run does),",
                "or point -Dbrowser.chromium= and -Dbrowser.chromedriver= at another Chromium and its driver.");
        return ConditionEvaluationResult.disabled(reason);
    }

    /** The page the failed test left the browser on, beside the services' logs: what the person would have seen. */
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        Browser browser = store(classContext(context)).get(Browser.class, Browser.class);
        if (browser == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Path logs = logDirectory();
            Files.write(logs.resolve(name + "-failed.png"), browser.driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(logs.resolve(name + "-failed.html"), browser.driver.getPageSource());
        } catch (IOException | WebDriverException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChromeDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return store(classContext(context)).computeIfAbsent(Browser.class, ignored -> Browser.start(), Browser.class).driver;
    }

    /** One browser per test class: the class's context, also when asked from a test method's. */
    private static ExtensionContext classContext(ExtensionContext context) {
        return context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(ExtensionContext.Namespace.create(HeadlessChromium.class));
    }

    /** The browser and its profile directory, removed when JUnit closes the store at the end of the class. */
    private record Browser(ChromeDriver driver, Path profile) implements AutoCloseable {

        static Browser start() {
            Path profile = temporaryProfile();
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(FLAGS);
            options.addArguments("--user-data-dir=" + profile);
            options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "id-ID,id"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile())
                    .usingAnyFreePort()
                    .withLogFile(logFile())
                    // Chromium on Linux takes its locale (date fields: dd/mm/yyyy) from the environment, not --lang
                    .withEnvironment(Map.of("LANGUAGE", "id", "LC_ALL", "id_ID.UTF-8", "LANG", "id_ID.UTF-8"))
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return new Browser(driver, profile);
        }

        @Override
        public void close() throws IOException {
            try {
                driver.quit();
            } finally {
                deleteRecursively(profile);
            }
        }
    }

    private static void banner(String... lines) {
        int width = Stream.of(lines).mapToInt(String::length).max().orElse(0) + 4;
        String rule = "#".repeat(width + 2);
        List<String> box = new ArrayList<>(List.of("", rule));
        for (String line : lines) {
            box.add("#  " + line + " ".repeat(width - line.length() - 2) + "#");
        }
        box.add(rule);
        box.add("");
        System.out.println(String.join(System.lineSeparator(), box));
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("kinerja-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File logFile() {
        try {
            return logDirectory().resolve("chromedriver.log").toFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the services log ({@code target/system-test-logs}). */
    private static Path logDirectory() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("kinerja.logs", "target/system-test-logs")));
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
