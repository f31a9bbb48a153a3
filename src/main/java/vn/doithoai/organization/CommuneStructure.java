package vn.doithoai.organization;

import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.organization.Forms.AreaForm;
import vn.doithoai.organization.Forms.DepartmentForm;
import vn.doithoai.organization.Forms.OfficialForm;
import vn.doithoai.system.DuplicateCodeException;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.StaleEditException;
import vn.doithoai.text.PersonName;

/**
 * Changes to a commune's areas, departments and officials. Every lookup is scoped to the
 * commune, so a record of another commune is simply not found.
 */
@Service
@Transactional
class CommuneStructure {

	private final AreaRepository areas;

	private final DepartmentRepository departments;

	private final OfficialRepository officials;

	private final AuditTrail audit;

	CommuneStructure(AreaRepository areas, DepartmentRepository departments, OfficialRepository officials,
			AuditTrail audit) {
		this.areas = areas;
		this.departments = departments;
		this.officials = officials;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	AreaView area(CommuneInfo commune, long id) {
		return findArea(commune, id).toView();
	}

	AreaView addArea(CommuneInfo commune, AreaForm form) {
		String code = form.code().toUpperCase(Locale.ROOT);
		if (this.areas.existsByCommuneIdAndCode(commune.id(), code)) {
			throw new DuplicateCodeException();
		}
		Area area = guarded(() -> this.areas.saveAndFlush(new Area(commune.id(), code, form.name(), form.kind())));
		this.audit.record("area.created", "area", area.getId(), commune.code(), null, area.toView());
		return area.toView();
	}

	AreaView changeArea(CommuneInfo commune, long id, AreaForm form) {
		Area area = findArea(commune, id);
		checkVersion(area.getVersion(), form.version());
		String code = form.code().toUpperCase(Locale.ROOT);
		if (!area.getCode().equals(code) && this.areas.existsByCommuneIdAndCode(commune.id(), code)) {
			throw new DuplicateCodeException();
		}
		AreaView before = area.toView();
		area.update(code, form.name(), form.kind());
		guarded(this.areas::flush);
		this.audit.record("area.changed", "area", id, commune.code(), before, area.toView());
		return area.toView();
	}

	@Transactional(readOnly = true)
	DepartmentView department(CommuneInfo commune, long id) {
		return findDepartment(commune, id).toView();
	}

	DepartmentView addDepartment(CommuneInfo commune, DepartmentForm form) {
		String code = form.code().toUpperCase(Locale.ROOT);
		if (this.departments.existsByCommuneIdAndCode(commune.id(), code)) {
			throw new DuplicateCodeException();
		}
		Department department = guarded(
				() -> this.departments.saveAndFlush(new Department(commune.id(), code, form.name())));
		this.audit.record("department.created", "department", department.getId(), commune.code(), null,
				department.toView());
		return department.toView();
	}

	DepartmentView changeDepartment(CommuneInfo commune, long id, DepartmentForm form) {
		Department department = findDepartment(commune, id);
		checkVersion(department.getVersion(), form.version());
		String code = form.code().toUpperCase(Locale.ROOT);
		if (!department.getCode().equals(code) && this.departments.existsByCommuneIdAndCode(commune.id(), code)) {
			throw new DuplicateCodeException();
		}
		DepartmentView before = department.toView();
		department.update(code, form.name());
		guarded(this.departments::flush);
		this.audit.record("department.changed", "department", id, commune.code(), before, department.toView());
		return department.toView();
	}

	@Transactional(readOnly = true)
	OfficialView official(CommuneInfo commune, long id) {
		return findOfficial(commune, id).toView();
	}

	OfficialView addOfficial(CommuneInfo commune, OfficialForm form) {
		checkReferences(commune, form);
		Official official = this.officials
			.saveAndFlush(new Official(commune.id(), nameOf(form), form.title(), form.departmentId(), form.areaId()));
		this.audit.record("official.created", "official", official.getId(), commune.code(), null, official.toView());
		return official.toView();
	}

	OfficialView changeOfficial(CommuneInfo commune, long id, OfficialForm form) {
		Official official = findOfficial(commune, id);
		checkVersion(official.getVersion(), form.version());
		checkReferences(commune, form);
		OfficialView before = official.toView();
		official.update(nameOf(form), form.title(), form.departmentId(), form.areaId());
		guarded(this.officials::flush);
		this.audit.record("official.changed", "official", id, commune.code(), before, official.toView());
		return official.toView();
	}

	private static PersonName nameOf(OfficialForm form) {
		return new PersonName(form.family(), (form.middle() != null) ? form.middle() : "", form.given());
	}

	/** A department or area posted from a form must belong to the same commune. */
	private void checkReferences(CommuneInfo commune, OfficialForm form) {
		if (form.departmentId() != null) {
			findDepartment(commune, form.departmentId());
		}
		if (form.areaId() != null) {
			findArea(commune, form.areaId());
		}
	}

	private Area findArea(CommuneInfo commune, long id) {
		return this.areas.findByIdAndCommuneId(id, commune.id()).orElseThrow(NotFoundException::new);
	}

	private Department findDepartment(CommuneInfo commune, long id) {
		return this.departments.findByIdAndCommuneId(id, commune.id()).orElseThrow(NotFoundException::new);
	}

	private Official findOfficial(CommuneInfo commune, long id) {
		return this.officials.findByIdAndCommuneId(id, commune.id()).orElseThrow(NotFoundException::new);
	}

	/**
	 * Runs a write whose flush may meet another user's commit: a newer version is a stale
	 * edit, a code taken meanwhile a duplicate code, both told to the user beside the
	 * form.
	 */
	static <T> T guarded(Supplier<T> write) {
		try {
			return write.get();
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleEditException();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DuplicateCodeException();
		}
	}

	static void guarded(Runnable write) {
		guarded(() -> {
			write.run();
			return null;
		});
	}

	static void checkVersion(int current, Integer edited) {
		if (edited == null || edited != current) {
			throw new StaleEditException();
		}
	}

}
