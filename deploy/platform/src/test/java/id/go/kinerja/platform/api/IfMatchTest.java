package id.go.kinerja.platform.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.go.kinerja.platform.problem.DomainProblem;
import id.go.kinerja.platform.problem.InvalidInput;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    @Test
    void anEditNeedsTheCurrentVersionAndNothingElse() {
        assertDoesNotThrow(() -> IfMatch.of("\"3\"").require("division X", 3));
        assertEquals(412, status(() -> IfMatch.of("\"2\"").require("division X", 3)));
        assertEquals(428, status(() -> IfMatch.of(null).require("division X", 3)));
        assertEquals(428, status(() -> IfMatch.of(" ").require("division X", 3)));
    }

    @Test
    void anyOfSeveralTagsOrAStarMatchesButAWeakTagNever() {
        assertDoesNotThrow(() -> IfMatch.of("\"1\", \"3\"").require("entry", 3));
        assertDoesNotThrow(() -> IfMatch.of("*").require("entry", 3));
        assertEquals(412, status(() -> IfMatch.of("W/\"3\"").require("entry", 3)));
        assertDoesNotThrow(() -> IfMatch.of("\"2d\"").require("standard time", "2d"));
    }

    @Test
    void aDecisionChecksItOnlyWhenSent() {
        assertDoesNotThrow(() -> IfMatch.of(null).checkIfSent("entry", 3));
        assertEquals(412, status(() -> IfMatch.of("\"2\"").checkIfSent("entry", 3)));
    }

    @Test
    void somethingElseThanEntityTagsIsInvalidInput() {
        for (String header : new String[] {"3", "\"3", "\"3\",", "\"3\" \"4\"", "yesterday"}) {
            InvalidInput refused = assertThrows(InvalidInput.class, () -> IfMatch.of(header), header);
            assertEquals("If-Match", refused.errors().get(0).field());
        }
    }

    private static int status(Runnable check) {
        return assertThrows(DomainProblem.class, check::run).status();
    }
}
