package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.doithoai.audit.AuditTrail;
import vn.doithoai.organization.CommuneInfo;
import vn.doithoai.system.NotFoundException;
import vn.doithoai.system.StaleEditException;

/** The use cases of a yearly plan: draft, edit, approve (numbered), publish. */
@Service
class Plans {

	static final String SUBJECT = "plan";

	private final PlanRepository plans;

	private final PlanNumbering numbering;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Plans(PlanRepository plans, PlanNumbering numbering, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.plans = plans;
		this.numbering = numbering;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a draft; the same request key twice (a double click) gives the same plan.
	 */
	@Transactional
	long create(CommuneInfo commune, int year, Plan.Content content, String requestKey) {
		Optional<Long> existing = (requestKey != null) ? this.plans.findByRequestKey(requestKey) : Optional.empty();
		if (existing.isPresent()) {
			return existing.get();
		}
		Plan plan = new Plan(null, commune.id(), year, content, PlanState.DRAFT, null, null, 0);
		long id = this.plans.insert(plan, requestKey);
		this.audit.record("plan.created", SUBJECT, id, commune.code(), null, content);
		return id;
	}

	@Transactional
	void edit(CommuneInfo commune, long id, int year, Plan.Content content, int version) {
		Plan plan = load(commune, id, version);
		this.plans.update(plan.edit(year, content));
		this.audit.record("plan.changed", SUBJECT, id, commune.code(), plan.content(), content);
	}

	/**
	 * The chair approves: the plan gets the next KH number of its issuer and today's
	 * date.
	 */
	@Transactional
	void approve(CommuneInfo commune, long id, int version) {
		Plan plan = load(commune, id, version);
		LocalDate today = LocalDate.now(this.clock);
		String symbol = this.numbering.planNumber(commune, plan, today);
		Plan approved = plan.approve(symbol, today);
		this.plans.update(approved);
		Events.PlanApproved event = new Events.PlanApproved(id, commune.id(), symbol);
		this.audit.record("plan.approved", SUBJECT, id, commune.code(), null, event);
		this.events.publishEvent(event);
	}

	@Transactional
	void publish(CommuneInfo commune, long id, int version) {
		Plan plan = load(commune, id, version);
		this.plans.update(plan.publish());
		Events.PlanPublished event = new Events.PlanPublished(id, commune.id());
		this.audit.record("plan.published", SUBJECT, id, commune.code(), null, event);
		this.events.publishEvent(event);
	}

	@Transactional(readOnly = true)
	Plan plan(CommuneInfo commune, long id) {
		return this.plans.find(commune.id(), id).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	List<Plan> list(CommuneInfo commune) {
		return this.plans.inCommune(commune.id());
	}

	private Plan load(CommuneInfo commune, long id, int version) {
		Plan plan = this.plans.find(commune.id(), id).orElseThrow(NotFoundException::new);
		if (plan.version() != version) {
			throw new StaleEditException();
		}
		return plan;
	}

}
