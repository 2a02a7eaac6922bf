package io.pmoflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real PostgreSQL (embedded, started by the test), with the demo users,
 * the embedded SMTP server (GreenMail) on a free port, and the job executor off: tests run jobs
 * themselves with {@link Jobs}. All such tests share one application context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(EmbeddedPostgresConfiguration.class)
public @interface PostgresIntegrationTest {}
