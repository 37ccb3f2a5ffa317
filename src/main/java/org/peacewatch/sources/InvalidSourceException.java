package org.peacewatch.sources;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A source request with a field we cannot accept; answers 400 naming the field. */
class InvalidSourceException extends ErrorResponseException {

    InvalidSourceException(String field, String reason) {
        super(HttpStatus.BAD_REQUEST, problem(field, reason), null);
    }

    private static ProblemDetail problem(String field, String reason) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "'%s' %s.".formatted(field, reason));
        problem.setProperty("field", field);
        return problem;
    }
}
