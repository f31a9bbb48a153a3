package vn.doithoai;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a random port, with its own throw-away embedded PostgreSQL and
 * the demo data. Every test class that uses it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "doithoai.data-dir=${java.io.tmpdir}/doithoai-test-${random.uuid}",
				"doithoai.embedded-db.clean=true", "spring.thymeleaf.cache=true", "doithoai.public.page-cache=0s" })
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
