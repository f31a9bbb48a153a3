package vn.doithoai.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the organisation pages post: records, validated at the boundary. */
final class Forms {

	private Forms() {
	}

	record CommuneForm(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "\\d{5}",
					message = "{commune.code.invalid}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
			@NotNull(message = "{validation.required}") CommuneKind kind,
			@NotBlank(message = "{validation.required}") String provinceCode, Integer version) {

		static CommuneForm empty() {
			return new CommuneForm("", "", null, "", null);
		}

	}

	record AreaForm(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9_.-]{1,20}",
					message = "{validation.code}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String name,
			@NotNull(message = "{validation.required}") AreaKind kind, Integer version) {

		static AreaForm empty() {
			return new AreaForm("", "", null, null);
		}

		static AreaForm of(AreaView area) {
			return new AreaForm(area.code(), area.name(), area.kind(), area.version());
		}

	}

	record DepartmentForm(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Za-z0-9_.-]{1,20}",
					message = "{validation.code}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
			Integer version) {

		static DepartmentForm empty() {
			return new DepartmentForm("", "", null);
		}

		static DepartmentForm of(DepartmentView department) {
			return new DepartmentForm(department.code(), department.name(), department.version());
		}

	}

	record OfficialForm(
			@NotBlank(message = "{validation.required}") @Size(max = 50,
					message = "{validation.tooLong}") String family,
			@Size(max = 100, message = "{validation.tooLong}") String middle,
			@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.tooLong}") String given,
			@NotBlank(message = "{validation.required}") @Size(max = 150,
					message = "{validation.tooLong}") String title,
			Long departmentId, Long areaId, Integer version) {

		static OfficialForm empty() {
			return new OfficialForm("", "", "", "", null, null, null);
		}

		static OfficialForm of(OfficialView official) {
			return new OfficialForm(official.name().family(), official.name().middle(), official.name().given(),
					official.title(), official.departmentId(), official.areaId(), official.version());
		}

	}

	record FieldForm(
			@NotBlank(message = "{validation.required}") @Pattern(regexp = "[A-Z0-9_]{1,30}",
					message = "{field.code.invalid}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.tooLong}") String name,
			@NotNull(message = "{validation.required}") Integer position, boolean active, Integer version) {

		static FieldForm empty() {
			return new FieldForm("", "", null, true, null);
		}

		static FieldForm of(FieldView field) {
			return new FieldForm(field.code(), field.name(), field.position(), field.active(), field.version());
		}

	}

}
