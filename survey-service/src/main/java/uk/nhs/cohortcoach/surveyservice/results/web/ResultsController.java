package uk.nhs.cohortcoach.surveyservice.results.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.cohortcoach.platform.support.security.Viewer;
import uk.nhs.cohortcoach.surveyservice.results.Results;
import uk.nhs.cohortcoach.surveyservice.results.ResultsCsv;
import uk.nhs.cohortcoach.surveyservice.results.WaveComments;
import uk.nhs.cohortcoach.surveyservice.results.WaveResults;

/** Results of a wave, its trend, the CSV export and (programme managers) its comments. */
@RestController
@RequestMapping("/api/waves/{waveId}")
public class ResultsController {

    private static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Results results;

    public ResultsController(Results results) {
        this.results = results;
    }

    @GetMapping(path = "/results", produces = MediaType.APPLICATION_JSON_VALUE)
    public WaveResults results(@PathVariable String waveId) {
        return results.forWave(waveId, Viewer.current());
    }

    /** Without {@code collaborativeId}: the cohort group. */
    @GetMapping(path = "/results/trend", produces = MediaType.APPLICATION_JSON_VALUE)
    public WaveResults.Trend trend(@PathVariable String waveId, @RequestParam(required = false) String collaborativeId) {
        return results.trend(waveId, collaborativeId, Viewer.current());
    }

    /** Programme managers: the comments of each collaborative whose figures are shown, in random order. */
    @GetMapping(path = "/comments", produces = MediaType.APPLICATION_JSON_VALUE)
    public WaveComments comments(@PathVariable String waveId) {
        return results.comments(waveId, Viewer.current());
    }

    @GetMapping(path = "/comments.csv")
    public ResponseEntity<String> commentsCsv(@PathVariable String waveId) {
        return csv(ResultsCsv.comments(results.comments(waveId, Viewer.current())), "wave-" + waveId + "-comments.csv");
    }

    @GetMapping(path = "/results.csv")
    public ResponseEntity<String> csv(@PathVariable String waveId) {
        return csv(ResultsCsv.write(results.forWave(waveId, Viewer.current())), "wave-" + waveId + "-results.csv");
    }

    private static ResponseEntity<String> csv(String body, String filename) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
