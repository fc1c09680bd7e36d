package id.go.kinerja.measurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.go.kinerja.infrastructure.RoleTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The role rules the README states are the ones the code's @RolesAllowed enforce. */
class RoleTableTest {

    @Test
    void theReadmesEndpointTableGivesEveryEndpointTheRolesItsCodeAllows() {
        assertEquals(List.of(), RoleTable.differences(RoleTable.ofCode(),
                RoleTable.ofDocument(Path.of("README.md"), "/api/measurement")));
    }

    @Test
    void theHeadAndTheAuditorReadEverythingOfTheirAgencyAndTheAuditorNothingElse() {
        assertEquals(List.of(), RoleTable.readRuleViolations(RoleTable.ofCode(), Set.of("GET /api/measurement/my-work")));
    }
}
