package io.qrun.api.error;

import io.qrun.application.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page (web.xml): answers errors raised outside JAX-RS, such as a path that
 * matches no servlet, with the API's JSON error body, so a client never has to parse HTML.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? req.getRequestURI() : uri.toString();
        ErrorCode errorCode = ErrorResponses.codeFor(status);
        String trace = ErrorResponses.newTrace();
        String message;
        if (errorCode == ErrorCode.NOT_FOUND) {
            message = ErrorResponses.notFoundMessage(path);
        } else if (errorCode == ErrorCode.INTERNAL_ERROR) {
            LOG.log(Level.SEVERE, "trace " + trace + ": the container answered " + status + " for " + path,
                    (Throwable) req.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            message = ErrorResponses.internalErrorMessage(trace);
        } else {
            message = "The request to " + path + " was refused by the server with HTTP status " + status
                    + ". Check the request line and headers.";
        }
        String body = ErrorResponses.body(trace, errorCode, message);
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getWriter().write(body);
    }
}
