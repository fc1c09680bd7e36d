package id.go.kinerja.systemtest.browser;

import java.util.List;
import org.openqa.selenium.By;

/** Masuk ({@code /masuk}): the dev sign-in of local runs, one button per person of the demo agency. */
final class SignInPage {

    private static final By PEOPLE = By.cssSelector("button[id^='masuk-']");

    private final Web web;

    private SignInPage(Web web) {
        this.web = web;
    }

    static SignInPage open(Web web) {
        web.open("/masuk");
        return shown(web);
    }

    static SignInPage shown(Web web) {
        web.awaitHeading("Masuk ke e-Kinerja");
        return new SignInPage(web);
    }

    /** The people one can sign in as, each as their button reads (name, role, division, user name). */
    List<String> people() {
        return web.texts(PEOPLE);
    }

    /** Clicks the person: their Beranda. */
    Beranda signInAs(String userName) {
        web.click(By.id("masuk-" + userName));
        return Beranda.shown(web);
    }

    SignInPage screenshot(String name) {
        web.screenshot(name);
        return this;
    }
}
