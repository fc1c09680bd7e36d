package id.go.kinerja.systemtest.security;

import id.go.kinerja.systemtest.security.ApiCatalogue.Operation;
import id.go.kinerja.systemtest.security.ApiCatalogue.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real resources of one agency that the checks point the operations at: a path parameter is filled by its name
 * (and, for the ambiguous {@code code} and {@code id}, by the path segment before it).
 *
 * @param indicatorCode an indicator of {@code divisionCode}, the division the division-bound callers are not in
 * @param evidenceId    evidence attached to that indicator's entry in {@code roundId}
 */
record Resources(String agency, int year, int quarter, String roundId, String recapId, String archiveId,
                 String planVersionId, String predicateScaleId, String nodeCode, String divisionCode,
                 String indicatorCode, String evidenceId) {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    Resources inRound(String otherRound, int otherQuarter) {
        return new Resources(agency, year, otherQuarter, otherRound, recapId, archiveId, planVersionId,
                predicateScaleId, nodeCode, divisionCode, indicatorCode, evidenceId);
    }

    /** The ids that belong to this agency alone: another agency must never see one of them. */
    Set<String> ownIds() {
        return Set.of(roundId, recapId, archiveId, planVersionId, predicateScaleId, evidenceId);
    }

    /** Whether the path names one of this agency's own resources by id (not by a code every agency may have). */
    boolean namesOwnResource(Operation operation) {
        return operation.in("path").stream().anyMatch(parameter -> ownIds().contains(pathValue(operation, parameter.name())));
    }

    /** The path with every parameter filled, the ones in {@code replaced} by the given raw (already encoded) text. */
    String path(Operation operation, Map<String, String> replaced) {
        Matcher matcher = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = replaced.containsKey(name) ? replaced.get(name) : encode(pathValue(operation, name));
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    String path(Operation operation) {
        return path(operation, Map.of());
    }

    /** Values for the operation's required query parameters; {@code choices} override by name. */
    Map<String, String> query(Operation operation, Map<String, String> choices) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Parameter parameter : operation.in("query")) {
            if (choices.containsKey(parameter.name())) {
                query.put(parameter.name(), choices.get(parameter.name()));
            } else if (parameter.name().equals("format")) {
                // a format the checks can read: JSON where there is one, else CSV
                query.put("format", operation.answers().contains("application/json") ? "json" : "csv");
            } else if (parameter.required()) {
                query.put(parameter.name(), queryValue(parameter).orElse("1"));
            }
        }
        return query;
    }

    static String queryString(Map<String, String> query) {
        StringBuilder text = new StringBuilder();
        query.forEach((name, value) -> text.append(text.isEmpty() ? "?" : "&").append(name).append('=').append(encode(value)));
        return text.toString();
    }

    String pathValue(Operation operation, String name) {
        String before = segmentBefore(operation.path(), name);
        return switch (name) {
            case "roundId" -> roundId;
            case "recapId" -> recapId;
            case "archiveId" -> archiveId;
            case "evidenceId" -> evidenceId;
            case "indicatorCode" -> indicatorCode;
            case "nodeCode" -> nodeCode;
            case "year" -> String.valueOf(year);
            case "quarter" -> String.valueOf(quarter);
            case "revision" -> "1";
            case "step" -> operation.path().startsWith("/api/measurement") ? "B5" : "A6";
            case "code" -> switch (before) {
                case "divisions" -> divisionCode;
                case "nodes" -> nodeCode;
                default -> indicatorCode;
            };
            case "id" -> before.equals("versions") ? planVersionId : predicateScaleId;
            // the dead-letter operations: a dead-letter topic the service's consumers have, a message that is not there
            case "topic" -> deadLetterTopicOf(operation);
            case "partition", "offset" -> "0";
            default -> throw new IllegalStateException("The suite has no value for {" + name + "} of " + operation
                    + ": add one to Resources.pathValue");
        };
    }

    private static String deadLetterTopicOf(Operation operation) {
        String path = operation.path();
        if (path.startsWith("/api/collection")) {
            return "kinerja.approval.recap-returned.dlq";
        }
        if (path.startsWith("/api/measurement")) {
            return "kinerja.collection.recap-submitted.dlq";
        }
        if (path.startsWith("/api/approval")) {
            return "kinerja.measurement.recap-measured.dlq";
        }
        return "kinerja.approval.recap-disposed.dlq";
    }

    private Optional<String> queryValue(Parameter parameter) {
        return Optional.ofNullable(switch (parameter.name()) {
            case "year" -> String.valueOf(year);
            case "quarter" -> String.valueOf(quarter);
            case "recapId" -> recapId;
            case "roundId" -> roundId;
            case "type" -> "collection";
            default -> parameter.schema() != null && parameter.schema().has("example")
                    ? parameter.schema().get("example").asText() : null;
        });
    }

    private static String segmentBefore(String path, String name) {
        int at = path.indexOf("{" + name);
        String head = path.substring(0, Math.max(0, at - 1));
        return head.substring(head.lastIndexOf('/') + 1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
