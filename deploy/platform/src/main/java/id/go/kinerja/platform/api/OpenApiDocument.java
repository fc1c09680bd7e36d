package id.go.kinerja.platform.api;

/** What the platform's resources need to say in every service's OpenAPI document. */
public final class OpenApiDocument {

    /**
     * The bearer-token scheme of every service's document (Quarkus's default name). Operations inherited from the
     * platform's abstract resources name it themselves: Quarkus adds the requirement only to the services' own ones.
     */
    public static final String SECURITY_SCHEME = "SecurityScheme";

    private OpenApiDocument() {
    }
}
