package uk.nhs.cohortcoach.platform.support.testapp;

import org.springframework.data.mongodb.repository.MongoRepository;

interface WidgetRepository extends MongoRepository<Widget, Long> {
}
