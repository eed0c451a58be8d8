package uk.nhs.cohortcoach.notificationservice.person;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Looks people up in the read model. */
@Component
public class PersonDirectory {

    private final MongoTemplate mongo;

    PersonDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The ids of the people whose name or email contains {@code text}, ignoring case (at most {@code limit}). The text is
     * taken literally: quoted, so nothing in it is a pattern to MongoDB. Reads only the ids. The people read model is one
     * small collection (the programme's people), read through; the messages are then found by their indexed recipient.
     */
    public List<String> idsMatching(String text, int limit) {
        String literal = literal(text);
        Query query = Query.query(new Criteria().orOperator(Criteria.where("name").regex(literal, "i"),
                Criteria.where("email").regex(literal, "i"))).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Person.class).stream().map(Person::id).toList();
    }

    /**
     * The text as a regular expression that matches only itself: every character that is not a letter or a digit is
     * escaped with a backslash, which in MongoDB's (PCRE) patterns always stands for the character itself.
     */
    static String literal(String text) {
        StringBuilder pattern = new StringBuilder(text.length() * 2);
        text.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c)) {
                pattern.append('\\');
            }
            pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }

    /** The person, or empty when cohort-service has not told us about them (yet). */
    public Optional<Person> find(String personId) {
        return Optional.ofNullable(mongo.findById(personId, Person.class));
    }
}
