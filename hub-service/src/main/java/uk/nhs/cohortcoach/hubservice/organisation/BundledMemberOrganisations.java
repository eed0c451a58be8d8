package uk.nhs.cohortcoach.hubservice.organisation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * On start, adds each organisation of the bundled {@value #FILE} (ODS code, name, sector, NHS region: provider
 * trusts and integrated care boards in England) that is not there yet; organisations already stored, and those
 * programme managers added, are left as they are.
 */
@Component
@Order(10) // before anything that needs the organisations (the demo data)
class BundledMemberOrganisations implements ApplicationRunner {

    static final String FILE = "member-organisations.csv";
    private static final Logger log = LoggerFactory.getLogger(BundledMemberOrganisations.class);

    private final MongoTemplate mongo;

    BundledMemberOrganisations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> present = mongo.findAll(MemberOrganisation.class).stream().map(MemberOrganisation::odsCode).collect(Collectors.toSet());
        List<MemberOrganisation> missing = read().stream().filter(o -> !present.contains(o.odsCode())).toList();
        if (!missing.isEmpty()) {
            mongo.insertAll(missing);
            log.info("added {} member organisations from {}", missing.size(), FILE);
        }
    }

    /** The bundled organisations, in file order. */
    static List<MemberOrganisation> read() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<MemberOrganisation> organisations = new ArrayList<>();
            for (CSVRecord record : parser) {
                organisations.add(new MemberOrganisation(record.get("ods_code"), record.get("name"),
                        Sector.valueOf(record.get("sector")), record.get("region")));
            }
            return organisations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
