package uk.nhs.cohortcoach.hubservice.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member organisation, identified by its ODS code (upper case), with its name, sector and NHS region. */
@Document("member_organisations")
public record MemberOrganisation(@Id String odsCode, String name, Sector sector, String region) {
}
