package io.qrun.application.backends;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;

/** The one answer for a backend name that names none, whichever endpoint is asked (jobs, backends, admin). */
public final class BackendNotFound {

    private BackendNotFound() {
    }

    public static QrunException of(String name) {
        return new QrunException(ErrorCode.BACKEND_NOT_FOUND,
                "Backend " + name + " does not exist: GET /api/v1/backends lists the available backends.");
    }
}
