package id.go.kinerja.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource method (a POST that creates or pushes something) that takes an {@code Idempotency-Key}: the same
 * caller sending the same request again under the same key gets the first answer back, and nothing happens twice
 * ({@link IdempotentInterceptor}). The method returns a {@code Response} or the answer's entity.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
