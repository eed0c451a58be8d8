/** Browser tests: the real platform started by {@code ./run-local}, driven in headless Chromium, every page scanned with axe-core. */
package uk.nhs.cohortcoach.localstack.browser;
