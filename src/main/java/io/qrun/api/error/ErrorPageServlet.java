package io.qrun.api.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's error page (web.xml): answers errors raised outside JAX-RS, such as a path that
 * matches no servlet, with the API's JSON error body, so a client never has to parse HTML.
 */
@WebServlet("/error")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? req.getRequestURI() : uri.toString();
        String body;
        if (status == 404) {
            body = ErrorResponses.body(ErrorResponses.newTrace(), "not_found",
                    "No resource at " + path + ". The API is under /api/v1 (see README).").toString();
        } else if (status >= 500) {
            body = ErrorResponses.body(ErrorResponses.newTrace(), "internal_error",
                    "The server could not handle " + path + ".").toString();
        } else {
            body = ErrorResponses.body(ErrorResponses.newTrace(), "http_" + status,
                    "The request to " + path + " failed with HTTP status " + status + ".").toString();
        }
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getWriter().write(body);
    }
}
