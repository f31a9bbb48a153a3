package vn.doithoai.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode: on when the app runs its own embedded database and nobody switched it off
 * ({@code DOITHOAI_DEMO_ENABLED=false}); never with a configured database, nor when a
 * first administrator's password is given (a real installation, whose admin must not get
 * the public demo password).
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		this.enabled = !EmbeddedDatabaseConfiguration.datasourceConfigured(environment)
				&& environment.getProperty("doithoai.admin-password", "").isBlank()
				&& environment.getProperty("doithoai.demo.enabled", Boolean.class, true);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
