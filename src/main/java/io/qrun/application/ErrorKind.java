package io.qrun.application;

/**
 * What sort of failure an error code is, independent of the protocol: the API maps each kind to
 * one HTTP status (api.error.ErrorResponses), batch steps and timers read the kind to decide
 * whether a failure is the client's input or the server's fault.
 */
public enum ErrorKind {
    /** The request's input is wrong: fix it and send it again. */
    INVALID,
    /** No credentials, or credentials that are not valid. */
    UNAUTHENTICATED,
    /** Valid credentials without the right to do this. */
    FORBIDDEN,
    /** No such thing, or one the caller may not see. */
    NOT_FOUND,
    /** The request method does not apply to the resource. */
    METHOD_NOT_ALLOWED,
    /** The answer cannot be given in the media type the caller accepts. */
    NOT_ACCEPTABLE,
    /** The request body is in a media type the resource does not read. */
    UNSUPPORTED_MEDIA_TYPE,
    /** The thing exists but its state does not allow this now. */
    CONFLICT,
    /** A fault of the server. */
    INTERNAL
}
