package io.qrun.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that answers without credentials: the IAM token exchange, which is how a
 * client gets its credentials in the first place. {@link ApiKeyAuthenticationFilter} lets such
 * requests through unauthenticated; everything else under /api/v1 needs a key or token.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Unauthenticated {
}
