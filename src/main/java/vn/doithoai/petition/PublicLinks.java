package vn.doithoai.petition;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses citizens are given on paper and by e-mail: under the configured public
 * address ({@code doithoai.public-url}), or else the address of the request being served.
 */
@Component
class PublicLinks {

	private final String publicUrl;

	PublicLinks(@Value("${doithoai.public-url:}") String publicUrl) {
		this.publicUrl = publicUrl.strip();
		if (!this.publicUrl.isEmpty() && !isHttpAddress(this.publicUrl)) {
			throw new IllegalStateException(
					"doithoai.public-url must be an absolute http(s) address, not " + this.publicUrl);
		}
	}

	/**
	 * {@code {base}/xa/{code}/gui-y-kien}, with {@code ?hoiNghi={id}} for a conference.
	 */
	Optional<URI> registrationForm(String communeCode, Long conferenceId) {
		return base().map((base) -> base.pathSegment("xa", communeCode, "gui-y-kien")
			.queryParamIfPresent("hoiNghi", Optional.ofNullable(conferenceId))
			.build()
			.encode()
			.toUri());
	}

	/** {@code {base}/tra-cuu/{code}}. */
	Optional<URI> tracking(String trackingCode) {
		return base().map((base) -> base.pathSegment("tra-cuu", trackingCode).build().encode().toUri());
	}

	private Optional<UriComponentsBuilder> base() {
		if (!this.publicUrl.isEmpty()) {
			return Optional.of(UriComponentsBuilder.fromUriString(this.publicUrl));
		}
		if (RequestContextHolder.getRequestAttributes() == null) {
			return Optional.empty();
		}
		return Optional.of(ServletUriComponentsBuilder.fromCurrentContextPath());
	}

	private static boolean isHttpAddress(String address) {
		try {
			URI uri = new URI(address);
			return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
