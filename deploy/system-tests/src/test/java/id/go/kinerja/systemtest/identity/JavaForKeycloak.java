package id.go.kinerja.systemtest.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Java 21 or later to run Keycloak with (the project itself builds and runs on 17): the JVM of this test, the JDK
 * named by {@code -Dkinerja.keycloak.java} or {@code KEYCLOAK_JAVA_HOME}, {@code JAVA_HOME}, or the newest JDK in
 * the usual install folders ({@code /usr/lib/jvm}, {@code /opt/java}, {@code /opt}).
 */
final class JavaForKeycloak {

    static final int REQUIRED = 21;

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private JavaForKeycloak() {
    }

    /** The home of a JDK of version {@value #REQUIRED} or later, if this machine has one. */
    static Optional<Path> find() {
        List<Path> named = new ArrayList<>();
        Optional.ofNullable(System.getProperty("kinerja.keycloak.java")).map(Path::of).ifPresent(named::add);
        Optional.ofNullable(System.getenv("KEYCLOAK_JAVA_HOME")).map(Path::of).ifPresent(named::add);
        named.add(Path.of(System.getProperty("java.home")));
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(named::add);
        for (Path home : named) {
            if (version(home) >= REQUIRED) {
                return Optional.of(home);
            }
        }
        return Stream.of("/usr/lib/jvm", "/opt/java", "/opt").map(Path::of).filter(Files::isDirectory)
                .flatMap(JavaForKeycloak::children)
                .filter(home -> version(home) >= REQUIRED)
                .max(Comparator.comparingInt(JavaForKeycloak::version));
    }

    /** The major version a JDK's {@code release} file declares, or 0 when it is no JDK with a java launcher. */
    static int version(Path home) {
        if (!Files.isExecutable(home.resolve("bin/java"))) {
            return 0;
        }
        try {
            Matcher version = VERSION.matcher(Files.readString(home.resolve("release"), StandardCharsets.UTF_8));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static Stream<Path> children(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
