package io.qrun.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.qrun.application.ErrorCode;
import io.qrun.application.ErrorKind;
import io.qrun.application.QrunException;
import org.junit.jupiter.api.Test;

/**
 * internal_error cannot be provoked over HTTP on purpose (ErrorCodesCoverageTest names it), so its
 * answer is checked here: 500, the trace id in the message, no internals of the exception.
 */
class InternalErrorTest {

    @Test
    void anUnexpectedExceptionIsInternalErrorWithTheTraceAndNoInternals() {
        QrunException answer = UnexpectedExceptionMapper.answer(new IllegalStateException("db password is hunter2"), "t-9");
        assertEquals(ErrorCode.INTERNAL_ERROR, answer.code());
        assertEquals("An unexpected error occurred on the server. Report the trace id t-9 to the operator.",
                answer.getMessage());
        assertEquals(500, ErrorResponses.status(ErrorKind.INTERNAL));
        String body = ErrorResponses.body("t-9", answer.code(), answer.getMessage());
        assertEquals("{\"trace\":\"t-9\",\"error\":\"" + answer.getMessage() + "\",\"errors\":[{\"code\":\"internal_error\","
                + "\"message\":\"" + answer.getMessage() + "\",\"more_info\":\"docs/errors.md#internal_error\"}]}", body);
        assertFalse(body.contains("hunter2"));
    }

    @Test
    void aQrunExceptionWrappedByTheContainerIsAnsweredAsItself() {
        QrunException cause = new QrunException(ErrorCode.JOB_NOT_FOUND, "Job x does not exist.");
        assertSame(cause, UnexpectedExceptionMapper.answer(new RuntimeException("EJB wrapper", cause), "t-1"));
    }

    @Test
    void aStatusWithoutItsOwnCodeGetsTheCatalogues() {
        assertEquals(ErrorCode.INTERNAL_ERROR, ErrorResponses.codeFor(503));
        assertEquals(ErrorCode.BAD_REQUEST, ErrorResponses.codeFor(400));
        assertEquals(ErrorCode.BAD_REQUEST, ErrorResponses.codeFor(413));
        assertEquals(ErrorCode.FORBIDDEN, ErrorResponses.codeFor(403));
    }
}
