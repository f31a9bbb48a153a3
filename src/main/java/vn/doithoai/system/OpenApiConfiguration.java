package vn.doithoai.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How the JSON API introduces itself at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI doiThoaiApi() {
		return new OpenAPI()
			.info(new Info().title("Đối Thoại API")
				.version("v1")
				.description("API JSON của Đối Thoại. Ngày theo ISO-8601, giờ Việt Nam (Asia/Ho_Chi_Minh); "
						+ "lỗi theo RFC 9457. Các địa chỉ /api/v1/public không cần đăng nhập; "
						+ "các địa chỉ /api/v1/staff cần phiên đăng nhập hoặc mã truy cập cá nhân (Bearer)."))
			.components(new Components().addSecuritySchemes("maTruyCap",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")));
	}

}
