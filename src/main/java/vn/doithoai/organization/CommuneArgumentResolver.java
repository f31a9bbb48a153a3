package vn.doithoai.organization;

import java.util.List;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.doithoai.system.NotFoundException;

/**
 * Gives a controller the {@link CommuneInfo} named by the {@code {commune}} part of its
 * path; an unknown code is a 404. Who may open which commune is decided by the access
 * module.
 */
@Component
class CommuneArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	static final String PATH_VARIABLE = "commune";

	private final CommuneDirectory directory;

	CommuneArgumentResolver(CommuneDirectory directory) {
		this.directory = directory;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CommuneInfo.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) webRequest
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		String code = (variables != null) ? variables.get(PATH_VARIABLE) : null;
		if (code == null) {
			throw new IllegalStateException("No {commune} in the path of " + parameter.getMethod());
		}
		return this.directory.findByCode(code).orElseThrow(NotFoundException::new);
	}

}
