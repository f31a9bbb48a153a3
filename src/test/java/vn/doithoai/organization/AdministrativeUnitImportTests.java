package vn.doithoai.organization;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.doithoai.IntegrationTest;
import vn.doithoai.organization.AdministrativeUnitImport.ImportReport;
import vn.doithoai.organization.AdministrativeUnitImport.LineError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdministrativeUnitImportTests {

	@Autowired
	AdministrativeUnitImport unitImport;

	@Autowired
	CommuneDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void importingTheSameFileTwiceChangesNothingTheSecondTime() {
		String csv = """
				Mã tỉnh,Tên tỉnh,Mã xã,Tên xã,Cấp
				96,Tỉnh Thử Nghiệm,96001,Xã Một,Xã
				96,Tỉnh Thử Nghiệm,96002,"Phường Hai, Mới",Phường
				96,Tỉnh Thử Nghiệm,96003,Đặc khu Ba,Đặc khu
				""";
		ImportReport first = this.unitImport.importCsv(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(first.created()).isEqualTo(3);
		assertThat(first.errors()).isEmpty();
		ImportReport second = this.unitImport.importCsv(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(second.unchanged()).isEqualTo(3);
		CommuneInfo two = this.directory.findByCode("96002").orElseThrow();
		assertThat(two.name()).isEqualTo("Hai, Mới");
		assertThat(two.kind()).isEqualTo(CommuneKind.PHUONG);
		assertThat(two.provinceName()).isEqualTo("Thử Nghiệm");
		ImportReport renamed = this.unitImport
			.importCsv("96,Tỉnh Thử Nghiệm,96001,Xã Một Mới,Xã\n".getBytes(StandardCharsets.UTF_8));
		assertThat(renamed.updated()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'commune.reimported' and record_id = '96001'",
				Integer.class))
			.isEqualTo(1);
	}

	@Test
	void badLinesAreListedWithTheirNumberAndTheGoodLinesImported() {
		String csv = String.join("\n", "97,Tỉnh Lỗi,97001,Xã Tốt,Xã", "97,Tỉnh Lỗi,97O0X,Xã Mã Sai,Xã",
				"97,Tỉnh Lỗi,97003,Xã Thiếu Cột", "97,Tỉnh Lỗi,97001,Xã Trùng,Xã", "9A,Tỉnh Lỗi,97004,Xã Mã Tỉnh,Xã",
				"97,Tỉnh Lỗi,97005,Xã Cấp Lạ,Huyện", "97,Tỉnh Khác,97006,Xã Tên Tỉnh Khác,Xã",
				"97,Tỉnh Lỗi,97007," + "X".repeat(101) + ",Xã", "97,Tỉnh Lỗi,97008,Xã Tốt Hai,xa");
		ImportReport report = this.unitImport.importCsv(csv.getBytes(StandardCharsets.UTF_8));
		assertThat(report.created()).isEqualTo(2);
		assertThat(report.errors()).extracting(LineError::line).containsExactly(2, 3, 4, 5, 6, 7, 8);
		assertThat(report.errors()).extracting(LineError::reasonKey)
			.containsExactly("import.error.communeCode", "import.error.columns", "import.error.duplicateCode",
					"import.error.provinceCode", "import.error.level", "import.error.provinceName",
					"import.error.nameTooLong");
		assertThat(this.directory.findByCode("97001").orElseThrow().name()).isEqualTo("Tốt");
		assertThat(this.directory.findByCode("97008")).isPresent();
		ImportReport excel = this.unitImport
			.importCsv("1,Thành phố Hà Nội,8999,Xã Không Số Không,Xã\n".getBytes(StandardCharsets.UTF_8));
		assertThat(excel.errors()).isEmpty();
		assertThat(this.directory.findByCode("08999").orElseThrow().provinceCode()).isEqualTo("01");
		assertThat(this.directory.findByCode("97006")).isEmpty();
	}

	@Test
	void aFileInAnotherEncodingIsRefusedWhole() {
		byte[] latin = "98,Tỉnh Mã Sai,98001,Xã Đông,Xã\n".getBytes(Charset.forName("windows-1258"));
		ImportReport report = this.unitImport.importCsv(latin);
		assertThat(report.rejectedKey()).isEqualTo("import.error.encoding");
		assertThat(this.directory.findByCode("98001")).isEmpty();
	}

	@Test
	void nfdNamesAreStoredAsNfc() {
		String nfd = java.text.Normalizer.normalize("95,Tỉnh Hòa Bình,95001,Xã Thủy Đông,Xã",
				java.text.Normalizer.Form.NFD);
		this.unitImport.importCsv(nfd.getBytes(StandardCharsets.UTF_8));
		assertThat(this.directory.findByCode("95001").orElseThrow().name()).isEqualTo("Thủy Đông");
	}

	@Test
	void theImportPageShowsTheCountsAndEachBadLine() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "dvhc.csv", "text/csv",
				"94,Tỉnh Trang,94001,Xã Trang,Xã\n94,Tỉnh Trang,94x,Xã Hỏng,Xã\n".getBytes(StandardCharsets.UTF_8));
		this.mvc.perform(multipart("/admin/communes/import").file(file).with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thêm mới: 1 đơn vị")))
			.andExpect(content().string(containsString("Mã xã &quot;94x&quot; không hợp lệ")));
	}

}
