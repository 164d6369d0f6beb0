package org.govexchange.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a Spring test on real infrastructure: the test JVM's embedded MariaDB (via {@code gx.db.port},
 * so each service keeps its own database name) and, unless {@code kafka = false}, its Kafka broker.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

    /** Whether the test also needs the Kafka broker. */
    boolean kafka() default true;
}
