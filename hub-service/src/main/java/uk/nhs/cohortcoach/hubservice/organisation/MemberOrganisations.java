package uk.nhs.cohortcoach.hubservice.organisation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import uk.nhs.cohortcoach.platform.support.problem.DuplicateException;

/** The member organisations: listed by name, looked up by ODS code (ignoring case), added by programme managers. */
@Service
public class MemberOrganisations {

    private final MongoTemplate mongo;

    MemberOrganisations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<MemberOrganisation> list() {
        return mongo.findAll(MemberOrganisation.class).stream()
                .sorted(Comparator.comparing((MemberOrganisation o) -> o.name().toLowerCase(Locale.ROOT)).thenComparing(MemberOrganisation::odsCode))
                .toList();
    }

    /** Every member organisation by ODS code. */
    public Map<String, MemberOrganisation> byCode() {
        return mongo.findAll(MemberOrganisation.class).stream()
                .collect(Collectors.toMap(MemberOrganisation::odsCode, Function.identity()));
    }

    public Optional<MemberOrganisation> find(String odsCode) {
        return odsCode == null || odsCode.isBlank() ? Optional.empty()
                : Optional.ofNullable(mongo.findById(normalised(odsCode), MemberOrganisation.class));
    }

    public MemberOrganisation add(MemberOrganisation organisation) {
        MemberOrganisation normalised = new MemberOrganisation(normalised(organisation.odsCode()), organisation.name().trim(),
                organisation.sector(), organisation.region().trim());
        if (find(normalised.odsCode()).isPresent()) {
            throw duplicate(normalised.odsCode());
        }
        try {
            return mongo.insert(normalised);
        } catch (DuplicateKeyException e) {
            throw duplicate(normalised.odsCode());
        }
    }

    public static String normalised(String odsCode) {
        return odsCode.trim().toUpperCase(Locale.ROOT);
    }

    private static DuplicateException duplicate(String odsCode) {
        return new DuplicateException("A member organisation with the ODS code " + odsCode + " already exists.", "odsCode",
                "A member organisation with this ODS code already exists", odsCode);
    }
}
