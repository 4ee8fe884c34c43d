package io.qrun.api.error;

import io.qrun.application.ErrorCode;
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
        ErrorCode errorCode = ErrorResponses.codeFor(status);
        String message;
        if (errorCode == ErrorCode.NOT_FOUND) {
            message = "No resource at " + path + ". The API is under /api/v1 (see README).";
        } else if (errorCode == ErrorCode.INTERNAL_ERROR) {
            message = "The server could not handle " + path + ".";
        } else {
            message = "The request to " + path + " failed with HTTP status " + status + ".";
        }
        String body = ErrorResponses.body(ErrorResponses.newTrace(), errorCode, message).toString();
        resp.setStatus(status);
        resp.setContentType("application/json");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getWriter().write(body);
    }
}
