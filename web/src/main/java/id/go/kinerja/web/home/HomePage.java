package id.go.kinerja.web.home;

import id.go.kinerja.web.backend.Services;
import id.go.kinerja.web.session.Person;
import id.go.kinerja.web.session.Role;
import id.go.kinerja.web.session.SignedIn;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Beranda / Pekerjaan saya: what waits for the signed-in person in collection and measurement (their
 * {@code my-work}), oldest first, with its deadline and whether it is overdue.
 */
@Path("/")
@Blocking
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<WorkItem> items);
    }

    @Inject
    SignedIn signedIn;

    @Inject
    Services services;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        Person person = signedIn.person();
        List<WorkItem> items = new ArrayList<>();
        if (person.isAny("OPERATOR,DIVISION_HEAD,SAKIP_TEAM,SECRETARY,HEAD")) {
            services.collection("/api/collection/my-work").get().body().path("items")
                    .forEach(item -> items.add(WorkItem.ofCollection(item)));
        }
        if (person.isAny(String.join(",", Role.SAKIP_TEAM, Role.SECRETARY, Role.HEAD))) {
            services.measurement("/api/measurement/my-work").get().body().path("items")
                    .forEach(item -> items.add(WorkItem.ofMeasurement(item)));
        }
        items.sort(Comparator.comparing(WorkItem::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return Templates.home(items);
    }
}
