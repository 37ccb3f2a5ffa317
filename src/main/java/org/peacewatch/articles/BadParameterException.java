package org.peacewatch.articles;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A query parameter we cannot accept: answers 400 problem+json naming the parameter. */
public class BadParameterException extends ErrorResponseException {

    public BadParameterException(String parameter, String reason) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, reason), null);
    }

    private static ProblemDetail problem(String parameter, String reason) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Parameter '%s' %s.".formatted(parameter, reason));
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
