package vn.doithoai.system;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo mode: on when the app runs its own embedded database and nobody switched it off
 * ({@code doithoai.demo.enabled=false}); never with a configured production database.
 */
@Component
public class DemoMode {

	private final boolean enabled;

	DemoMode(Environment environment) {
		this.enabled = !environment.containsProperty("spring.datasource.url")
				&& environment.getProperty("doithoai.demo.enabled", Boolean.class, true);
	}

	public boolean isEnabled() {
		return this.enabled;
	}

}
