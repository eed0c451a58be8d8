package uk.nhs.cohortcoach.platform.support.input;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request field that holds free text a person writes (notes, what an equity pause surfaced,
 * a description): it may keep line breaks and tabs and run to {@link TextRules#FREE_TEXT_MAX_LENGTH}
 * characters. Every other text field is one line of at most {@link TextRules#LINE_MAX_LENGTH}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface FreeText {
}
