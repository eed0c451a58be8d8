package uk.nhs.cohortcoach.notificationservice.callback;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * The body GOV.UK Notify posts for a delivery receipt (its documented fields; {@code to} is the
 * address, which is never logged or stored here).
 */
record NotifyCallback(
        @NotBlank String id,
        String reference,
        String to,
        @NotBlank String status,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("completed_at") String completedAt,
        @JsonProperty("sent_at") String sentAt,
        @JsonProperty("notification_type") String notificationType,
        @JsonProperty("template_id") String templateId,
        @JsonProperty("template_version") Integer templateVersion) {
}
