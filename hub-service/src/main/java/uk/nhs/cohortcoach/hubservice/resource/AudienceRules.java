package uk.nhs.cohortcoach.hubservice.resource;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read what. Programme managers read everything, drafts and archived resources included. Everyone else reads
 * only published resources of their audience: {@code EVERYONE} needs nobody signed in, {@code MEMBERS} anyone signed
 * in, {@code COHORT} a coach or participant of that cohort. What a reader may not read does not exist for them (404).
 */
public final class AudienceRules {

    private AudienceRules() {
    }

    public static boolean mayRead(Reader reader, Resource resource) {
        if (reader.manager()) {
            return true;
        }
        return resource.isPublished() && audienceIncludes(reader, resource.content().audience(), resource.content().cohortId());
    }

    /** Whether a published resource of this audience (and cohort) is for the reader. */
    public static boolean audienceIncludes(Reader reader, Audience audience, String cohortId) {
        return switch (audience) {
            case EVERYONE -> true;
            case MEMBERS -> reader.signedIn();
            case COHORT -> reader.manager() || reader.signedIn() && cohortId != null && reader.cohortIds().contains(cohortId);
        };
    }

    /** The audiences a reader sees whole; {@code COHORT} resources only of {@link Reader#cohortIds()} (unless a manager). */
    public static Set<Audience> wholeAudiences(Reader reader) {
        if (reader.manager()) {
            return EnumSet.allOf(Audience.class);
        }
        return reader.signedIn() ? EnumSet.of(Audience.EVERYONE, Audience.MEMBERS) : EnumSet.of(Audience.EVERYONE);
    }
}
