package id.go.kinerja.deployment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The resources of a kustomization folder as written (its own files and those of the folders it includes), and the
 * keys of the ConfigMaps its configMapGenerator makes. What kustomize then transforms (namespaces, patches, hashed
 * names) is checked by rendering the overlays with kubectl where it is installed.
 */
final class Kustomizations {

    private Kustomizations() {
    }

    static Map<String, Object> kustomization(Path folder) {
        return Yamls.map(Repository.yamlDocuments(folder.resolve("kustomization.yaml")).get(0),
                Repository.relative(folder) + "/kustomization.yaml");
    }

    /** Every resource document of the folder and of the folders it includes, in order. */
    static List<Map<String, Object>> resources(Path folder) {
        List<Map<String, Object>> documents = new ArrayList<>();
        Object resources = kustomization(folder).get("resources");
        if (resources == null) {
            return documents;
        }
        for (Object entry : Yamls.list(resources, Repository.relative(folder) + " resources")) {
            Path resource = folder.resolve(String.valueOf(entry)).normalize();
            if (Files.isDirectory(resource)) {
                documents.addAll(resources(resource));
            } else {
                Repository.yamlDocuments(resource).forEach(document ->
                        documents.add(Yamls.map(document, Repository.relative(resource))));
            }
        }
        return documents;
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    static Map<String, Object> named(List<Map<String, Object>> documents, String kind, String name) {
        return ofKind(documents, kind).stream().filter(document -> name.equals(Yamls.at(document, "metadata.name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** ConfigMap name → its keys, from the configMapGenerator literals of the folder. */
    static Map<String, Set<String>> generatedConfigMaps(Path folder) {
        Map<String, Set<String>> configMaps = new LinkedHashMap<>();
        generatedConfigMapValues(folder).forEach((name, values) -> configMaps.put(name, new TreeSet<>(values.keySet())));
        return configMaps;
    }

    /** ConfigMap name → KEY → value, from the configMapGenerator literals of the folder. */
    static Map<String, Map<String, String>> generatedConfigMapValues(Path folder) {
        Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();
        Object generators = kustomization(folder).get("configMapGenerator");
        if (generators == null) {
            return configMaps;
        }
        for (Object generator : Yamls.list(generators, "configMapGenerator")) {
            Map<String, Object> definition = Yamls.map(generator, "configMapGenerator entry");
            Map<String, String> values = new LinkedHashMap<>();
            Object literals = definition.get("literals");
            if (literals != null) {
                Yamls.list(literals, "literals").forEach(literal -> {
                    String[] pair = String.valueOf(literal).split("=", 2);
                    values.put(pair[0], pair.length > 1 ? pair[1] : "");
                });
            }
            configMaps.put(String.valueOf(definition.get("name")), values);
        }
        return configMaps;
    }
}
