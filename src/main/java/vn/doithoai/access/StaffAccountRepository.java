package vn.doithoai.access;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	Optional<StaffAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	long countByRoleAndEnabledTrue(Role role);

	List<StaffAccount> findAllByOrderByUsername();

	long countByCommuneId(Long communeId);

}
