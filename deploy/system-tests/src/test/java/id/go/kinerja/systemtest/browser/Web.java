package id.go.kinerja.systemtest.browser;

import id.go.kinerja.systemtest.SopSteps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Aplikasi e-Kinerja open in the browser: what the page objects share. They find elements by the ids and
 * {@code data-*} attributes the pages give the things people click, wait for the page a click leads to, and take
 * its screenshots. {@link #api()} does, through the services' REST APIs, the SOP steps whose pages are not there yet.
 */
final class Web {

    /** A page calls up to four services; the first calls after start-up are slow on a busy machine. */
    private static final Duration PAGE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Screenshots screenshots;
    private final SopSteps api;
    private final Supplier<String> webLog;

    Web(ChromeDriver driver, String baseUrl, Screenshots screenshots, SopSteps api, Supplier<String> webLog) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.api = api;
        this.webLog = webLog;
    }

    SopSteps api() {
        return api;
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    void click(By what) {
        awaitVisible(what).click();
    }

    /** Waits until the page's {@code h1} reads {@code heading}: the page a link or a form led to is there. */
    void awaitHeading(String heading) {
        try {
            new WebDriverWait(driver, PAGE).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
        } catch (TimeoutException e) {
            throw new AssertionError("Expected the page \"" + heading + "\" at " + driver.getCurrentUrl() + ", found:\n"
                    + driver.findElement(By.tagName("body")).getText()
                    + "\n--- the end of the web application's log ---\n" + webLog.get(), e);
        }
    }

    String text(By what) {
        return awaitVisible(what).getText();
    }

    /** The attribute as the page writes it, e.g. a link's {@code href}. */
    String attribute(By what, String name) {
        return awaitVisible(what).getDomAttribute(name);
    }

    /** The texts of every element found, in page order; none found: empty. */
    List<String> texts(By what) {
        return elements(what).stream().map(WebElement::getText).toList();
    }

    /** Every element found, in page order, without waiting: for a list the page shown has or has not. */
    List<WebElement> elements(By what) {
        return driver.findElements(what);
    }

    void screenshot(String name) {
        screenshots.take(name);
    }

    /** Types into a field as a person would; a date field is set to its ISO value, which every locale accepts. */
    void fill(By field, String value) {
        WebElement element = awaitVisible(field);
        if ("date".equals(element.getDomAttribute("type"))) {
            driver.executeScript("arguments[0].value = arguments[1]", element, value);
            return;
        }
        element.clear();
        element.sendKeys(value);
    }

    /** Chooses a file in a file field, as a person picks it in the file dialog. */
    void attach(By fileField, Path file) {
        driver.findElement(fileField).sendKeys(file.toAbsolutePath().toString());
    }

    /** Picks the option with {@code value} of a select. */
    void choose(By select, String value) {
        new Select(awaitVisible(select)).selectByValue(value);
    }

    /**
     * Clicks a form's button and waits for the page it leads to; a refusal the page shows ({@code .problem}) fails
     * the walk with the service's words.
     */
    void submit(By button) {
        awaitLoaded();
        WebElement html = driver.findElement(By.tagName("html"));
        awaitVisible(button).click();
        try {
            new WebDriverWait(driver, PAGE).until(browser -> gone(html));
        } catch (TimeoutException e) {
            throw new AssertionError("Clicking " + button + " at " + driver.getCurrentUrl() + " led nowhere\n"
                    + webLog.get(), e);
        }
        awaitLoaded();
        List<String> problems = texts(By.cssSelector(".problem"));
        if (!problems.isEmpty()) {
            throw new AssertionError("The page refused " + button + " at " + driver.getCurrentUrl() + ": " + problems);
        }
    }

    /**
     * Whether the element's page has been replaced. Chromium tells so with a stale reference, or, while the next page
     * is arriving, with "does not belong to the document", which Selenium's own staleness check does not expect.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Waits until the page shown has loaded entirely (after a form's redirect the next page may still be arriving). */
    private void awaitLoaded() {
        new WebDriverWait(driver, PAGE).until(browser ->
                "complete".equals(((ChromeDriver) browser).executeScript("return document.readyState")));
    }

    /** Waits until the element is on the page, e.g. a record the services make after an event. */
    void awaitPresent(By what) {
        new WebDriverWait(driver, PAGE).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    /** Whether the page shown has the element, without waiting. */
    boolean has(By what) {
        return !elements(what).isEmpty();
    }

    /** Fetches what a link of the page leads to with the signed-in person's session, as the browser would. */
    HttpResponse<byte[]> fetch(String path) {
        Cookie session = driver.manage().getCookieNamed("kinerja-sesi");
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Cookie", "kinerja-sesi=" + session.getValue()).GET().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private WebElement awaitVisible(By what) {
        return new WebDriverWait(driver, PAGE).until(ExpectedConditions.visibilityOfElementLocated(what));
    }
}
