package id.go.kinerja.systemtest.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Beranda ({@code /}): "Pekerjaan saya", what waits for the signed-in person; the menu and sign-out of every page. */
final class Beranda {

    private static final By WORK = By.cssSelector("#pekerjaan li");
    private static final By WHAT = By.cssSelector("#pekerjaan li a");
    private static final By SIGNED_IN_AS = By.cssSelector("header .who span");
    private static final By MENU = By.cssSelector("header nav a");
    private static final By SIGN_OUT = By.cssSelector("header form[action='/keluar'] button");

    private final Web web;

    private Beranda(Web web) {
        this.web = web;
    }

    static Beranda shown(Web web) {
        web.awaitHeading("Pekerjaan saya");
        return new Beranda(web);
    }

    /** "Selamat datang, ...". */
    String greeting() {
        return web.text(By.cssSelector("p.lead"));
    }

    /** The header's name, role and division of the signed-in person. */
    String signedInAs() {
        return web.text(SIGNED_IN_AS);
    }

    /** The menu's entries, as the person's roles allow them. */
    List<String> menu() {
        return web.texts(MENU);
    }

    /** What waits, oldest first, as its links read ("Isi realisasi IKP-02"); empty when nothing does. */
    List<String> work() {
        return web.texts(WHAT);
    }

    /** The whole line of the first piece of work whose link reads {@code what}: its period, since, deadline, mark. */
    String line(String what) {
        return web.elements(WORK).stream().filter(line -> line.findElement(By.tagName("a")).getText().equals(what))
                .findFirst().map(WebElement::getText)
                .orElseThrow(() -> new AssertionError("No \"" + what + "\" on the Beranda: " + work()));
    }

    /** Where the first piece of work whose link reads {@code what} leads, e.g. {@code /isian/putaran/<round>}. */
    String linkOf(String what) {
        return web.attribute(By.linkText(what), "href");
    }

    Beranda screenshot(String name) {
        web.screenshot(name);
        return this;
    }

    /** Keluar, in the header: back at the sign-in page. */
    SignInPage signOut() {
        web.click(SIGN_OUT);
        return SignInPage.shown(web);
    }
}
