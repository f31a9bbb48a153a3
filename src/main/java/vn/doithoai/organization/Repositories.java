package vn.doithoai.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, String> {

}

interface CommuneRepository extends JpaRepository<Commune, Long> {

	Optional<Commune> findByCode(String code);

	List<Commune> findByProvinceCode(String provinceCode);

}

interface AreaRepository extends JpaRepository<Area, Long> {

	List<Area> findByCommuneIdOrderByCode(Long communeId);

	Optional<Area> findByIdAndCommuneId(Long id, Long communeId);

	boolean existsByCommuneIdAndCode(Long communeId, String code);

	long countByCommuneId(Long communeId);

}

interface DepartmentRepository extends JpaRepository<Department, Long> {

	List<Department> findByCommuneIdOrderByCode(Long communeId);

	Optional<Department> findByIdAndCommuneId(Long id, Long communeId);

	boolean existsByCommuneIdAndCode(Long communeId, String code);

	long countByCommuneId(Long communeId);

}

interface OfficialRepository extends JpaRepository<Official, Long> {

	List<Official> findByCommuneId(Long communeId);

	Optional<Official> findByIdAndCommuneId(Long id, Long communeId);

	long countByCommuneId(Long communeId);

}

interface FieldRepository extends JpaRepository<Field, Long> {

	List<Field> findAllByOrderByPosition();

	boolean existsByCode(String code);

}
