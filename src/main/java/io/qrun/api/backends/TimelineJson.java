package io.qrun.api.backends;

import io.qrun.application.backends.TimelineEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /backends/{name}/timeline}: one object per QPU occupancy interval. The ids are
 * optional fields: absent for calibrations, and for another instance's intervals (which the
 * timeline service already strips); {@code end} is null while an interval is still open.
 */
public final class TimelineJson {

    private TimelineJson() {}

    public static List<Object> timeline(List<TimelineEntry> entries) {
        List<Object> json = new ArrayList<>();
        for (TimelineEntry e : entries) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("start", e.start());
            item.put("end", e.end());
            item.put("kind", e.kind());
            putIfPresent(item, "job_id", e.jobId());
            putIfPresent(item, "session_id", e.sessionId());
            putIfPresent(item, "mode", e.mode());
            putIfPresent(item, "instance", e.instance());
            json.add(item);
        }
        return json;
    }

    private static void putIfPresent(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value);
        }
    }
}
