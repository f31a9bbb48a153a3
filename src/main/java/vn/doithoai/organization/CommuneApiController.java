package vn.doithoai.organization;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API over communes: the public list, and a commune's areas for its staff. */
@RestController
@Tag(name = "Xã, phường")
class CommuneApiController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final CommuneDirectory directory;

	private final MessageSource messages;

	CommuneApiController(CommuneDirectory directory, MessageSource messages) {
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/api/v1/public/communes")
	@Operation(summary = "Danh sách xã, phường, đặc khu")
	List<PublicCommune> communes() {
		return this.directory.all()
			.stream()
			.map((commune) -> new PublicCommune(commune.code(), officialName(commune), commune.provinceName()))
			.toList();
	}

	@GetMapping("/api/v1/staff/communes/{commune}/areas")
	@Operation(summary = "Các thôn, tổ dân phố của một xã (cán bộ)", parameters = @Parameter(name = "commune",
			in = ParameterIn.PATH, required = true, description = "Mã đơn vị hành chính cấp xã (5 chữ số)"))
	List<AreaView> areas(@Parameter(hidden = true) CommuneInfo commune) {
		return this.directory.areas(commune.id());
	}

	/** The name as the official list writes it: "Phường Trương Quang Trọng". */
	private String officialName(CommuneInfo commune) {
		return this.messages.getMessage("commune.kind.title." + commune.kind().name(), null, VIETNAMESE) + " "
				+ commune.name();
	}

	/** A commune as the public API shows it. */
	record PublicCommune(String code, String name, String province) {
	}

}
