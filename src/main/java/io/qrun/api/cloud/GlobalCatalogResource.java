package io.qrun.api.cloud;

import io.qrun.api.json.JsonResponses;
import io.qrun.application.discovery.InstanceDiscovery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /global-catalog/{id}} (GLOBAL_CATALOG_URL = .../api/v1/global-catalog): IBM Global
 * Catalog's entry of a plan, as the Qiskit client reads it: {@code overview_ui.en.display_name}
 * (lower-cased, the instance's plan name, matched against {@code plans_preference}) and
 * {@code metadata.pricing.type} (how it orders instances when none is named). Query parameters
 * such as {@code include} or {@code complete} change nothing: the entry is always whole.
 */
@Path("global-catalog/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GlobalCatalogResource {

    @Inject
    InstanceDiscovery discovery;

    @GET
    public Response entry(@PathParam("id") String id) {
        InstanceDiscovery.PlanEntry p = discovery.plan(id);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("name", p.name());
        json.put("kind", "plan");
        json.put("active", true);
        json.put("overview_ui", Map.of("en", Map.of("display_name", p.displayName(),
                "description", "Qrun " + p.name() + " plan")));
        json.put("metadata", Map.of("pricing", Map.of("type", p.pricingType())));
        return JsonResponses.ok(json);
    }
}
