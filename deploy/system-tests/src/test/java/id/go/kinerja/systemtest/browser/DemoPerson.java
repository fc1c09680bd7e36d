package id.go.kinerja.systemtest.browser;

/**
 * One of the demo agency's people of the dev sign-in, as the walk drives them: signs in by clicking their name. Each
 * role's subclass holds that role's SOP steps, clicked through its pages; a step whose page is not there yet goes
 * through the services' REST APIs ({@link Web#api()}), as the person's page would.
 */
abstract class DemoPerson {

    protected final Web web;
    private final String userName;

    DemoPerson(Web web, String userName) {
        this.web = web;
        this.userName = userName;
    }

    /** Opens the sign-in page and clicks this person: their Beranda. */
    Beranda signsIn() {
        return SignInPage.open(web).signInAs(userName);
    }

    String userName() {
        return userName;
    }
}
