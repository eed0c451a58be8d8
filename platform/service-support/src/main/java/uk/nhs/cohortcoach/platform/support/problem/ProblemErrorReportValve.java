package uk.nhs.cohortcoach.platform.support.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's last word, for a request refused before it reaches the application (a path that is not
 * valid percent-encoded UTF-8, a malformed request line): a problem document like every other
 * error, instead of Tomcat's HTML page naming its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        ProblemKind kind = ProblemKind.forStatus(code)
                .orElse(code.is5xxServerError() ? ProblemKind.INTERNAL_ERROR : ProblemKind.BAD_REQUEST);
        String detail = code.is5xxServerError() ? ProblemKind.INTERNAL_ERROR.defaultDetail()
                : "The request could not be read: its address or headers are not valid.";
        // every part is one of this platform's constants: nothing from the request is echoed
        String json = "{\"type\":\"" + kind.type() + "\",\"title\":\"" + kind.title()
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the connection is gone or the response already started: nothing more to say
        }
    }
}
