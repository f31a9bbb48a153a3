package vn.doithoai.text;

import tools.jackson.databind.JacksonModule;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring setup of the text module: JSON strings read in NFC. Import it in web slice
 * tests, which do not pick up configuration classes by scanning.
 */
@Configuration(proxyBeanMethods = false)
public class TextConfiguration {

	/**
	 * Returns the Jackson module that reads every JSON string in NFC; Spring Boot
	 * registers it on the application's JsonMapper.
	 * @return the module
	 */
	@Bean
	public JacksonModule nfcJacksonModule() {
		return new NfcJacksonModule();
	}

}
