package io.qrun.api.usage;

import io.qrun.application.usage.UsageView;
import java.util.LinkedHashMap;
import java.util.Map;

/** The usage object of {@code GET /instances/usage}, with the field names of the service Qrun mirrors. */
public final class UsageJson {

    private UsageJson() {}

    public static Map<String, Object> usage(UsageView u) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("start_time", u.periodStart());
        period.put("end_time", u.periodEnd());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("instance_id", u.instanceId());
        json.put("plan_id", u.planId());
        json.put("usage_consumed_seconds", u.consumedSeconds());
        json.put("usage_period", period);
        json.put("usage_allocation_seconds", u.allocationSeconds());
        json.put("usage_limit_seconds", u.limitSeconds());
        json.put("usage_remaining_seconds", u.remainingSeconds());
        json.put("usage_limit_reached", u.limitReached());
        return json;
    }
}
