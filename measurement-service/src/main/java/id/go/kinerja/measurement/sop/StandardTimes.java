package id.go.kinerja.measurement.sop;

import id.go.kinerja.platform.procedure.MeasurementStep;
import id.go.kinerja.platform.procedure.StandardTimeTable;
import id.go.kinerja.platform.procedure.StepDefinitionView;
import id.go.kinerja.platform.security.Caller;
import id.go.kinerja.platform.worktime.StandardTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The standard time of each step B1-B10 for an agency ({@link StandardTimeTable}): the SOP's default unless the
 * agency set its own, kept in this service's {@link StandardTimeSetting}.
 */
@ApplicationScoped
public class StandardTimes {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The agency's standard times; a step without one (B10, unless set) is absent. */
    public Map<MeasurementStep, StandardTime> of(String agencyCode) {
        Map<MeasurementStep, StandardTime> own = new EnumMap<>(MeasurementStep.class);
        StandardTimeSetting.<StandardTimeSetting>list("key.agencyCode", agencyCode)
                .forEach(setting -> own.put(setting.key.step, StandardTime.parse(setting.standardTime)));
        return StandardTimeTable.of(SopSteps.SOP, own);
    }

    @Transactional
    public List<StepDefinitionView> catalogue() {
        return StepDefinitionView.catalogue(SopSteps.SOP, of(caller.agencyCode()));
    }

    /** ADMIN sets the agency's standard time of a step, e.g. "2d" for B5. */
    @Transactional
    public StepDefinitionView set(MeasurementStep step, String text) {
        StandardTime time = StandardTimeTable.parse(text);
        StandardTimeSetting.Key key = new StandardTimeSetting.Key(caller.agencyCode(), step);
        StandardTimeSetting setting = StandardTimeSetting.<StandardTimeSetting>findByIdOptional(key).orElseGet(() -> {
            StandardTimeSetting created = new StandardTimeSetting();
            created.key = key;
            return created;
        });
        setting.standardTime = time.toString();
        setting.setBy = caller.userId();
        setting.setAt = clock.instant();
        setting.persist();
        return StepDefinitionView.of(step, time);
    }
}
