package id.go.kinerja.systemtest.browser;

import id.go.kinerja.systemtest.SopSteps;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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

    private WebElement awaitVisible(By what) {
        return new WebDriverWait(driver, PAGE).until(ExpectedConditions.visibilityOfElementLocated(what));
    }
}
