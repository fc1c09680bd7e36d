package id.go.kinerja.web.site;

import java.util.Map;

/**
 * The fixed sentences a page says after a form succeeded, chosen by a word of its address ({@code ?pesan=},
 * {@code ?berhasil=}): what the address carries is never echoed, an unknown word says nothing.
 */
public record Notices(Map<String, String> sentences) {

    public String of(String word) {
        return word == null ? null : sentences.get(word);
    }
}
