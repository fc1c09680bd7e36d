package id.go.kinerja.collection.agency;

import id.go.kinerja.collection.problem.CollectionProblem;
import id.go.kinerja.collection.support.Paging;
import id.go.kinerja.platform.api.PageOf;
import id.go.kinerja.platform.api.IfMatch;
import id.go.kinerja.platform.problem.Conflict;
import id.go.kinerja.platform.problem.NotFound;
import id.go.kinerja.platform.problem.PlatformProblem;
import id.go.kinerja.platform.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;

/** The agency's divisions (master data kept by the admin). */
@ApplicationScoped
public class DivisionService {

    @Inject
    Caller caller;

    public AgencyView agency() {
        return new AgencyView(caller.agencyCode(), Agency.nameOf(caller.agencyCode()));
    }

    public PageOf<DivisionView> list(int page, int size) {
        return Paging.page(Division.find("agencyCode", Sort.by("code"), caller.agencyCode()), page, size,
                DivisionView::of);
    }

    public DivisionView get(String code) {
        return DivisionView.of(require(code));
    }

    @Transactional
    public DivisionView create(NewDivision request) {
        String agency = caller.agencyCode();
        if (Division.findByCode(agency, request.code()).isPresent()) {
            throw new Conflict(CollectionProblem.DIVISION_EXISTS, request.code());
        }
        return DivisionView.of(Division.create(agency, request.code(), request.name().strip()));
    }

    @Transactional
    public DivisionView rename(String code, DivisionChange change, IfMatch ifMatch) {
        Division division = require(code);
        ifMatch.require("division " + code, division.version);
        division.name = change.name().strip();
        Division.flush();
        return DivisionView.of(division);
    }

    private Division require(String code) {
        return Division.findByCode(caller.agencyCode(), code).orElseThrow(() -> new NotFound(CollectionProblem.DIVISION_NOT_FOUND, code));
    }
}
