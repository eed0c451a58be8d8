package uk.nhs.cohortcoach.localstack.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Every service's OpenAPI document, browsable in one place through the gateway, under its strict CSP. */
class ApiDocsBrowserIT {

    @Test
    void everyServicesApiDocumentIsBrowsableAtOnePlace() throws Exception {
        BrowserStack stack = BrowserStack.get();
        try (Browser browser = Browser.open(stack)) {
            browser.go("/api-docs");
            browser.visible(By.cssSelector(".swagger-ui .information-container .title"));
            Select documents = new Select(browser.visible(By.cssSelector(".swagger-ui .topbar select")));
            assertThat(documents.getOptions()).extracting(option -> option.getText().toLowerCase())
                    .anySatisfy(text -> assertThat(text).contains("cohort"))
                    .anySatisfy(text -> assertThat(text).contains("coaching"))
                    .anySatisfy(text -> assertThat(text).contains("survey"))
                    .anySatisfy(text -> assertThat(text).contains("notification"));
            for (String service : new String[] {"cohort", "coaching", "survey", "notification"}) {
                documents.getOptions().stream().filter(o -> o.getText().toLowerCase().contains(service)).findFirst().orElseThrow().click();
                browser.waiting().until(d -> d.findElements(By.cssSelector(".swagger-ui .opblock-tag")).size() > 0
                        && d.findElement(By.cssSelector(".swagger-ui .information-container")).getText().toLowerCase().contains(service));
                browser.screenshot("api-docs-" + service);
            }
        }
    }
}
