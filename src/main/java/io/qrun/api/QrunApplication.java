package io.qrun.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API root: every resource lives under {@code /api/v1} (the WAR's context root is {@code /}),
 * mirroring the base path of the service Qrun imitates. Resources and providers are discovered by
 * scanning, so this class declares nothing else.
 */
@ApplicationPath("/api/v1")
public class QrunApplication extends Application {
}
