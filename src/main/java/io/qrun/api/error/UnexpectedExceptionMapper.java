package io.qrun.api.error;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: anything no other mapper handles. An QrunException wrapped by a container layer
 * (EJBException, TransactionalException, CompletionException) is unwrapped and answered as itself;
 * everything else is a server fault: 500 with a trace id that is logged together with the stack
 * trace, and no internals in the body.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QrunException) {
                break;
            }
            if (t instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
        }
        String trace = ErrorResponses.newTrace();
        QrunException answer = answer(e, trace);
        if (answer.code() == ErrorCode.INTERNAL_ERROR) {
            LOG.log(Level.SEVERE, "trace " + trace + ": unexpected error", e);
        }
        return ErrorResponses.response(trace, answer.code(), answer.getMessage());
    }

    /** The QrunException inside {@code e}, or internal_error whose message names only the trace. */
    static QrunException answer(Throwable e, String trace) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof QrunException known) {
                return known;
            }
        }
        return new QrunException(ErrorCode.INTERNAL_ERROR, ErrorResponses.internalErrorMessage(trace));
    }
}
