package io.qrun.it.api;

import io.qrun.it.QrunIT;

/**
 * The REST ITs of the Jobs, Backends and Usage sections, on the IT harness ({@link QrunIT}:
 * the built WAR deployed as is, called over HTTP). They talk through {@link ApiClient}, which parses
 * answers with the server's own JSON code so numbers keep their exact values.
 */
public abstract class ApiITBase extends QrunIT {

    protected ApiClient operator() {
        return ApiClient.admin(baseUrl);
    }
}
