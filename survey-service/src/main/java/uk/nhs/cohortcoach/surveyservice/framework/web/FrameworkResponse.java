package uk.nhs.cohortcoach.surveyservice.framework.web;

import java.util.List;
import uk.nhs.cohortcoach.surveyservice.framework.Framework;

/** One framework version as the API shows it; send {@code version} back when editing. */
record FrameworkResponse(String frameworkId, int number, String name, boolean frozen, List<Framework.Component> components,
        long version) {

    static FrameworkResponse of(Framework framework) {
        return new FrameworkResponse(framework.frameworkId(), framework.number(), framework.name(), framework.frozen(),
                framework.components(), framework.version() == null ? 0 : framework.version());
    }

    /** In lists: without the statements. */
    record Summary(String frameworkId, int number, String name, boolean frozen, long version) {

        static Summary of(Framework framework) {
            return new Summary(framework.frameworkId(), framework.number(), framework.name(), framework.frozen(),
                    framework.version() == null ? 0 : framework.version());
        }
    }
}
