package id.go.kinerja.platform.problem;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a field error with its message in the language of the request being answered: also one that travels inside
 * a problem's {@code context} (e.g. the rows of a rejected worksheet), which the mappers do not rewrite.
 */
final class FieldErrorWriter extends StdSerializer<Problem.FieldError> {

    FieldErrorWriter() {
        super(Problem.FieldError.class);
    }

    @Override
    public void serialize(Problem.FieldError error, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeStartObject();
        json.writeStringField("field", error.field());
        json.writeStringField("message", error.template() == null ? error.message() : error.template().in(Languages.ofThisRequest()));
        json.writeEndObject();
    }
}
