package vn.doithoai.organization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.organization.Forms.CommuneForm;
import vn.doithoai.organization.Forms.FieldForm;
import vn.doithoai.system.DuplicateCodeException;
import vn.doithoai.system.NotFoundException;

/** Deployment-wide data kept by the administrator: communes and the list of fields. */
@Service
@Transactional
class CommuneAdministration {

	private final ProvinceRepository provinces;

	private final CommuneRepository communes;

	private final FieldRepository fields;

	private final AuditTrail audit;

	CommuneAdministration(ProvinceRepository provinces, CommuneRepository communes, FieldRepository fields,
			AuditTrail audit) {
		this.provinces = provinces;
		this.communes = communes;
		this.fields = fields;
		this.audit = audit;
	}

	CommuneInfo addCommune(CommuneForm form) {
		if (this.communes.findByCode(form.code()).isPresent()) {
			throw new DuplicateCodeException();
		}
		Province province = this.provinces.findById(form.provinceCode()).orElseThrow(NotFoundException::new);
		Commune commune = CommuneStructure
			.guarded(() -> this.communes.saveAndFlush(new Commune(form.code(), form.name(), form.kind(), province)));
		this.audit.record("commune.created", "commune", commune.getCode(), commune.getCode(), null, commune.toInfo());
		return commune.toInfo();
	}

	CommuneInfo changeCommune(String code, CommuneForm form) {
		Commune commune = this.communes.findByCode(code).orElseThrow(NotFoundException::new);
		CommuneStructure.checkVersion(commune.getVersion(), form.version());
		Province province = this.provinces.findById(form.provinceCode()).orElseThrow(NotFoundException::new);
		CommuneInfo before = commune.toInfo();
		commune.update(form.name(), form.kind(), province);
		CommuneStructure.guarded(this.communes::flush);
		this.audit.record("commune.changed", "commune", code, code, before, commune.toInfo());
		return commune.toInfo();
	}

	@Transactional(readOnly = true)
	CommuneForm communeForm(String code) {
		Commune commune = this.communes.findByCode(code).orElseThrow(NotFoundException::new);
		return new CommuneForm(commune.getCode(), commune.getName(), commune.getKind(), commune.getProvince().getCode(),
				commune.getVersion());
	}

	@Transactional(readOnly = true)
	FieldView field(long id) {
		return this.fields.findById(id).orElseThrow(NotFoundException::new).toView();
	}

	FieldView addField(FieldForm form) {
		if (this.fields.existsByCode(form.code())) {
			throw new DuplicateCodeException();
		}
		Field field = CommuneStructure
			.guarded(() -> this.fields.saveAndFlush(new Field(form.code(), form.name(), form.position())));
		if (!form.active()) {
			field.update(form.name(), form.position(), false);
			CommuneStructure.guarded(this.fields::flush);
		}
		this.audit.record("field.created", "field", field.getCode(), null, null, field.toView());
		return field.toView();
	}

	FieldView changeField(long id, FieldForm form) {
		Field field = this.fields.findById(id).orElseThrow(NotFoundException::new);
		CommuneStructure.checkVersion(field.getVersion(), form.version());
		FieldView before = field.toView();
		field.update(form.name(), form.position(), form.active());
		CommuneStructure.guarded(this.fields::flush);
		this.audit.record("field.changed", "field", field.getCode(), null, before, field.toView());
		return field.toView();
	}

}
