package vn.doithoai.audit;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.doithoai.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvc mvc;

	@Test
	void aRecordIsWrittenOnlyInsideTheChangesTransaction() {
		assertThatThrownBy(() -> this.audit.record("test.outside", "test", 1, null, null, null))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void aRolledBackChangeLeavesNoRecord() {
		this.transactions.executeWithoutResult((status) -> {
			this.audit.record("test.rolledBack", "test", 1, null, null, Map.of("a", 1));
			status.setRollbackOnly();
		});
		assertThat(count("test.rolledBack")).isZero();
		this.transactions.executeWithoutResult(
				(status) -> this.audit.record("test.committed", "test", 2, "21172", Map.of("a", 1), Map.of("a", 2)));
		assertThat(count("test.committed")).isEqualTo(1);
	}

	@Test
	void theLogCannotBeChangedOrDeleted() {
		this.transactions
			.executeWithoutResult((status) -> this.audit.record("test.appendOnly", "test", 3, null, null, null));
		assertThatThrownBy(
				() -> this.jdbc.update("update audit_event set actor = 'x' where action = 'test.appendOnly'"))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event where action = 'test.appendOnly'"))
			.isInstanceOf(DataAccessException.class);
		assertThat(count("test.appendOnly")).isEqualTo(1);
	}

	@Test
	void theAdministratorFiltersTheLog() throws Exception {
		this.transactions.executeWithoutResult(
				(status) -> this.audit.record("test.filtered", "widget", 42, "21172", null, Map.of("tên", "Đồng")));
		this.mvc.perform(get("/admin/audit").param("action", "test.filtered").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Có 1 bản ghi.")))
			.andExpect(content().string(containsString("Đồng")));
		this.mvc.perform(get("/admin/audit").with(user("vanphong").roles("SECRETARY")))
			.andExpect(status().isForbidden());
	}

	private int count(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action);
	}

}
