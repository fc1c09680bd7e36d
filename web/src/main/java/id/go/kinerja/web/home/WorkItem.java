package id.go.kinerja.web.home;

import com.fasterxml.jackson.databind.JsonNode;
import id.go.kinerja.web.format.IndonesianFormats;
import id.go.kinerja.web.site.SopStepNames;
import id.go.kinerja.web.site.StepPages;

/**
 * One thing waiting for the signed-in person, from a service's {@code my-work}: what it is in their words, the
 * page where they do it, and its deadline.
 */
public record WorkItem(String what, String detail, String link, String since, String deadline, String standardTime,
                       boolean overdue) {

    static WorkItem ofCollection(JsonNode item) {
        String kind = item.path("kind").asText();
        String round = item.path("roundId").asText();
        String indicator = item.path("indicatorCode").asText("");
        String period = period(item);
        return switch (kind) {
            case "ENTER" -> new WorkItem("Isi realisasi " + indicator, period, "/isian/putaran/" + round, item);
            case "CONFIRM" -> new WorkItem("Konfirmasi realisasi " + indicator, period, "/isian/putaran/" + round, item);
            case "CORRECT" -> new WorkItem("Perbaiki realisasi " + indicator + " yang dikembalikan", period,
                    "/isian/putaran/" + round, item);
            case "VERIFY" -> new WorkItem("Verifikasi realisasi " + indicator, period, "/verifikasi/putaran/" + round, item);
            default -> {
                String step = item.path("step").asText();
                String page = StepPages.ofCollectionRound(round).of(step);
                yield new WorkItem(step + " · " + SopStepNames.langkah(step), period,
                        page == null ? "/sop/putaran/" + round : page, item);
            }
        };
    }

    static WorkItem ofMeasurement(JsonNode item) {
        String kind = item.path("kind").asText();
        String step = item.path("step").asText("");
        String period = period(item);
        String indicator = item.path("indicatorCode").asText("");
        return switch (kind) {
            case "MEMO" -> new WorkItem("B1 · Nota dinas pengukuran kinerja", period, "/kepala", item);
            case "METHODOLOGY" -> new WorkItem("Metodologi pengukuran " + indicator, period,
                    "/tim-sakip/metodologi/" + indicator, item);
            case "FIX" -> new WorkItem("Perbaiki metodologi " + indicator + " yang dikembalikan",
                    item.path("detail").asText(period), "/tim-sakip/metodologi/" + indicator, item);
            default -> {
                String page = StepPages.ofMeasurement(item.path("year").asInt(), item.path("quarter").asInt()).of(step);
                yield new WorkItem(step + " · " + SopStepNames.langkah(step), period, page == null ? "/" : page, item);
            }
        };
    }

    private WorkItem(String what, String detail, String link, JsonNode item) {
        this(what, detail, link, item.path("since").asText(null), item.path("deadline").asText(null),
                item.path("standardTime").asText(null), item.path("overdue").asBoolean(false));
    }

    private static String period(JsonNode item) {
        if (!item.hasNonNull("year")) {
            return "";
        }
        return IndonesianFormats.period(item.path("year").asText(), item.path("quarter").asText());
    }
}
