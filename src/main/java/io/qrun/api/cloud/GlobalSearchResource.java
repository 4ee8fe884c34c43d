package io.qrun.api.cloud;

import io.qrun.api.json.JsonResponses;
import io.qrun.api.json.RequestJson;
import io.qrun.application.InputErrors;
import io.qrun.application.accounts.Caller;
import io.qrun.application.discovery.InstanceDiscovery;
import io.qrun.application.discovery.InstanceDiscovery.InstanceEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /global-search/v3/resources/search} (GLOBAL_SEARCH_URL = .../api/v1/global-search):
 * IBM Global Search as the Qiskit client asks it, {@code {"query": "service_name:quantum-computing",
 * "fields": ["crn", "service_plan_unique_id", "name", "doc", "tags"]}} with {@code ?limit=100},
 * answered with the caller's instances. The client keeps an item only when {@code doc.extensions} is
 * set and looks its plan up in the catalog by {@code service_plan_unique_id}. Only that one query
 * is understood (Qrun has no other resources to search); the client pages while the answer carries
 * a {@code search_cursor}, so one is given only when more items remain.
 */
@Path("global-search/v3/resources/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GlobalSearchResource {

    static final String QUERY = "service_name:quantum-computing";
    /** IBM's default page size and its largest. */
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 1000;
    /** What IBM returns when no fields are asked for. */
    static final List<String> DEFAULT_FIELDS = List.of("crn", "name", "family", "type", "account_id");

    @Inject
    Caller caller;

    @Inject
    InstanceDiscovery discovery;

    @POST
    public Response search(@QueryParam("limit") String limitParam, String body) {
        RequestJson request = RequestJson.parse(body, true).allowOnly(Set.of("query", "fields", "search_cursor"));
        int limit = limit(limitParam);
        int offset = request.optionalString("search_cursor").map(GlobalSearchResource::offsetOf).orElse(0);
        String query = request.optionalString("query").map(String::trim).orElse(QUERY);
        if (!QUERY.equals(query)) {
            throw InputErrors.invalidField("query", "Qrun answers the one query the Qiskit client sends, '" + QUERY
                    + "' (its quantum instances); '" + query + "' is not supported.");
        }
        List<String> fields = request.optionalStringList("fields").orElse(DEFAULT_FIELDS);
        List<InstanceEntry> all = discovery.instancesOf(caller);
        List<Object> items = new ArrayList<>();
        for (InstanceEntry e : all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()))) {
            items.add(item(e, fields));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("items", items);
        json.put("limit", limit);
        if (offset + limit < all.size()) {
            json.put("search_cursor", cursorOf(offset + limit));
        }
        return JsonResponses.ok(json);
    }

    /** The item with the requested fields only ({@code *} for all), {@code crn} always, as IBM does. */
    static Map<String, Object> item(InstanceEntry e, List<String> fields) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("crn", e.crn());
        all.put("name", e.name());
        all.put("family", "resource_controller");
        all.put("type", "resource-instance");
        all.put("account_id", "qrun");
        all.put("service_name", "quantum-computing");
        all.put("service_plan_unique_id", e.planId());
        all.put("region", "local");
        all.put("tags", List.of());
        Map<String, Object> qrun = new LinkedHashMap<>();
        qrun.put("instance_id", e.id());
        qrun.put("plan", e.plan().id());
        qrun.put("usage_limit_seconds", e.usageLimitSeconds());
        // the client skips instances without extensions (IBM: instances with no backend allocation)
        all.put("doc", Map.of("extensions", Map.of("qrun", qrun)));
        if (fields.contains("*")) {
            return all;
        }
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("crn", e.crn());
        for (String f : fields) {
            if (all.containsKey(f)) {
                item.put(f, all.get(f));
            }
        }
        return item;
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InputErrors.invalidQueryParameter("limit", value, "an integer from 1 to " + MAX_LIMIT);
    }

    static String cursorOf(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("offset:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int offsetOf(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith("offset:")) {
                int n = Integer.parseInt(text.substring("offset:".length()));
                if (n >= 0) {
                    return n;
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below (NumberFormatException is one)
        }
        throw InputErrors.invalidField("search_cursor", "is not a cursor of an earlier answer; send the search_cursor"
                + " exactly as the previous page gave it, or leave it out for the first page.");
    }
}
