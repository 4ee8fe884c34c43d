package io.qrun.application.discovery;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import io.qrun.application.accounts.Caller;
import io.qrun.application.accounts.InstanceCrn;
import io.qrun.domain.instance.Instance;
import io.qrun.domain.instance.InstanceRepository;
import io.qrun.domain.instance.Plan;
import io.qrun.domain.user.User;
import io.qrun.domain.user.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;

/**
 * What the Qiskit client's instance discovery asks (IBM Global Search, then Global Catalog): the
 * instances the caller may use, as CRNs with their plan, and each plan's catalog entry. A user sees
 * the instances it belongs to; an admin, who may act for every instance, sees them all.
 */
@ApplicationScoped
public class InstanceDiscovery {

    static final String PLAN_ID_PREFIX = "qrun-plan-";

    @Inject
    InstanceRepository instances;

    @Inject
    UserRepository users;

    /** One instance as the search lists it. */
    public record InstanceEntry(String crn, String id, String name, String planId, Plan plan, Long usageLimitSeconds) {
    }

    /**
     * One plan as the catalog describes it. {@code pricingType} is one of the values the client
     * orders instances by when none is named (free, trial, paygo, paid, subscription): open is
     * free, premium is paid.
     */
    public record PlanEntry(String id, String name, String displayName, String pricingType) {
    }

    public List<InstanceEntry> instancesOf(Caller caller) {
        User user = users.find(caller.userId()).orElseThrow(() -> new IllegalStateException("authenticated user " + caller.userId() + " is gone"));
        return instances.all().stream()
                .filter(i -> user.isAdmin() || user.belongsTo(i.getId()))
                .map(i -> new InstanceEntry(InstanceCrn.of(i.getId()), i.getId(), i.getName(), planId(i.getPlan()),
                        i.getPlan(), i.getUsageLimitSeconds()))
                .toList();
    }

    public PlanEntry plan(String id) {
        for (Plan p : Plan.values()) {
            if (planId(p).equals(id)) {
                String display = p.id().substring(0, 1).toUpperCase(Locale.ROOT) + p.id().substring(1);
                return new PlanEntry(planId(p), p.id(), display, p == Plan.OPEN ? "free" : "paid");
            }
        }
        throw new QrunException(ErrorCode.CATALOG_ENTRY_NOT_FOUND, "No catalog entry '" + id + "'. Qrun's catalog has its plans only: "
                + planId(Plan.OPEN) + " and " + planId(Plan.PREMIUM) + " (the service_plan_unique_id of each instance the search lists).");
    }

    static String planId(Plan p) {
        return PLAN_ID_PREFIX + p.id();
    }
}
