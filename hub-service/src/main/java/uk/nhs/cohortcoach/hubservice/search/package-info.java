/**
 * Full-text search over published resources that works on real MongoDB and on the Mongo wire server alike (which has
 * no {@code $text}): English analysis with Lucene ({@link uk.nhs.cohortcoach.hubservice.search.TermAnalyzer}), a term
 * index kept in MongoDB and read only by {@code _id} ({@link uk.nhs.cohortcoach.hubservice.search.SearchIndex}), and
 * BM25F ranking over the weighted fields ({@link uk.nhs.cohortcoach.hubservice.search.Bm25Calculator}).
 */
package uk.nhs.cohortcoach.hubservice.search;
