package uk.nhs.cohortcoach.surveyservice.respond;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Someone holding every collection of the survey database and every record of the survey topic,
 * trying to say which person gave which stored response. It never looks at what was answered (the
 * answers and comments are what it wants to attribute), only at everything around them: where and in
 * which order responses are stored, their ids, times, role, the documents and lists they share, and
 * every id and time the invitations and events carry.
 *
 * <p>A "response record" is any document or sub-document, anywhere in the database, with an
 * {@code answers} map. For each of a wave's collaboratives it guesses a person for every record with
 * each strategy; the caller scores the guesses against what it knows really happened.
 */
final class LinkageAdversary {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One response found in the database, with where it was found. */
    record Found(String collection, int scanOrder, Document top, Document self) {

        String field(String name) {
            Object value = self.get(name);
            if (value == null && self != top) {
                value = top.get(name);
            }
            return value == null ? null : String.valueOf(value);
        }

        String ownId() {
            if (self == top) {
                return String.valueOf(top.get("_id"));
            }
            for (String name : List.of("_id", "id", "responseId", "responseKey", "key")) {
                if (self.get(name) != null) {
                    return String.valueOf(self.get(name));
                }
            }
            return null;
        }
    }

    /** An invitee of the wave, as the adversary can reconstruct them. */
    record Person(String personId, String invitationId, String role, Set<String> ids) {
    }

    private final Map<String, List<Document>> database;
    private final List<ConsumerRecord<String, String>> events;
    private final List<Found> found = new ArrayList<>();

    /**
     * @param database every collection of the survey database, each in natural (scan) order
     * @param events   every record of the survey topic, in offset order
     */
    LinkageAdversary(Map<String, List<Document>> database, List<ConsumerRecord<String, String>> events) {
        this.database = database;
        this.events = events;
        int order = 0;
        for (Map.Entry<String, List<Document>> collection : database.entrySet()) {
            for (Document top : collection.getValue()) {
                order = collect(collection.getKey(), top, top, order);
            }
        }
    }

    /** Every response record of the wave and collaborative, in scan order. */
    List<Found> responses(String waveId, String collaborativeId) {
        return found.stream().filter(f -> waveId.equals(f.field("waveId")) && collaborativeId.equals(f.field("collaborativeId")))
                .toList();
    }

    /**
     * For every strategy, a guess (person id, or null) for each of the collaborative's response
     * records, in the order of {@link #responses}.
     */
    Map<String, List<String>> guess(String waveId, String collaborativeId) {
        List<Found> records = responses(waveId, collaborativeId);
        List<Person> submitters = submittersInOrder(waveId, collaborativeId);
        Map<String, List<String>> guesses = new LinkedHashMap<>();
        guesses.put("same document as a person", sameDocument(records, submitters));
        guesses.put("shared id or value with an invitation or event", sharedValue(records, submitters));
        guesses.put("scan order = submission order", zip(records, submitters, Comparator.comparingInt(Found::scanOrder)));
        guesses.put("reverse scan order = submission order", zip(records, submitters,
                Comparator.comparingInt(Found::scanOrder).reversed()));
        guesses.put("response id order = submission order", zip(records, submitters,
                Comparator.comparing(f -> Objects.toString(f.ownId(), ""))));
        guesses.put("reverse response id order = submission order", zip(records, submitters,
                Comparator.comparing((Found f) -> Objects.toString(f.ownId(), "")).reversed()));
        guesses.put("position in an id list = submission order", zip(records, submitters, keyListOrder(records)));
        guesses.put("time on the response = submission order", records.stream().anyMatch(r -> earliestTime(r) != null)
                ? zip(records, submitters, Comparator.comparing(LinkageAdversary::earliestTime,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                : java.util.Collections.nCopies(records.size(), null));
        return guesses;
    }

    /** How many of the records a random guess among the people the role leaves possible gets right, on average. */
    double chance(String waveId, String collaborativeId) {
        List<Found> records = responses(waveId, collaborativeId);
        List<Person> submitters = submittersInOrder(waveId, collaborativeId);
        return records.stream().mapToDouble(f -> 1.0 / Math.max(1, candidates(f, records, submitters).size())).sum();
    }

    /** The people who could have given the record, judging by its role category alone. */
    List<Person> candidates(Found record, List<Found> records, List<Person> submitters) {
        Set<String> labelled = new HashSet<>();
        records.forEach(r -> {
            String role = r.field("roleCategory");
            if (role != null && !"OTHER".equals(role)) {
                labelled.add(role);
            }
        });
        String role = record.field("roleCategory");
        List<Person> possible = role != null && labelled.contains(role)
                ? submitters.stream().filter(p -> role.equals(p.role())).toList()
                : submitters.stream().filter(p -> !labelled.contains(p.role())).toList();
        return possible.isEmpty() ? submitters : possible;
    }

    /**
     * The wave's submitters in the collaborative, in the order they submitted as the topic shows it
     * (the envelope's {@code occurredAt}, then the record's timestamp and offset), each with every id the
     * database and the events tie to them.
     */
    List<Person> submittersInOrder(String waveId, String collaborativeId) {
        Map<String, Person> byInvitation = new LinkedHashMap<>();
        for (Document invitation : database.getOrDefault("invitations", List.of())) {
            if (waveId.equals(invitation.getString("waveId")) && collaborativeId.equals(invitation.getString("collaborativeId"))) {
                Set<String> ids = new HashSet<>();
                strings(invitation, ids);
                String id = String.valueOf(invitation.get("_id"));
                byInvitation.put(id, new Person(invitation.getString("personId"), id, invitation.getString("leadershipRole"), ids));
            }
        }
        List<ConsumerRecord<String, String>> submitted = new ArrayList<>();
        for (ConsumerRecord<String, String> record : events) {
            JsonNode event = JSON.readTree(record.value());
            if (waveId.equals(record.key()) && "ResponseSubmitted".equals(event.path("type").asString())) {
                submitted.add(record);
            }
            if (waveId.equals(record.key())) {
                String invitationId = event.at("/payload/invitationId").asString(null);
                Person person = invitationId == null ? null : byInvitation.get(invitationId);
                if (person != null) {
                    collectJsonStrings(event, person.ids());
                }
            }
        }
        Map<String, Integer> holders = new HashMap<>();
        byInvitation.values().forEach(p -> p.ids().forEach(id -> holders.merge(id, 1, Integer::sum)));
        byInvitation.values().forEach(p -> p.ids().removeIf(id -> holders.get(id) > 1)); // only what singles a person out
        submitted.sort(Comparator.comparing((ConsumerRecord<String, String> r) -> java.time.Instant.parse(
                        JSON.readTree(r.value()).path("occurredAt").asString("1970-01-01T00:00:00Z")))
                .thenComparingLong(ConsumerRecord::timestamp).thenComparingLong(ConsumerRecord::offset));
        List<Person> inOrder = new ArrayList<>();
        for (ConsumerRecord<String, String> record : submitted) {
            Person person = byInvitation.get(JSON.readTree(record.value()).at("/payload/invitationId").asString(""));
            if (person != null && !inOrder.contains(person)) {
                inOrder.add(person);
            }
        }
        return inOrder;
    }

    private List<String> sameDocument(List<Found> records, List<Person> submitters) {
        return records.stream().map(f -> {
            String personId = f.top().getString("personId");
            return submitters.stream().anyMatch(p -> p.personId().equals(personId)) ? personId : null;
        }).toList();
    }

    private List<String> sharedValue(List<Found> records, List<Person> submitters) {
        return records.stream().map(f -> {
            Set<String> values = new HashSet<>();
            strings(withoutContent(f.self()), values);
            if (f.self() != f.top()) {
                f.top().forEach((name, value) -> {
                    if (!(value instanceof List<?>) && !(value instanceof Document)) {
                        values.add(String.valueOf(value));
                    }
                });
            }
            values.remove(f.field("waveId"));
            values.remove(f.field("collaborativeId"));
            values.remove(f.field("roleCategory"));
            return submitters.stream().filter(p -> p.ids().stream().anyMatch(values::contains)).map(Person::personId)
                    .findFirst().orElse(null);
        }).toList();
    }

    /** Orders records by where their ids stand in any list of strings in the database holding two or more of them. */
    private Comparator<Found> keyListOrder(List<Found> records) {
        Map<String, Integer> position = new HashMap<>();
        Set<String> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.ownId()));
        database.values().forEach(documents -> documents.forEach(document -> lists(document, list -> {
            long hits = list.stream().filter(ids::contains).count();
            if (hits >= 2 && position.isEmpty()) {
                for (int i = 0; i < list.size(); i++) {
                    position.putIfAbsent(String.valueOf(list.get(i)), i);
                }
            }
            return null;
        })));
        return Comparator.comparingInt((Found f) -> position.getOrDefault(f.ownId(), Integer.MAX_VALUE))
                .thenComparingInt(Found::scanOrder);
    }

    /** Pairs the i-th record of each role group, in the given order, with the i-th person of that group to submit. */
    private List<String> zip(List<Found> records, List<Person> submitters, Comparator<Found> order) {
        Map<Found, String> guess = new HashMap<>();
        Map<List<Person>, List<Found>> groups = new LinkedHashMap<>();
        for (Found record : records) {
            groups.computeIfAbsent(candidates(record, records, submitters), k -> new ArrayList<>()).add(record);
        }
        groups.forEach((people, group) -> {
            List<Found> sorted = group.stream().sorted(order).toList();
            for (int i = 0; i < sorted.size() && i < people.size(); i++) {
                guess.put(sorted.get(i), people.get(i).personId());
            }
        });
        return records.stream().map(guess::get).toList();
    }

    private static Date earliestTime(Found record) {
        List<Date> times = new ArrayList<>();
        dates(record.self(), times);
        if (record.self() != record.top()) {
            record.top().values().stream().filter(Date.class::isInstance).map(Date.class::cast).forEach(times::add);
        }
        return times.stream().min(Comparator.naturalOrder()).orElse(null);
    }

    private int collect(String collection, Document top, Object value, int order) {
        if (value instanceof Document document) {
            if (document.get("answers") instanceof Document answers && !answers.isEmpty()) {
                found.add(new Found(collection, order++, top, document));
            }
            for (Object child : document.values()) {
                order = collect(collection, top, child, order);
            }
        } else if (value instanceof List<?> list) {
            for (Object child : list) {
                order = collect(collection, top, child, order);
            }
        }
        return order;
    }

    private static Document withoutContent(Document response) {
        Document copy = new Document(response);
        copy.remove("answers");
        copy.remove("comments");
        return copy;
    }

    private static void strings(Object value, Set<String> into) {
        if (value instanceof Document document) {
            document.values().forEach(child -> strings(child, into));
        } else if (value instanceof List<?> list) {
            list.forEach(child -> strings(child, into));
        } else if (value != null && !(value instanceof Boolean) && !(value instanceof Number)) {
            into.add(String.valueOf(value));
        }
    }

    private static void collectJsonStrings(JsonNode node, Set<String> into) {
        if (node.isObject() || node.isArray()) {
            node.values().forEach(child -> collectJsonStrings(child, into));
        } else if (node.isString()) {
            into.add(node.asString());
        }
    }

    private static void dates(Object value, List<Date> into) {
        if (value instanceof Document document) {
            document.values().forEach(child -> dates(child, into));
        } else if (value instanceof List<?> list) {
            list.forEach(child -> dates(child, into));
        } else if (value instanceof Date date) {
            into.add(date);
        }
    }

    private static void lists(Object value, Function<List<?>, Void> visit) {
        if (value instanceof Document document) {
            document.values().forEach(child -> lists(child, visit));
        } else if (value instanceof List<?> list) {
            if (!list.isEmpty() && list.stream().allMatch(String.class::isInstance)) {
                visit.apply(list);
            }
            list.forEach(child -> lists(child, visit));
        }
    }
}
