package id.go.kinerja.platform.api;

import id.go.kinerja.platform.problem.InvalidInput;
import id.go.kinerja.platform.problem.Message;
import id.go.kinerja.platform.problem.PlatformProblem;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Query and path parameters that do not parse answer 400 naming the parameter and what it should be,
 * instead of the bare 404 JAX-RS gives by default (which reads as "no such list" for {@code ?year=abc}).
 * Every service gets this by depending on the platform.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, PlatformProblem.text("parameter.uuid"), UUID::fromString);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, PlatformProblem.text("parameter.wholeNumber"), Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, PlatformProblem.text("parameter.wholeNumber"), Long::valueOf);
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) enumConverter(name, (Class<? extends Enum>) rawType);
        }
        return null;
    }

    private static <E extends Enum<E>> ParamConverter<E> enumConverter(String name, Class<E> type) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return converter(name, PlatformProblem.text("parameter.oneOf", allowed), value -> Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
    }

    private static <V> ParamConverter<V> converter(String name, Message expected, Function<String, V> parse) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException e) {
                    // JAX-RS answers what a converter throws with 400 (404 on a path parameter) unless it is its own
                    // exception: the field error rides along as the cause (ProblemMappers#web)
                    InvalidInput invalid = new InvalidInput(name, PlatformProblem.text("parameter.notA", value, expected));
                    throw new BadRequestException(invalid.getMessage(), invalid);
                }
            }

            @Override
            public String toString(V value) {
                return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
            }
        };
    }

    /** The parameter's name, or null for anything but a query or path parameter (left to the defaults). */
    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }
}
